package com.mediaflow.shared.web;

import java.util.Map;

/** The resource is in a state that does not allow the requested action. */
public class InvalidStateException extends ApiException {

    protected InvalidStateException(String detail, Map<String, Object> properties) {
        super(ErrorCode.INVALID_STATE, detail, properties);
    }

    public static InvalidStateException because(String detail) {
        return new InvalidStateException(detail, Map.of());
    }

    public static InvalidStateException because(String detail, Map<String, Object> properties) {
        return new InvalidStateException(detail, properties);
    }
}
