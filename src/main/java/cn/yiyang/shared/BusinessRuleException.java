package cn.yiyang.shared;

/** A request that is well formed but that a rule of law or of the process refuses (HTTP 422). */
public class BusinessRuleException extends RuntimeException {

    private final String code;
    private final java.util.Map<String, Object> properties;

    public BusinessRuleException(String code, String message) {
        this(code, message, java.util.Map.of());
    }

    /** @param properties extra members of the problem details, e.g. {@code authority}: where to go instead */
    public BusinessRuleException(String code, String message, java.util.Map<String, Object> properties) {
        super(message);
        this.code = code;
        this.properties = java.util.Map.copyOf(properties);
    }

    public String code() {
        return code;
    }

    public java.util.Map<String, Object> properties() {
        return properties;
    }
}
