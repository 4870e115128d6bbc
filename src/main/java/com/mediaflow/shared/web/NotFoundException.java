package com.mediaflow.shared.web;

import java.util.UUID;

/** The resource does not exist, or the caller may not know that it does. */
public class NotFoundException extends ApiException {

    protected NotFoundException(String detail) {
        super(ErrorCode.NOT_FOUND, detail);
    }

    public static NotFoundException of(String what, UUID id) {
        return new NotFoundException(what + " " + id + " was not found");
    }

    public static NotFoundException because(String detail) {
        return new NotFoundException(detail);
    }
}
