package com.mediaflow.accounting.internal;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Set;

/**
 * {@code draft → issued → sent → partially_paid → paid}; an issued invoice without payments or
 * credit notes may be {@code void}ed; one settled by credit notes alone is {@code credited}.
 */
public enum InvoiceStatus {
    DRAFT,
    ISSUED,
    SENT,
    PARTIALLY_PAID,
    PAID,
    CREDITED,
    VOID;

    /** Issued and still asking for money: a payment or a credit note may follow. */
    static final Set<InvoiceStatus> OPEN = Set.of(ISSUED, SENT, PARTIALLY_PAID);

    boolean isOpen() {
        return OPEN.contains(this);
    }

    @JsonValue
    public String value() {
        return name().toLowerCase();
    }
}
