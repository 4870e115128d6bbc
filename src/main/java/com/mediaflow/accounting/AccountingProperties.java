package com.mediaflow.accounting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param frontendUrl where the front end runs; e-mails link to its {@code /invoices/{id}} and
 *     {@code /expenses/{id}} pages
 * @param reminders the overdue reminders sent to clients
 */
@ConfigurationProperties("mediaflow.accounting")
@Validated
public record AccountingProperties(
        @NotBlank @DefaultValue("http://localhost:3000") String frontendUrl,
        @Valid @NotNull @DefaultValue Reminders reminders) {

    /**
     * @param enabled whether the job runs at all
     * @param cron when it runs (server time), every morning by default
     * @param firstAfter how long after the due date the first reminder goes out
     * @param interval the least time between two reminders of one invoice
     */
    public record Reminders(
            @DefaultValue("true") boolean enabled,
            @NotBlank @DefaultValue("0 0 8 * * *") String cron,
            @NotNull @DefaultValue("3d") Duration firstAfter,
            @NotNull @DefaultValue("7d") Duration interval) {}

    /** The link to an invoice in the front end. */
    public String invoiceLink(UUID invoiceId) {
        return base() + "/invoices/" + invoiceId;
    }

    /** The link to an expense in the front end. */
    public String expenseLink(UUID expenseId) {
        return base() + "/expenses/" + expenseId;
    }

    private String base() {
        return frontendUrl.replaceAll("/+$", "");
    }
}
