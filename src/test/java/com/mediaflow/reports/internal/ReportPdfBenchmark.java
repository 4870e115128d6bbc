package com.mediaflow.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.mediaflow.analytics.AnalyticsPeriod;
import com.mediaflow.analytics.ExpenseBreakdown;
import com.mediaflow.analytics.ProfitMargins;
import com.mediaflow.analytics.ProjectProfitability;
import com.mediaflow.analytics.RevenueTrends;
import com.mediaflow.analytics.TrendPeriod;
import com.mediaflow.documents.DocumentRenderer;
import com.mediaflow.documents.DocumentsProperties;
import com.mediaflow.organization.OrganizationProfile;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * How long the PDF of a year's financial report (12 monthly buckets, ten expense categories, ten
 * projects, three charts) takes to render, warm, in one JVM: prints the median and the 95th
 * percentile. Not part of the build's test run; run it with
 * {@code ./mvnw test -Dtest=ReportPdfBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ReportPdfBenchmark {

    private static final int WARM_UP = 20;
    private static final int MEASURED = 60;

    @Test
    void renderAYearsFinancialReport() {
        var branding = mock(ReportBranding.class);
        when(branding.profile()).thenReturn(studio());
        when(branding.zone()).thenReturn(ZoneId.of("Europe/Berlin"));
        when(branding.brandColour()).thenReturn("#7C3AED");
        when(branding.logo()).thenReturn(Optional.empty());
        var pdfs = new ReportPdfs(DocumentRenderer.standalone(new DocumentsProperties(null)), branding);
        var report = report();
        for (int i = 0; i < WARM_UP; i++) {
            pdfs.financial(report);
        }
        var nanos = new long[MEASURED];
        var size = 0;
        for (int i = 0; i < MEASURED; i++) {
            var start = System.nanoTime();
            size = pdfs.financial(report).length;
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(
                "Financial report PDF, 12 months, 3 charts, %d warm renders after %d warm-up: median %.1f ms, p95 %.1f ms, %d bytes%n",
                MEASURED,
                WARM_UP,
                nanos[MEASURED / 2] / 1_000_000.0,
                nanos[(int) Math.ceil(MEASURED * 0.95) - 1] / 1_000_000.0,
                size);
        assertThat(size).isPositive();
    }

    private static FinancialReport report() {
        var random = new Random(7);
        var trend = new ArrayList<RevenueTrends.TrendPoint>();
        var months = new ArrayList<ProfitMargins.MonthMargin>();
        for (int m = 1; m <= 12; m++) {
            var revenue = BigDecimal.valueOf(40_000 + random.nextInt(60_000));
            var expenses = BigDecimal.valueOf(30_000 + random.nextInt(50_000));
            trend.add(new RevenueTrends.TrendPoint(
                    "2026-%02d".formatted(m), revenue, expenses, revenue.subtract(expenses)));
            months.add(new ProfitMargins.MonthMargin(
                    "2026-%02d".formatted(m), revenue, expenses, revenue.subtract(expenses), null));
        }
        var categories = new ArrayList<ExpenseBreakdown.CategoryExpense>();
        for (var category : List.of(
                "crew",
                "equipment_rental",
                "location",
                "travel",
                "catering",
                "post_production",
                "software",
                "marketing",
                "office",
                "other")) {
            categories.add(new ExpenseBreakdown.CategoryExpense(
                    category, BigDecimal.valueOf(random.nextInt(90_000)), 1 + random.nextInt(40), null));
        }
        var projects = new ArrayList<ProjectProfitability.ProjectProfit>();
        for (int p = 1; p <= 10; p++) {
            var profit = BigDecimal.valueOf(random.nextInt(80_000) - 20_000);
            projects.add(new ProjectProfitability.ProjectProfit(
                    UUID.randomUUID(),
                    "PRJ-%04d".formatted(p),
                    "Campaign film " + p,
                    "production",
                    BigDecimal.valueOf(100_000),
                    BigDecimal.valueOf(30_000),
                    BigDecimal.valueOf(20_000),
                    profit,
                    null));
        }
        var summary = new FinancialReport.Summary(
                new BigDecimal("812345.67"),
                new BigDecimal("601234.50"),
                new BigDecimal("211111.17"),
                new BigDecimal("25.99"),
                new BigDecimal("800000.00"),
                new BigDecimal("12345.67"),
                new BigDecimal("850000.00"),
                new BigDecimal("5000.00"),
                new BigDecimal("64000.00"),
                new BigDecimal("12000.00"),
                7);
        return new FinancialReport(
                new AnalyticsPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
                "EUR",
                List.of(),
                Instant.parse("2027-01-02T08:00:00Z"),
                summary,
                TrendPeriod.MONTHLY,
                trend,
                categories,
                months,
                projects);
    }

    private static OrganizationProfile studio() {
        return new OrganizationProfile(
                "Lumen Studio",
                null,
                null,
                null,
                null,
                new OrganizationProfile.Address(null, null, "Berlin", null, null, "DE"),
                null,
                null,
                "EUR",
                "INV",
                "CN",
                "PROP",
                14,
                new OrganizationProfile.BankDetails(null, null, null, null, null),
                "#7C3AED",
                "Europe/Berlin",
                0);
    }
}
