package com.mediaflow.tasks.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Time logged on a task. The rates are those the member had when the time was logged, in
 * {@code rate_currency}; {@code cost} is the minutes at the hourly cost, rounded half-up. The four
 * money fields are {@code null} for those who may not see the project's money (the member always
 * sees their own), and {@code hourly_cost}/{@code cost} also when the member had no cost rate.
 */
public record TimeEntryView(
        UUID id,
        UUID taskId,
        UUID projectId,
        UUID userId,
        LocalDate date,
        int minutes,
        @Nullable String note,
        boolean billable,
        @Nullable BigDecimal hourlyCost,
        @Nullable BigDecimal billableRate,
        @Nullable BigDecimal cost,
        @Nullable String rateCurrency,
        @Nullable UUID createdBy,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    static TimeEntryView of(TimeEntry entry, boolean showMoney) {
        var cost = entry.hourlyCost() == null ? null : LoggedTimeCosts.costOf(entry);
        return new TimeEntryView(
                entry.id(),
                entry.taskId(),
                entry.projectId(),
                entry.memberId(),
                entry.date(),
                entry.minutes(),
                entry.note(),
                entry.billable(),
                showMoney ? entry.hourlyCost() : null,
                showMoney ? entry.billableRate() : null,
                showMoney && cost != null ? cost.amount() : null,
                showMoney ? entry.rateCurrency() : null,
                entry.createdBy(),
                entry.createdAt(),
                entry.updatedAt(),
                entry.version());
    }
}
