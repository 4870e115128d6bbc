package com.mediaflow.projects.internal;

import com.mediaflow.projects.ProjectStatus;
import com.mediaflow.projects.ProjectType;
import com.mediaflow.shared.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A project as the API shows it. {@code budget} is {@code null} for those who may not see the
 * project's money; {@code paused_from} is the stage an on-hold project was paused in;
 * {@code allowed_transitions} lists the statuses it may move to next.
 */
public record ProjectView(
        UUID id,
        String code,
        String name,
        UUID clientId,
        ProjectType type,
        ProjectStatus status,
        @Nullable ProjectStatus pausedFrom,
        List<String> allowedTransitions,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        @Nullable LocalDate deadline,
        @Nullable BigDecimal budget,
        String currency,
        @Nullable UUID managerId,
        List<String> tags,
        @Nullable String description,
        @Nullable UUID createdBy,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    /** With the currency's decimals, whatever the column's scale: 1250.00 EUR, 1250 JPY. */
    private static @Nullable BigDecimal budgetOf(Project project) {
        var budget = project.budget();
        return budget == null ? null : new Money(budget, Money.currency(project.currency())).amount();
    }

    static ProjectView of(Project project, boolean showBudget) {
        return new ProjectView(
                project.id(),
                project.code(),
                project.name(),
                project.clientId(),
                project.type(),
                project.status(),
                project.pausedFrom(),
                project.allowedTransitions(),
                project.startDate(),
                project.endDate(),
                project.deadline(),
                showBudget ? budgetOf(project) : null,
                project.currency(),
                project.managerId(),
                project.tags(),
                project.description(),
                project.createdBy(),
                project.createdAt(),
                project.updatedAt(),
                project.version());
    }
}
