package com.mediaflow.reports.internal;

import com.mediaflow.analytics.AnalyticsPeriod;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Which report, over which days, in which currency and format.
 *
 * @param projectId the project of a {@link ReportKind#PROJECT} report, null for the others
 * @param currency the currency of a financial report; null for the studio's default
 */
public record ReportRequest(
        ReportKind kind,
        @Nullable UUID projectId,
        AnalyticsPeriod period,
        @Nullable String currency,
        ReportFormat format) {

    public ReportRequest {
        if ((kind == ReportKind.PROJECT) != (projectId != null)) {
            throw new IllegalArgumentException("A project report, and only it, names a project");
        }
    }

    UUID requireProjectId() {
        if (projectId == null) {
            throw new IllegalStateException("A project report names a project");
        }
        return projectId;
    }
}
