package cn.yiyang.ui.support;

import cn.yiyang.shared.AccessDeniedProblem;
import cn.yiyang.shared.BusinessRuleException;
import cn.yiyang.shared.ConflictException;
import cn.yiyang.shared.FieldErrors;
import cn.yiyang.shared.NotFoundException;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;

/** Shows what a service refused, in its own words, as a notification: never a stack trace. */
public final class Problems {

    private Problems() {
    }

    /** The message a person should read, if the exception is one the services throw on purpose. */
    public static Optional<String> messageOf(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof FieldErrors f) {
                return Optional.of(f.errors().stream().map(FieldErrors.FieldError::message)
                        .reduce((a, b) -> a + "；" + b).orElse(f.getMessage()));
            }
            if (c instanceof ConflictException || c instanceof NotFoundException || c instanceof BusinessRuleException
                    || c instanceof AccessDeniedProblem || c instanceof AccessDeniedException) {
                return Optional.ofNullable(c.getMessage());
            }
        }
        return Optional.empty();
    }

    public static void show(Throwable t) {
        error(messageOf(t).orElseGet(() -> Texts.t("error.unexpected")));
    }

    public static void error(String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.addClassName("problem-notification");
    }

    public static void success(String message) {
        Notification n = Notification.show(message, 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** Runs a service call; a refusal becomes a notification and false. */
    public static boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuntimeException e) {
            if (messageOf(e).isEmpty()) {
                org.slf4j.LoggerFactory.getLogger(Problems.class).error("UI action failed", e);
            }
            show(e);
            return false;
        }
    }
}
