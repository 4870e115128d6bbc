package com.mediaflow.shared.web;

import java.util.List;
import java.util.Map;

/** Input that passed bean validation but breaks a rule checked in code (one or more fields). */
public class InvalidInputException extends ApiException {

    private final List<FieldError> errors;

    protected InvalidInputException(String detail, List<FieldError> errors) {
        super(ErrorCode.VALIDATION_ERROR, detail, Map.of());
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException field(String field, String message) {
        return new InvalidInputException(field + ": " + message, List.of(new FieldError(field, message)));
    }

    public static InvalidInputException because(String detail) {
        return new InvalidInputException(detail, List.of());
    }

    public List<FieldError> errors() {
        return errors;
    }

    public record FieldError(String field, String message) {}
}
