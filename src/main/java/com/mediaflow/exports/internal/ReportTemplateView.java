package com.mediaflow.exports.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * A saved custom report.
 *
 * @param definition what it shows, as it was saved
 * @param format the format it downloads in when none is asked for
 * @param downloadUrl re-runs it with today's data: {@code GET /api/reports/{id}/download}
 */
public record ReportTemplateView(
        UUID id,
        String name,
        String entity,
        ReportDefinition definition,
        ReportFormat format,
        Instant createdAt,
        Instant updatedAt,
        long version,
        String downloadUrl) {}
