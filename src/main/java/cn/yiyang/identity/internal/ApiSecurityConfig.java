package cn.yiyang.identity.internal;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

import cn.yiyang.identity.SecurityHeaders;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Security of everything programs call: the REST API (HTTP Basic or the UI's session), OpenAPI, Actuator and
 * the engine's REST API (ADMIN only). Path-pattern matchers throughout: /engine-rest is a Jersey servlet.
 * The UI's own chain (form login) lives with the UI.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfig {

    private static final RequestMatcher API = new OrRequestMatcher(
            withDefaults().matcher("/api/**"), withDefaults().matcher("/v3/api-docs/**"),
            withDefaults().matcher("/v3/api-docs"), withDefaults().matcher("/swagger-ui/**"),
            withDefaults().matcher("/swagger-ui.html"), withDefaults().matcher("/actuator/**"),
            withDefaults().matcher("/engine-rest/**"));

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ObjectMapper json) throws Exception {
        http.securityMatcher(API)
                .authorizeHttpRequests(a -> a
                        .requestMatchers(withDefaults().matcher("/api/v1/public/**")).permitAll()
                        .requestMatchers(withDefaults().matcher("/v3/api-docs/**"), withDefaults().matcher("/v3/api-docs"),
                                withDefaults().matcher("/swagger-ui/**"), withDefaults().matcher("/swagger-ui.html"))
                        .permitAll()
                        .requestMatchers(withDefaults().matcher("/actuator/health/**"),
                                withDefaults().matcher("/actuator/health")).permitAll()
                        .requestMatchers(withDefaults().matcher("/actuator/prometheus")).hasAnyRole("ADMIN", "SUPERVISOR")
                        .requestMatchers(withDefaults().matcher("/actuator/**")).hasRole("ADMIN")
                        .requestMatchers(withDefaults().matcher("/engine-rest/**")).hasRole("ADMIN")
                        .requestMatchers(withDefaults().matcher(HttpMethod.PUT, "/api/v1/calendar/**")).hasRole("ADMIN")
                        .anyRequest().authenticated())
                .headers(SecurityHeaders.all())
                .httpBasic(b -> b.authenticationEntryPoint(unauthorized(json)))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized(json))
                        .accessDeniedHandler(forbiddenOrUnauthorized(json)))
                // CSRF protects the session login; programs authenticate each call with Basic and need no token.
                .csrf(c -> c.ignoringRequestMatchers(r -> r.getHeader("Authorization") != null,
                        withDefaults().matcher("/api/v1/public/**")));
        return http.build();
    }

    private static AuthenticationEntryPoint unauthorized(ObjectMapper json) {
        return (request, response, ex) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"yiyang\", charset=\"UTF-8\"");
            problem(json, response, HttpServletResponse.SC_UNAUTHORIZED, "未登录", "请先登录（HTTP Basic 或会话登录）",
                    request.getRequestURI());
        };
    }

    /**
     * A caller without any login is told to log in (401), also when the CSRF check is what stopped its write: it has
     * no session to protect. A logged-in caller without the right gets 403.
     */
    private static AccessDeniedHandler forbiddenOrUnauthorized(ObjectMapper json) {
        AuthenticationEntryPoint login = unauthorized(json);
        AccessDeniedHandler forbidden = forbidden(json);
        return (request, response, ex) -> {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
                login.commence(request, response, new InsufficientAuthenticationException("not logged in"));
            } else {
                forbidden.handle(request, response, ex);
            }
        };
    }

    private static AccessDeniedHandler forbidden(ObjectMapper json) {
        return (request, response, ex) -> problem(json, response, HttpServletResponse.SC_FORBIDDEN, "无权访问",
                "当前账号的角色不允许此操作", request.getRequestURI());
    }

    private static void problem(ObjectMapper json, HttpServletResponse response, int status, String title,
                                String detail, String instance) throws java.io.IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", instance);
        response.setStatus(status);
        response.setContentType("application/problem+json;charset=UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }
}
