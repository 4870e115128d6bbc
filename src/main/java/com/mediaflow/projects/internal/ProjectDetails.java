package com.mediaflow.projects.internal;

import com.mediaflow.projects.ProjectType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The editable details of a project, as a create or a full update gives them. {@code currency}
 * {@code null} means the organization's default (on create) or no change (on update); tags are
 * normalized (trimmed, lower case, no duplicates) before they are stored.
 */
public record ProjectDetails(
        String name,
        UUID clientId,
        ProjectType type,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        @Nullable LocalDate deadline,
        @Nullable BigDecimal budget,
        @Nullable String currency,
        @Nullable UUID managerId,
        List<String> tags,
        @Nullable String description) {

    public ProjectDetails {
        tags = List.copyOf(tags);
    }

    ProjectDetails withCurrency(String currency) {
        return new ProjectDetails(
                name, clientId, type, startDate, endDate, deadline, budget, currency, managerId, tags, description);
    }

    ProjectDetails withTags(List<String> tags) {
        return new ProjectDetails(
                name, clientId, type, startDate, endDate, deadline, budget, currency, managerId, tags, description);
    }

    ProjectDetails withName(String name) {
        return new ProjectDetails(
                name, clientId, type, startDate, endDate, deadline, budget, currency, managerId, tags, description);
    }
}
