package com.mediaflow.accounting;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param frontendUrl where the front end runs; invoice e-mails link to its {@code /invoices/{id}} page
 */
@ConfigurationProperties("mediaflow.accounting")
@Validated
public record AccountingProperties(
        @NotBlank @DefaultValue("http://localhost:3000") String frontendUrl) {

    /** The link to an invoice in the front end. */
    public String invoiceLink(java.util.UUID invoiceId) {
        var base = frontendUrl.endsWith("/") ? frontendUrl.substring(0, frontendUrl.length() - 1) : frontendUrl;
        return base + "/invoices/" + invoiceId;
    }
}
