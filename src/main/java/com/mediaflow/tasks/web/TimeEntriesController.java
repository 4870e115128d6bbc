package com.mediaflow.tasks.web;

import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.web.PageResponse;
import com.mediaflow.shared.web.Paging;
import com.mediaflow.tasks.internal.TimeEntryFilter;
import com.mediaflow.tasks.internal.TimeEntryView;
import com.mediaflow.tasks.internal.TimeSheets;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Time entries")
class TimeEntriesController {

    private final TimeSheets timeSheets;

    TimeEntriesController(TimeSheets timeSheets) {
        this.timeSheets = timeSheets;
    }

    @GetMapping("/api/tasks/{id}/time-entries")
    @ApiResponse(responseCode = "200", description = "A page of the time logged on the task")
    @ApiResponse(responseCode = "404", description = "No such task, or one whose project you may not see")
    @Operation(
            summary = "Time logged on a task",
            description = "Anyone who can see the task's project (404 otherwise). Filters: `user_id`, `date_from`, "
                    + "`date_to` (inclusive). Sortable by date (newest first by default), minutes, created_at. "
                    + "Rates and cost are shown to those who may see the project's money, and to each member "
                    + "for their own entries.")
    PageResponse<TimeEntryView> list(
            @PathVariable UUID id,
            @ParameterObject TimeEntryFilter filter,
            @ParameterObject Paging paging,
            @AuthenticationPrincipal CurrentUser user) {
        return timeSheets.list(id, filter, paging, user);
    }

    @PostMapping("/api/tasks/{id}/time-entries")
    @ApiResponse(responseCode = "201", description = "Logged; `Location` names the entry")
    @ApiResponse(responseCode = "403", description = "Logging for someone else needs can_manage_team")
    @ApiResponse(responseCode = "404", description = "No such task, or one whose project you may not see")
    @Operation(
            summary = "Log time on a task",
            description = "Anyone who can see the task logs their own time. `user_id` logs for someone else, which "
                    + "needs can_manage_team (owners and managers; 403 otherwise). `minutes` 1 to 1440, and no "
                    + "more than 1440 for one member on one day; `date` not in the future; `billable` defaults to "
                    + "true. The member's current hourly cost and billable rate are copied onto the entry, so "
                    + "later rate changes do not change its cost.")
    ResponseEntity<TimeEntryView> log(
            @PathVariable UUID id,
            @Valid @RequestBody TaskRequests.LogTime request,
            @AuthenticationPrincipal CurrentUser user) {
        var entry = timeSheets.log(id, request.userId(), request.work(), user);
        return ResponseEntity.created(URI.create("/api/time-entries/" + entry.id()))
                .body(entry);
    }

    @PutMapping("/api/time-entries/{id}")
    @ApiResponse(responseCode = "200", description = "The corrected entry")
    @ApiResponse(responseCode = "403", description = "Not your entry, and you may not manage the team")
    @ApiResponse(responseCode = "404", description = "No such entry, or one whose project you may not see")
    @ApiResponse(responseCode = "409", description = "A stale `version`")
    @Operation(
            summary = "Correct a time entry",
            description = "Your own entries; anyone's with can_manage_team (403 otherwise, 404 when the project is "
                    + "hidden from you). The rates stay those copied when it was logged. Send the `version` you "
                    + "read; a stale one is a 409 CONFLICT.")
    TimeEntryView correct(
            @PathVariable UUID id,
            @Valid @RequestBody TaskRequests.CorrectTime request,
            @AuthenticationPrincipal CurrentUser user) {
        return timeSheets.correct(id, request.work(), request.version(), user);
    }

    @DeleteMapping("/api/time-entries/{id}")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "403", description = "Not your entry, and you may not manage the team")
    @ApiResponse(responseCode = "404", description = "No such entry, or one whose project you may not see")
    @Operation(
            summary = "Delete a time entry",
            description = "Your own entries; anyone's with can_manage_team (403 otherwise).")
    ResponseEntity<Void> delete(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        timeSheets.delete(id, user);
        return ResponseEntity.noContent().build();
    }
}
