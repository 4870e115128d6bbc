package com.mediaflow.accounting.internal;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.BindParam;

/** Filters of the invoice list; {@code issued_from}/{@code issued_to} bound the issue date, inclusive. */
public record InvoiceFilter(
        @Nullable InvoiceStatus status,
        @Nullable InvoiceKind kind,
        @BindParam("client_id") @Nullable UUID clientId,
        @BindParam("project_id") @Nullable UUID projectId,
        @Nullable Boolean overdue,
        @BindParam("issued_from") @Nullable LocalDate issuedFrom,
        @BindParam("issued_to") @Nullable LocalDate issuedTo,
        @Nullable String q) {}
