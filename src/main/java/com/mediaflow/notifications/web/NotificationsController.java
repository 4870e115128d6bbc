package com.mediaflow.notifications.web;

import com.mediaflow.notifications.internal.NotificationFilter;
import com.mediaflow.notifications.internal.NotificationInbox;
import com.mediaflow.notifications.internal.NotificationStreams;
import com.mediaflow.notifications.internal.NotificationView;
import com.mediaflow.notifications.internal.ReadAllResult;
import com.mediaflow.notifications.internal.UnreadCount;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.web.InvalidInputException;
import com.mediaflow.shared.web.PageResponse;
import com.mediaflow.shared.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@RequestMapping("/api/notifications")
@Tag(name = "Notifications")
class NotificationsController {

    private static final Pattern EVENT_ID = Pattern.compile("\\d{1,18}");

    private final NotificationInbox inbox;
    private final NotificationStreams streams;

    NotificationsController(NotificationInbox inbox, NotificationStreams streams) {
        this.inbox = inbox;
        this.streams = streams;
    }

    @GetMapping
    @Operation(
            summary = "List your notifications",
            description = "Newest first. `unread=true` for unread ones only (`false`: read ones only); `type` for one "
                    + "kind. Sortable by created_at, sequence.")
    PageResponse<NotificationView> list(
            @ParameterObject NotificationFilter filter,
            @ParameterObject Paging paging,
            @AuthenticationPrincipal CurrentUser user) {
        return inbox.list(user.id(), filter, paging);
    }

    @GetMapping("/unread-count")
    @Operation(summary = "How many of your notifications are unread")
    UnreadCount unreadCount(@AuthenticationPrincipal CurrentUser user) {
        return inbox.unreadCount(user.id());
    }

    @PatchMapping("/{id}/read")
    @Operation(
            summary = "Mark one of your notifications read",
            description = "Marking a read notification again changes nothing. Another member's notification is a 404.")
    NotificationView markRead(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return inbox.markRead(user.id(), id);
    }

    @PostMapping("/read-all")
    @Operation(summary = "Mark all your notifications read")
    ReadAllResult markAllRead(@AuthenticationPrincipal CurrentUser user) {
        return inbox.markAllRead(user.id());
    }

    @GetMapping(value = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(
            summary = "Live stream of your notifications (Server-Sent Events)",
            description = """
                    Events: `notification` (id: its `sequence`; data: the notification), `unread_count` (data: \
                    `{"unread_count": n}`, sent on connect and whenever you read something on any device) and \
                    `resync` (you missed more than can be replayed: reload the list). A comment line every 15 \
                    seconds keeps the connection open. Reconnect with the `Last-Event-ID` header (browsers do \
                    this themselves) to receive what you missed. The stream ends after 30 minutes; reconnect \
                    with a fresh access token. Send the token as `Authorization: Bearer ...` (use a fetch-based \
                    SSE client; the browser's `EventSource` cannot send headers).""",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            description = "An open event stream",
                            content = @Content(mediaType = "text/event-stream", schema = @Schema(type = "string"))))
    SseEmitter stream(
            @Parameter(description = "The `sequence` of the last notification received")
                    @RequestHeader(value = "Last-Event-ID", required = false)
                    @Nullable
                    String lastEventId,
            @AuthenticationPrincipal CurrentUser user,
            HttpServletResponse response) {
        var after = parse(lastEventId);
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Accel-Buffering", "no");
        return streams.open(user.id(), after);
    }

    private static @Nullable Long parse(@Nullable String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return null;
        }
        if (!EVENT_ID.matcher(lastEventId.strip()).matches()) {
            throw InvalidInputException.field("Last-Event-ID", "must be the sequence number of an event");
        }
        return Long.parseLong(lastEventId.strip());
    }
}
