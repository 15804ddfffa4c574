package cn.yiyang.shared;

/** A request that is well formed but that a rule of law or of the process refuses (HTTP 422). */
public class BusinessRuleException extends RuntimeException {

    private final String code;

    public BusinessRuleException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
