package cn.yiyang.shared;

import java.util.ArrayList;
import java.util.List;

/** Field errors found by a service after Bean Validation passed (e.g. a check digit): answered as 400. */
public class FieldErrors extends RuntimeException {

    public record FieldError(String field, String message) {
    }

    private final List<FieldError> errors;

    public FieldErrors(List<FieldError> errors) {
        super(errors.isEmpty() ? "" : errors.get(0).field() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Collects errors, then throws once with all of them so the caller fixes everything at a time. */
    public static final class Collector {
        private final List<FieldError> errors = new ArrayList<>();

        public Collector add(String field, String message) {
            errors.add(new FieldError(field, message));
            return this;
        }

        public Collector check(boolean ok, String field, String message) {
            return ok ? this : add(field, message);
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new FieldErrors(errors);
            }
        }
    }
}
