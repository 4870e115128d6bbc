package com.mediaflow.notifications.web;

import com.mediaflow.notifications.internal.OutboxFilter;
import com.mediaflow.notifications.internal.OutboxMessageView;
import com.mediaflow.notifications.internal.OutboxMessages;
import com.mediaflow.shared.web.PageResponse;
import com.mediaflow.shared.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/notifications/outbox")
@Tag(name = "Notifications")
class MailOutboxController {

    private final OutboxMessages outbox;

    MailOutboxController(OutboxMessages outbox) {
        this.outbox = outbox;
    }

    @GetMapping
    @PreAuthorize("hasRole('OWNER')")
    @Operation(
            summary = "E-mail the studio sent or is sending",
            description = "Newest first, with each message's status (`queued`, `sending`, `sent`, `failed`), attempts "
                    + "and last error. Filters: `status`, `template`, `recipient`. Sortable by created_at, updated_at, "
                    + "sent_at, attempts.")
    PageResponse<OutboxMessageView> list(@ParameterObject OutboxFilter filter, @ParameterObject Paging paging) {
        return outbox.list(filter, paging);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('OWNER')")
    @Operation(summary = "One e-mail of the outbox")
    OutboxMessageView get(@PathVariable UUID id) {
        return outbox.find(id);
    }

    @PostMapping("/{id}/retry")
    @PreAuthorize("hasRole('OWNER')")
    @Operation(
            summary = "Send an e-mail again",
            description = "A failed message is queued again with a fresh set of attempts; a queued one is sent now "
                    + "instead of at its next attempt. A message being sent or already sent is a 409 INVALID_STATE.")
    OutboxMessageView retry(@PathVariable UUID id) {
        return outbox.retry(id);
    }
}
