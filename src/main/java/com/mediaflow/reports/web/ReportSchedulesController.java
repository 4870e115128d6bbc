package com.mediaflow.reports.web;

import com.mediaflow.reports.internal.ReportFormat;
import com.mediaflow.reports.internal.ReportSchedules;
import com.mediaflow.reports.internal.ScheduleView;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.web.InvalidInputException;
import com.mediaflow.shared.web.PageResponse;
import com.mediaflow.shared.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/reports/schedules")
@Tag(name = "Reports")
class ReportSchedulesController {

    private final ReportSchedules schedules;

    ReportSchedulesController(ReportSchedules schedules) {
        this.schedules = schedules;
    }

    @GetMapping
    @Operation(
            summary = "Scheduled reports",
            description = "The caller's scheduled reports; the owner sees everyone's. Sortable by `created_at` "
                    + "(default, newest first), `next_run_at` and `name`. `next_run_at` is when it is next sent; "
                    + "`last_error` says why the last run sent nothing (null after a run that sent).")
    PageResponse<ScheduleView> list(@ParameterObject Paging paging, @AuthenticationPrincipal CurrentUser user) {
        return schedules.list(paging, user);
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Scheduled; `Location` names the new schedule")
    @ApiResponse(responseCode = "404", description = "The project of a project report is not visible to the caller")
    @Operation(
            summary = "Schedule a report",
            description = "E-mails a report as a PDF or XLSX attachment: `daily` at `time_of_day` covering the day "
                    + "before, `weekly` on `day_of_week` covering the previous Monday to Sunday, `monthly` on "
                    + "`day_of_month` (the last day in shorter months) covering the previous calendar month; times "
                    + "are on the studio's clock (`timezone`). Recipients are members (`member_ids`, active ones; "
                    + "their e-mail preferences apply) and other addresses (`emails`): at least one and at most "
                    + "`mediaflow.reports.max-recipients` (20) in all. The report shows what its creator may see "
                    + "when it runs. A financial report needs `can_view_financials` (403 otherwise); a project "
                    + "report a project the caller can see (404 otherwise). Each due time is sent once, also with "
                    + "several instances.")
    ResponseEntity<ScheduleView> create(
            @Valid @RequestBody ScheduleRequest request, @AuthenticationPrincipal CurrentUser user) {
        if (request.format() == ReportFormat.JSON) {
            throw InvalidInputException.field("format", "must be pdf or xlsx");
        }
        var created = schedules.create(request.command(), user);
        return ResponseEntity.created(URI.create("/api/reports/schedules/" + created.id()))
                .body(created);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @ApiResponse(responseCode = "204", description = "Deleted; nothing more is sent")
    @Operation(summary = "Delete a scheduled report", description = "Its creator or the owner; 404 for anyone else.")
    void delete(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        schedules.delete(id, user);
    }
}
