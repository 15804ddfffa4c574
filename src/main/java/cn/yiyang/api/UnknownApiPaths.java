package cn.yiyang.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/**
 * An address under {@code /api/} or {@code /actuator/} that no endpoint maps answers 404 with a problem document
 * (issue 14). Without this, Vaadin's catch-all mapping of {@code /**} served the UI's HTML page with 200: a program
 * with a typo in a path read a web page as success, and an Actuator endpoint that is not exposed (env, heapdump, …)
 * seemed to be there.
 *
 * <p>The mapping is consulted only after the controllers' mapping (order 0) found nothing — a known path with a wrong
 * method still answers 405 from there — and just before Vaadin's and the static resources' mappings (both
 * {@code Ordered.LOWEST_PRECEDENCE - 1}). Anonymous callers never get here: the API's security chain asks them to log
 * in first (401), so the 404 tells only a logged-in caller (or anyone under the open {@code /api/v1/public/}) that a
 * path does not exist.
 */
@Configuration(proxyBeanMethods = false)
class UnknownApiPaths {

    static final int ORDER = Ordered.LOWEST_PRECEDENCE - 2;

    @Bean
    SimpleUrlHandlerMapping unknownApiPathMapping(MessageSource messages, ObjectMapper json) {
        HttpRequestHandler notFound = (request, response) -> {
            Locale locale = LocaleContextHolder.getLocale();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", "https://yiyang.local/problems/notFound");
            body.put("title", messages.getMessage("problem.notFound.title", null, "Not Found", locale));
            body.put("status", 404);
            body.put("detail", messages.getMessage("problem.notFound.detail", null, "Not Found", locale));
            body.put("instance", request.getRequestURI());
            response.setStatus(404);
            response.setContentType("application/problem+json;charset=UTF-8");
            json.writeValue(response.getOutputStream(), body);
        };
        return new SimpleUrlHandlerMapping(Map.of("/api/**", notFound, "/actuator/**", notFound), ORDER);
    }
}
