package com.mediaflow.shared.web;

/** The caller is known but may not do this. */
public class ForbiddenException extends ApiException {

    protected ForbiddenException(String detail) {
        super(ErrorCode.FORBIDDEN, detail);
    }

    public static ForbiddenException because(String detail) {
        return new ForbiddenException(detail);
    }
}
