package com.mediaflow.reports.internal;

import com.mediaflow.analytics.Analytics;
import com.mediaflow.analytics.AnalyticsPeriod;
import com.mediaflow.jobs.BackgroundJobs;
import com.mediaflow.jobs.JobRequest;
import com.mediaflow.jobs.JobTicket;
import com.mediaflow.reports.ReportsProperties;
import com.mediaflow.shared.security.CurrentUser;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import org.springframework.stereotype.Service;

/**
 * Answers a request for a report file: at once for an ordinary period, as a background job for a
 * long one ({@code mediaflow.reports.background-after-days}). Before a job is queued, the caller's
 * right to the report is checked by asking analytics for one day of it, so a member who may not see
 * it gets the {@code 403} or {@code 404} at once rather than a failed job later.
 */
@Service
public class ReportDelivery {

    private final Reports reports;
    private final Analytics analytics;
    private final BackgroundJobs jobs;
    private final ReportsProperties properties;

    ReportDelivery(Reports reports, Analytics analytics, BackgroundJobs jobs, ReportsProperties properties) {
        this.reports = reports;
        this.analytics = analytics;
        this.jobs = jobs;
        this.properties = properties;
    }

    public boolean runsInBackground(ReportRequest request) {
        var days = ChronoUnit.DAYS.between(
                        request.period().startDate(), request.period().endDate())
                + 1;
        return request.format() != ReportFormat.JSON && days > properties.backgroundAfterDays();
    }

    public RenderedReport now(ReportRequest request, CurrentUser user) {
        return reports.render(request, user);
    }

    public JobTicket inBackground(ReportRequest request, CurrentUser user) {
        var name = probe(request, user);
        var parameters = new LinkedHashMap<String, Object>();
        parameters.put("start_date", request.period().startDate().toString());
        parameters.put("end_date", request.period().endDate().toString());
        parameters.put("format", request.format().value());
        if (request.projectId() != null) {
            parameters.put("project_id", request.projectId().toString());
        }
        if (request.currency() != null) {
            parameters.put("currency", request.currency());
        }
        return jobs.submit(
                new JobRequest(
                        "report." + request.kind().value(),
                        user.id(),
                        name + "-" + request.period().startDate() + "-"
                                + request.period().endDate() + "."
                                + request.format().extension(),
                        request.format().contentType(),
                        parameters),
                context -> {
                    context.progress(0, 1);
                    var file = reports.render(request, user);
                    context.output().write(file.content());
                    context.progress(1, 1);
                });
    }

    /** Asks analytics for the first day of the report: its 403, 404 or 400 comes back at once. */
    private String probe(ReportRequest request, CurrentUser user) {
        var day = new AnalyticsPeriod(
                request.period().startDate(), request.period().startDate());
        return switch (request.kind()) {
            case FINANCIAL ->
                "financial-report-"
                        + analytics
                                .dashboard(day, request.currency(), user)
                                .currency()
                                .toLowerCase(java.util.Locale.ROOT);
            case OPERATIONAL -> {
                analytics.projectsOverview(day, user);
                yield "operational-report";
            }
            case PROJECT ->
                "project-report-"
                        + Reports.safe(analytics
                                .projectPerformance(request.requireProjectId(), day, user)
                                .code());
        };
    }
}
