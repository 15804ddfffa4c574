package cn.yiyang.shared;

/** An upload over the size limit (HTTP 413). */
public class TooLargeException extends RuntimeException {

    public TooLargeException(String message) {
        super(message);
    }
}
