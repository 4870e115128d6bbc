package com.mediaflow.notifications;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/**
 * The kinds of notification a member can receive. Each is a preference the member may switch off,
 * in the app and, for kinds that also send e-mail ({@link #sendsEmail()}), by e-mail.
 */
public enum NotificationType {
    TASK_ASSIGNED,
    PROPOSAL_VIEWED,
    PROPOSAL_ACCEPTED,
    PROPOSAL_REJECTED,
    PROPOSAL_SIGNED,
    INVOICE_PAID,
    INVOICE_OVERDUE,
    EXPENSE_SUBMITTED,
    EXPENSE_APPROVED,
    EXPENSE_REJECTED,
    SCHEDULED_REPORT;

    /** Whether a template e-mails members about this kind (so the e-mail preference means something). */
    public boolean sendsEmail() {
        return MailTemplate.values().stream().anyMatch(template -> template.preference() == this);
    }

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static NotificationType fromValue(String value) {
        return Arrays.stream(values())
                .filter(type -> type.value().equalsIgnoreCase(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown notification type " + value));
    }
}
