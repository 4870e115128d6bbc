package com.mediaflow.calendar.web;

import com.mediaflow.calendar.internal.CalendarFeeds;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Calendar")
class CalendarFeedController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CalendarFeeds feeds;

    CalendarFeedController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/api/calendar/feed/{secret}.ics")
    @Operation(
            summary = "A member's calendar feed (iCalendar, RFC 5545)",
            description = "Public: the secret in the address is the credential (see GET /api/calendar/feed-url), so "
                    + "calendar apps can subscribe without signing in. Holds the events the member attends and the "
                    + "events of the projects they can see, by default from 90 days ago to a year ahead (at most "
                    + "2000, earliest first), as the member's role allows today. A wrong or rotated address, or "
                    + "that of a deactivated member, is a 404 that says nothing more.",
            security = {})
    @ApiResponse(
            responseCode = "200",
            description = "The feed",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "404", description = "No feed has this address")
    ResponseEntity<String> feed(@PathVariable String secret) {
        return ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                .cacheControl(CacheControl.noStore())
                .body(feeds.render(secret));
    }
}
