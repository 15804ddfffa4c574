package cn.yiyang.api;

import cn.yiyang.shared.AccessDeniedProblem;
import cn.yiyang.shared.BusinessRuleException;
import cn.yiyang.shared.ConcurrencyFailures;
import cn.yiyang.shared.ConflictException;
import cn.yiyang.shared.FieldErrors;
import cn.yiyang.shared.NotFoundException;
import cn.yiyang.shared.TooLargeException;
import cn.yiyang.shared.UnsupportedTypeException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** RFC 9457 problem details for every refusal; titles in the caller's language (zh-CN default, en). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE) // before Spring Boot's ProblemDetailsExceptionHandler (@Order(0)), which would
                                   // answer the standard MVC exceptions without field errors or translated titles
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private final MessageSource messages;

    ApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage()))).toList();
        return withErrors(problem(HttpStatus.BAD_REQUEST, "validation", null), errors);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ProblemDetail invalidParameters(HandlerMethodValidationException e) {
        List<Map<String, String>> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err -> Map.of("field",
                        String.valueOf(r.getMethodParameter().getParameterName()), "message",
                        String.valueOf(err.getDefaultMessage())))).toList();
        return withErrors(problem(HttpStatus.BAD_REQUEST, "validation", null), errors);
    }

    /** Method validation of a {@code @Validated} controller's parameters. */
    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolations(ConstraintViolationException e) {
        List<Map<String, String>> errors = e.getConstraintViolations().stream()
                .map(v -> {
                    String field = null;
                    for (Path.Node node : v.getPropertyPath()) {
                        field = node.getName();
                    }
                    return Map.of("field", String.valueOf(field), "message", v.getMessage());
                }).toList();
        return withErrors(problem(HttpStatus.BAD_REQUEST, "validation", null), errors);
    }

    @ExceptionHandler(FieldErrors.class)
    ProblemDetail fieldErrors(FieldErrors e) {
        List<Map<String, String>> errors = e.errors().stream()
                .map(f -> Map.of("field", f.field(), "message", f.message())).toList();
        return withErrors(problem(HttpStatus.BAD_REQUEST, "validation", null), errors);
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class, MissingServletRequestPartException.class,
            MissingRequestHeaderException.class, MultipartException.class})
    ProblemDetail unreadable(Exception e) {
        return problem(HttpStatus.BAD_REQUEST, "unreadable", null);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "notFound", e.getMessage());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail noResource(NoResourceFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "notFound", null);
    }

    @ExceptionHandler({AccessDeniedProblem.class, AccessDeniedException.class})
    ProblemDetail forbidden(RuntimeException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "conflict", e.getMessage());
    }

    @ExceptionHandler(BusinessRuleException.class)
    ProblemDetail refused(BusinessRuleException e) {
        ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_ENTITY, "refused", e.getMessage());
        p.setProperty("code", e.code());
        e.properties().forEach(p::setProperty);
        return p;
    }

    @ExceptionHandler({TooLargeException.class, MaxUploadSizeExceededException.class})
    ProblemDetail tooLarge(Exception e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "tooLarge", e instanceof TooLargeException ? e.getMessage() : null);
    }

    @ExceptionHandler({UnsupportedTypeException.class, HttpMediaTypeNotSupportedException.class})
    ProblemDetail unsupported(Exception e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported",
                e instanceof UnsupportedTypeException ? e.getMessage() : null);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail method(HttpRequestMethodNotSupportedException e) {
        return problem(HttpStatus.METHOD_NOT_ALLOWED, "method", null);
    }

    /**
     * A write the database refused for its constraints (a reference to a row that does not exist, a duplicate the
     * service did not foresee): the request changed nothing, so it is the caller's conflict, not a server failure.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e) {
        log.warn("Refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
        return problem(HttpStatus.CONFLICT, "conflict", "引用的记录不存在，或与已有记录冲突");
    }

    /**
     * The safety net for a race the service did not foresee: a deadlock, a lock wait given up, an optimistic-lock
     * failure (Spring's or the engine's), or the engine no longer finding a task another request completed. The
     * request changed nothing; the caller is told to refresh (409). Logged without a stack trace: it is expected.
     */
    @ExceptionHandler({ConcurrencyFailureException.class, OptimisticLockingException.class})
    ProblemDetail lostRace(Exception e) {
        log.warn("Lost a race with a concurrent request: {}", e.toString());
        return problem(HttpStatus.CONFLICT, "conflict", ConcurrencyFailures.MESSAGE);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        if (ConcurrencyFailures.lostRace(e)) { // e.g. the engine's "Cannot find task", a deadlock it wrapped
            return lostRace(e);
        }
        log.error("Unexpected error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "unexpected", null);
    }

    private ProblemDetail problem(HttpStatus status, String key, String detail) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail p = ProblemDetail.forStatus(status);
        p.setType(URI.create("https://yiyang.local/problems/" + key));
        p.setTitle(messages.getMessage("problem." + key + ".title", null, status.getReasonPhrase(), locale));
        p.setDetail(detail != null ? detail
                : messages.getMessage("problem." + key + ".detail", null, status.getReasonPhrase(), locale));
        return p;
    }

    private static ProblemDetail withErrors(ProblemDetail p, List<Map<String, String>> errors) {
        p.setProperty("errors", errors);
        return p;
    }
}
