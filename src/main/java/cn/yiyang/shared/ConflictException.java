package cn.yiyang.shared;

/** The request lost a race or acted on stale state: a task already claimed, a stale version (HTTP 409). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
