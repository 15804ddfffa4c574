package cn.yiyang.shared;

/** A file whose content is not of an accepted type, whatever its name says (HTTP 415). */
public class UnsupportedTypeException extends RuntimeException {

    public UnsupportedTypeException(String message) {
        super(message);
    }
}
