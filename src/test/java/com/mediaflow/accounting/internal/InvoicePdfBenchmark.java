package com.mediaflow.accounting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.documents.DocumentRenderer;
import com.mediaflow.documents.DocumentsProperties;
import com.mediaflow.organization.OrganizationProfile;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * How long the PDF of a 25-line invoice takes to render, warm, in one JVM: prints the median and
 * the 95th percentile. Not part of the build's test run (the name does not end in Tests); run it
 * with {@code ./mvnw test -Dtest=InvoicePdfBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class InvoicePdfBenchmark {

    private static final int WARM_UP = 40;
    private static final int MEASURED = 200;

    @Test
    void renderTwentyFiveLineInvoice() {
        var renderer = DocumentRenderer.standalone(new DocumentsProperties(null));
        var model = InvoiceDocumentModel.of(invoice(), studio(), null, "PRJ-0042 Spring campaign", null, false);
        for (int i = 0; i < WARM_UP; i++) {
            renderer.pdf("invoice", model, List.of());
        }
        var nanos = new long[MEASURED];
        var size = 0;
        for (int i = 0; i < MEASURED; i++) {
            var start = System.nanoTime();
            size = renderer.pdf("invoice", model, List.of()).length;
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        var median = nanos[MEASURED / 2] / 1_000_000.0;
        var p95 = nanos[(int) Math.ceil(MEASURED * 0.95) - 1] / 1_000_000.0;
        System.out.printf(
                "Invoice PDF, 25 lines, %d warm renders after %d warm-up: median %.1f ms, p95 %.1f ms, %d bytes%n",
                MEASURED, WARM_UP, median, p95, size);
        assertThat(size).isPositive();
        var out = System.getProperty("invoice.pdf.out");
        if (out != null) {
            try {
                java.nio.file.Files.write(java.nio.file.Path.of(out), renderer.pdf("invoice", model, List.of()));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private static InvoiceView invoice() {
        List<LineItem> items = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            items.add(new LineItem(
                    "Shoot day " + i + ": camera crew, grip and lighting package",
                    BigDecimal.valueOf(1 + i % 4),
                    new BigDecimal("1249.99").add(BigDecimal.valueOf(i)),
                    i % 3 == 0 ? new BigDecimal("7") : new BigDecimal("19"),
                    i % 5 == 0 ? new BigDecimal("10") : BigDecimal.ZERO,
                    null));
        }
        var heading = new InvoiceDraft(
                UUID.randomUUID(),
                "Northwind Media GmbH",
                "accounts@northwind.test",
                "Hauptstraße 1\n10115 Berlin",
                null,
                "EUR",
                null,
                "Thank you for working with us.",
                "Payable by bank transfer.");
        var now = Instant.parse("2026-03-01T10:00:00Z");
        var invoice = Invoice.draft(heading, items, UUID.randomUUID(), now);
        invoice.issue(new InvoiceNumber("INV", 2026, 42), LocalDate.of(2026, 3, 1), 30, UUID.randomUUID(), now);
        return InvoiceView.of(invoice, List.of(), LocalDate.of(2026, 3, 1));
    }

    private static OrganizationProfile studio() {
        return new OrganizationProfile(
                "Lumen Studio",
                "Lumen Studio GmbH",
                "hello@lumen.test",
                "+49 30 1234567",
                "https://lumen.test",
                new OrganizationProfile.Address("Torstraße 5", null, "Berlin", "10119", null, "DE"),
                "DE123456789",
                null,
                "EUR",
                "INV",
                "CN",
                "PROP",
                30,
                new OrganizationProfile.BankDetails(
                        "Lumen Studio GmbH", "Bank", "DE89370400440532013000", "COBADEFFXXX", null),
                "#1F6FEB",
                "Europe/Berlin",
                0);
    }
}
