package cn.yiyang.shared;

/** The caller is known but the role does not allow this (HTTP 403). */
public class AccessDeniedProblem extends RuntimeException {

    public AccessDeniedProblem(String message) {
        super(message);
    }
}
