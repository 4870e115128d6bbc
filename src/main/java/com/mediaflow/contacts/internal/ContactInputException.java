package com.mediaflow.contacts.internal;

import com.mediaflow.shared.web.InvalidInputException;
import java.util.List;
import java.util.stream.Collectors;

/** Contact input that breaks one or more rules checked in code, each reported with its field. */
class ContactInputException extends InvalidInputException {

    private ContactInputException(String detail, List<FieldError> errors) {
        super(detail, errors);
    }

    static ContactInputException of(List<FieldError> errors) {
        var detail = errors.stream()
                .map(error -> error.field() + ": " + error.message())
                .collect(Collectors.joining("; "));
        return new ContactInputException(detail, errors);
    }

    static FieldError error(String field, String message) {
        return new FieldError(field, message);
    }
}
