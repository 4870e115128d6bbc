package com.mediaflow.reports.internal;

import com.mediaflow.analytics.AnalyticsPeriod;
import com.mediaflow.shared.security.CurrentUser;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The reports as JSON records and as files. Each call checks what the caller may see (through the
 * analytics module) before anything is rendered.
 */
@Service
public class Reports {

    private final ReportFigures figures;
    private final ReportPdfs pdfs;
    private final ReportWorkbooks workbooks;

    Reports(ReportFigures figures, ReportPdfs pdfs, ReportWorkbooks workbooks) {
        this.figures = figures;
        this.pdfs = pdfs;
        this.workbooks = workbooks;
    }

    public FinancialReport financial(AnalyticsPeriod period, @Nullable String currency, CurrentUser user) {
        return figures.financial(period, currency, user);
    }

    public OperationalReport operational(AnalyticsPeriod period, CurrentUser user) {
        return figures.operational(period, user);
    }

    public ProjectReport project(UUID projectId, AnalyticsPeriod period, CurrentUser user) {
        return figures.project(projectId, period, user);
    }

    /** The report as a PDF or XLSX file. */
    public RenderedReport render(ReportRequest request, CurrentUser user) {
        var period = request.period();
        return switch (request.kind()) {
            case FINANCIAL -> {
                var report = financial(period, request.currency(), user);
                yield file(
                        "financial-report-" + report.currency().toLowerCase(Locale.ROOT),
                        period,
                        request.format(),
                        request.format() == ReportFormat.PDF ? pdfs.financial(report) : workbooks.financial(report));
            }
            case OPERATIONAL -> {
                var report = operational(period, user);
                yield file(
                        "operational-report",
                        period,
                        request.format(),
                        request.format() == ReportFormat.PDF
                                ? pdfs.operational(report)
                                : workbooks.operational(report));
            }
            case PROJECT -> {
                var report = project(request.requireProjectId(), period, user);
                yield file(
                        "project-report-" + safe(report.project().code()),
                        period,
                        request.format(),
                        request.format() == ReportFormat.PDF ? pdfs.project(report) : workbooks.project(report));
            }
        };
    }

    private static RenderedReport file(String base, AnalyticsPeriod period, ReportFormat format, byte[] content) {
        if (format == ReportFormat.JSON) {
            throw new IllegalArgumentException("A report file is a PDF or an XLSX workbook");
        }
        return new RenderedReport(
                base + "-" + period.startDate() + "-" + period.endDate() + "." + format.extension(),
                format.contentType(),
                content);
    }

    static String safe(String code) {
        var cleaned =
                code.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return cleaned.isEmpty() ? "project" : cleaned;
    }
}
