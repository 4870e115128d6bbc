package com.mediaflow.shared.audit;

import com.mediaflow.shared.web.PageResponse;
import com.mediaflow.shared.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/audit-logs")
@Tag(name = "Audit log")
class AuditLogController {

    private final AuditLogReader reader;

    AuditLogController(AuditLogReader reader) {
        this.reader = reader;
    }

    @GetMapping
    @PreAuthorize("hasRole('OWNER')")
    @Operation(
            summary = "Search the audit log",
            description = "Every create, update and delete and every authentication event, newest first. "
                    + "`from` is inclusive and `to` exclusive. Sortable by occurred_at, action, entity_type.")
    PageResponse<AuditEntryView> list(@ParameterObject AuditLogQuery query, @ParameterObject Paging paging) {
        return reader.find(query, paging);
    }
}
