package com.mediaflow.contacts;

import com.fasterxml.jackson.annotation.JsonValue;

/** A contact is a person or a company; a person may belong to a company. */
public enum ContactType {
    PERSON,
    COMPANY;

    @JsonValue
    public String value() {
        return name().toLowerCase();
    }
}
