package com.mediaflow.shared.web;

import java.util.Map;

/** The request carries more bytes than allowed, such as an upload over the size limit. */
public class PayloadTooLargeException extends ApiException {

    protected PayloadTooLargeException(String detail, Map<String, Object> properties) {
        super(ErrorCode.PAYLOAD_TOO_LARGE, detail, properties);
    }

    public static PayloadTooLargeException because(String detail) {
        return new PayloadTooLargeException(detail, Map.of());
    }

    public static PayloadTooLargeException because(String detail, Map<String, Object> properties) {
        return new PayloadTooLargeException(detail, properties);
    }
}
