package com.mediaflow.accounting;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An issued invoice (or credit note) was e-mailed to the client, for the client's timeline. */
public record InvoiceSent(
        UUID invoiceId,
        String number,
        UUID clientId,
        @Nullable UUID projectId,
        String recipientEmail,
        UUID sentBy,
        Instant sentAt) {}
