package com.mediaflow.calendar.web;

import com.mediaflow.calendar.internal.CalendarEventService;
import com.mediaflow.calendar.internal.CalendarEventView;
import com.mediaflow.calendar.internal.EventFilter;
import com.mediaflow.shared.security.CurrentUser;
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
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/calendar/events")
@Tag(name = "Calendar")
class CalendarEventsController {

    static final String VISIBILITY = "An event of a project is visible to those who can see the project (editors and "
            + "assistants: the projects they are on the crew of) and to its attendees; an event without a project "
            + "is visible to every member. Others get a 404.";

    static final String BODY = "`type`: shoot, meeting, review, delivery or other. A timed event gives `starts_at` and "
            + "`ends_at` (ISO-8601 with offset; the end after the start, kept to the second). An all-day event gives "
            + "`all_day: true` with `start_date` and, for more than one day, `end_date` (inclusive): whole days in the "
            + "studio's time zone (organization settings), whose bounds become `starts_at`/`ends_at`. An event lasts "
            + "at most 366 days. `project_id` must be a project you can see. `member_ids` (crew) must be studio "
            + "members who are not deactivated and `contact_ids` existing contacts, at most 100 each.\n\n"
            + "**Double booking**: when an attending member is already in another event at an overlapping time "
            + "(one ending exactly when the other starts does not overlap), the answer is a 409 CONFLICT whose "
            + "`clashes` name each clash (`id`, `title`, `starts_at`, `ends_at` of the other event, `member_id`, "
            + "`member_name`; at most 50, `clash_count` has the total). Send the same body with "
            + "`\"allow_overlap\": true` to save it anyway; accepted clashes are kept in the audit log.";

    private final CalendarEventService events;

    CalendarEventsController(CalendarEventService events) {
        this.events = events;
    }

    @GetMapping
    @ApiResponse(responseCode = "200", description = "A page of the events you can see in the window")
    @Operation(
            summary = "List events",
            description = "The events overlapping the window from `from` to `to` (both, or neither for the current "
                    + "month in the studio's time zone), earliest first. Filters: `project_id`, `member_id` "
                    + "(events that member attends), `type`. Sortable by starts_at, ends_at, title, type, created_at, "
                    + "updated_at. " + VISIBILITY)
    PageResponse<CalendarEventView> list(
            @ParameterObject EventFilter filter,
            @ParameterObject Paging paging,
            @AuthenticationPrincipal CurrentUser user) {
        return events.list(filter, paging, user);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(responseCode = "201", description = "Scheduled; `Location` names the new event")
    @ApiResponse(responseCode = "409", description = "A crew member would be double-booked (see `clashes`)")
    @PreAuthorize("hasAuthority('can_manage_projects')")
    @Operation(summary = "Schedule an event", description = BODY)
    ResponseEntity<CalendarEventView> create(
            @Valid @RequestBody EventRequests.CreateCalendarEvent request, @AuthenticationPrincipal CurrentUser user) {
        var event = events.create(request.details(), request.overlapAllowed(), user);
        return ResponseEntity.created(URI.create("/api/calendar/events/" + event.id()))
                .body(event);
    }

    @GetMapping("/{id}")
    @ApiResponse(responseCode = "200", description = "The event")
    @ApiResponse(responseCode = "404", description = "No such event, or one you may not see")
    @Operation(summary = "One event", description = VISIBILITY)
    CalendarEventView get(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return events.get(id, user);
    }

    @PutMapping("/{id}")
    @ApiResponse(responseCode = "200", description = "The updated event")
    @ApiResponse(responseCode = "404", description = "No such event, or one you may not see")
    @ApiResponse(
            responseCode = "409",
            description = "A stale `version`, or a crew member would be double-booked (see `clashes`)")
    @PreAuthorize("hasAuthority('can_manage_projects')")
    @Operation(
            summary = "Update or move an event",
            description = "A full update: optional fields left out are cleared. Send the `version` you read; a stale "
                    + "one is a 409 CONFLICT. Only double bookings that the change creates are reported; overlaps "
                    + "accepted before are not asked about again. Attendees already on the event stay valid even if "
                    + "they were deactivated since.\n\n" + BODY)
    CalendarEventView update(
            @PathVariable UUID id,
            @Valid @RequestBody EventRequests.UpdateCalendarEvent request,
            @AuthenticationPrincipal CurrentUser user) {
        return events.update(id, request.details(), request.version(), request.overlapAllowed(), user);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @ApiResponse(responseCode = "204", description = "Cancelled")
    @ApiResponse(responseCode = "404", description = "No such event, or one you may not see")
    @PreAuthorize("hasAuthority('can_manage_projects')")
    @Operation(summary = "Cancel an event", description = "Removes it from everyone's calendar and feed.")
    ResponseEntity<Void> delete(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        events.delete(id, user);
        return ResponseEntity.noContent().build();
    }
}
