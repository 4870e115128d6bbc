package com.mediaflow.reports.web;

import com.mediaflow.analytics.Analytics;
import com.mediaflow.jobs.JobTicket;
import com.mediaflow.reports.internal.FinancialReport;
import com.mediaflow.reports.internal.OperationalReport;
import com.mediaflow.reports.internal.ProjectReport;
import com.mediaflow.reports.internal.ReportDelivery;
import com.mediaflow.reports.internal.ReportFormat;
import com.mediaflow.reports.internal.ReportKind;
import com.mediaflow.reports.internal.ReportRequest;
import com.mediaflow.reports.internal.Reports;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.web.DateRange;
import com.mediaflow.shared.web.MediaTypes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/reports")
@Tag(name = "Reports")
class BuiltInReportsController {

    private static final String FORMATS = " `format=json` (default) answers the figures; `format=pdf` a PDF with the "
            + "studio's logo and brand colour and vector charts; `format=xlsx` a workbook with a summary sheet and a "
            + "sheet per section (real number, money and date formats, SUM totals, frozen headers, filters). The "
            + "period is `start_date` to `end_date`, both inclusive (default: the current month where the studio "
            + "is; a missing end is the end of the start's month; at most 3660 days). A PDF or XLSX report of more "
            + "than `mediaflow.reports.background-after-days` days (366 by default) runs as a background job: `202` "
            + "with the job, to follow at `GET /api/jobs/{id}` and download from `GET /api/jobs/{id}/download`. "
            + "Every figure is the analytics module's, so the report equals the dashboard.";

    private final Reports reports;
    private final ReportDelivery delivery;
    private final Analytics analytics;

    BuiltInReportsController(Reports reports, ReportDelivery delivery, Analytics analytics) {
        this.reports = reports;
        this.delivery = delivery;
        this.analytics = analytics;
    }

    @GetMapping("/financial")
    @Operation(
            summary = "Financial report",
            description = "Revenue, expenses, net profit and margin, the revenue trend (daily up to 31 days, weekly "
                    + "up to 26 weeks, monthly up to 3 years, yearly beyond), expenses by category, profit margins "
                    + "by month, the ten most profitable projects, and what open invoices owe now (outstanding) and "
                    + "the part past due (overdue). In one currency: `currency` or the studio's default. For those who "
                    + "may view financials (the whole studio) and producers (the projects they run); 403 otherwise."
                    + FORMATS,
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "The report",
                        content = {
                            @Content(
                                    mediaType = "application/json",
                                    schema = @Schema(implementation = FinancialReport.class)),
                            @Content(
                                    mediaType = "application/pdf",
                                    schema = @Schema(type = "string", format = "binary")),
                            @Content(mediaType = MediaTypes.XLSX, schema = @Schema(type = "string", format = "binary"))
                        }),
                @ApiResponse(
                        responseCode = "202",
                        description = "A long PDF or XLSX report runs as a background job",
                        content = @Content(schema = @Schema(implementation = JobTicket.class)))
            })
    ResponseEntity<?> financial(
            @Parameter(description = "`json`, `pdf` or `xlsx`") @RequestParam(defaultValue = "json")
                    ReportFormat format,
            @ParameterObject DateRange range,
            @Parameter(description = "ISO 4217 code; the studio's default currency when left out")
                    @RequestParam(required = false)
                    @Nullable
                    String currency,
            @AuthenticationPrincipal CurrentUser user) {
        var request = new ReportRequest(ReportKind.FINANCIAL, null, analytics.period(range), currency, format);
        return answer(request, user, () -> reports.financial(request.period(), currency, user));
    }

    @GetMapping("/operational")
    @Operation(
            summary = "Operational report",
            description = "Projects now (by status and type, active, overdue) and started or delivered in the "
                    + "period; completion rates (what was due in the period and is finished); timeline adherence "
                    + "(what was delivered in the period by its deadline); open, overdue and completed tasks; hours "
                    + "logged; and, for those who may manage the team, team utilization (billable ÷ available hours) "
                    + "and productivity per member (null for others). Over the projects the caller can see."
                    + FORMATS,
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "The report",
                        content = {
                            @Content(
                                    mediaType = "application/json",
                                    schema = @Schema(implementation = OperationalReport.class)),
                            @Content(
                                    mediaType = "application/pdf",
                                    schema = @Schema(type = "string", format = "binary")),
                            @Content(mediaType = MediaTypes.XLSX, schema = @Schema(type = "string", format = "binary"))
                        }),
                @ApiResponse(
                        responseCode = "202",
                        description = "A long PDF or XLSX report runs as a background job",
                        content = @Content(schema = @Schema(implementation = JobTicket.class)))
            })
    ResponseEntity<?> operational(
            @Parameter(description = "`json`, `pdf` or `xlsx`") @RequestParam(defaultValue = "json")
                    ReportFormat format,
            @ParameterObject DateRange range,
            @AuthenticationPrincipal CurrentUser user) {
        var request = new ReportRequest(ReportKind.OPERATIONAL, null, analytics.period(range), null, format);
        return answer(request, user, () -> reports.operational(request.period(), user));
    }

    @GetMapping("/project/{id}")
    @Operation(
            summary = "Project report",
            description = "One production: budget against actual (actual = approved and paid expenses plus time "
                    + "logged at each member's hourly cost, within the period), revenue, profit and margin in the "
                    + "project's currency (null for those who may not see its money), its tasks now (done, open, "
                    + "overdue, completion) and the hours logged on it in the period. 404 for a project the caller "
                    + "cannot see." + FORMATS,
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "The report",
                        content = {
                            @Content(
                                    mediaType = "application/json",
                                    schema = @Schema(implementation = ProjectReport.class)),
                            @Content(
                                    mediaType = "application/pdf",
                                    schema = @Schema(type = "string", format = "binary")),
                            @Content(mediaType = MediaTypes.XLSX, schema = @Schema(type = "string", format = "binary"))
                        }),
                @ApiResponse(
                        responseCode = "202",
                        description = "A long PDF or XLSX report runs as a background job",
                        content = @Content(schema = @Schema(implementation = JobTicket.class)))
            })
    ResponseEntity<?> project(
            @PathVariable UUID id,
            @Parameter(description = "`json`, `pdf` or `xlsx`") @RequestParam(defaultValue = "json")
                    ReportFormat format,
            @ParameterObject DateRange range,
            @AuthenticationPrincipal CurrentUser user) {
        var request = new ReportRequest(ReportKind.PROJECT, id, analytics.period(range), null, format);
        return answer(request, user, () -> reports.project(id, request.period(), user));
    }

    private ResponseEntity<?> answer(ReportRequest request, CurrentUser user, Supplier<Object> json) {
        if (request.format() == ReportFormat.JSON) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json.get());
        }
        if (delivery.runsInBackground(request)) {
            return delivery.inBackground(request, user).accepted();
        }
        var file = delivery.now(request, user);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName())
                                .build()
                                .toString())
                .body(file.content());
    }
}
