package com.mediaflow.analytics;

import java.util.List;

/**
 * The projects the caller can see: counts by status and type now, and what started and was
 * delivered in the period.
 *
 * @param overdue deadline before today and not yet delivered, completed or cancelled
 * @param started start date within the period
 * @param delivered first delivered within the period
 */
public record ProjectsOverview(
        AnalyticsPeriod period,
        long total,
        long active,
        long overdue,
        long started,
        long delivered,
        List<ProjectCount> byStatus,
        List<ProjectCount> byType) {

    public record ProjectCount(String key, long count) {}
}
