package cn.yiyang.shared;

/** Unknown, or not visible to the caller: both answer 404 so that existence does not leak. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
