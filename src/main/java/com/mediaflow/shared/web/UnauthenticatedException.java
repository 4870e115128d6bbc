package com.mediaflow.shared.web;

import java.util.Map;

/** Credentials are missing, wrong or expired. */
public class UnauthenticatedException extends ApiException {

    protected UnauthenticatedException(String detail, Map<String, Object> properties) {
        super(ErrorCode.UNAUTHENTICATED, detail, properties);
    }

    public static UnauthenticatedException because(String detail) {
        return new UnauthenticatedException(detail, Map.of());
    }

    public static UnauthenticatedException because(String detail, Map<String, Object> properties) {
        return new UnauthenticatedException(detail, properties);
    }
}
