package com.mediaflow.shared.web;

import java.util.Map;

/**
 * Base of the exceptions that become a problem response with a known {@link ErrorCode}. Modules
 * extend the specific subclasses with static factories, e.g. {@code MemberNotFound.byId(id)}.
 */
public abstract class ApiException extends RuntimeException {

    private final ErrorCode code;
    private final Map<String, Object> properties;

    protected ApiException(ErrorCode code, String detail) {
        this(code, detail, Map.of());
    }

    protected ApiException(ErrorCode code, String detail, Map<String, Object> properties) {
        super(detail);
        this.code = code;
        this.properties = Map.copyOf(properties);
    }

    public ErrorCode code() {
        return code;
    }

    /** Extra members of the problem document, e.g. {@code allowed_transitions}. */
    public Map<String, Object> properties() {
        return properties;
    }
}
