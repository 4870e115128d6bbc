package com.mediaflow.shared.web;

import java.util.Map;

/** The content is of a type this route does not accept, such as an upload of a forbidden file type. */
public class UnsupportedMediaTypeException extends ApiException {

    protected UnsupportedMediaTypeException(String detail, Map<String, Object> properties) {
        super(ErrorCode.UNSUPPORTED_MEDIA_TYPE, detail, properties);
    }

    public static UnsupportedMediaTypeException because(String detail) {
        return new UnsupportedMediaTypeException(detail, Map.of());
    }

    public static UnsupportedMediaTypeException because(String detail, Map<String, Object> properties) {
        return new UnsupportedMediaTypeException(detail, properties);
    }
}
