package com.mediaflow.shared.web;

import java.util.Map;

/** The request clashes with existing data, such as a duplicate e-mail or a stale version. */
public class ConflictException extends ApiException {

    protected ConflictException(String detail, Map<String, Object> properties) {
        super(ErrorCode.CONFLICT, detail, properties);
    }

    public static ConflictException because(String detail) {
        return new ConflictException(detail, Map.of());
    }

    public static ConflictException because(String detail, Map<String, Object> properties) {
        return new ConflictException(detail, properties);
    }

    public static ConflictException staleVersion(String what, long expected, long actual) {
        return new ConflictException(
                what + " was changed by someone else (version " + actual + ", you sent " + expected
                        + "); reload it and try again",
                Map.of("current_version", actual));
    }
}
