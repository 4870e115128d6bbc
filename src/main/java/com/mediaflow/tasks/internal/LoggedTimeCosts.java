package com.mediaflow.tasks.internal;

import com.mediaflow.projects.ProjectCostSource;
import com.mediaflow.shared.money.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logged time as a cost of its project: each entry's minutes at the hourly cost copied onto it,
 * rounded half-up per entry. Entries logged by members without an hourly cost cost nothing here.
 */
@Component
class LoggedTimeCosts implements ProjectCostSource {

    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    private final TimeEntryRepository entries;

    LoggedTimeCosts(TimeEntryRepository entries) {
        this.entries = entries;
    }

    @Override
    public String source() {
        return "time";
    }

    @Override
    public String description() {
        return "Logged time at the hourly cost each member had when it was logged";
    }

    @Override
    @Transactional(readOnly = true)
    public List<Money> costsOf(UUID projectId) {
        Map<Currency, Money> totals = new LinkedHashMap<>();
        for (var group : entries.costGroups(projectId)) {
            var currency = Money.currency(group.currency());
            var perEntry = cost(new Money(group.hourlyCost(), currency), group.minutes());
            totals.merge(currency, perEntry.times(BigDecimal.valueOf(group.entries())), Money::plus);
        }
        return List.copyOf(totals.values());
    }

    /** The cost of one entry; {@code null} rates are the caller's to rule out. */
    static Money costOf(TimeEntry entry) {
        var hourlyCost = java.util.Objects.requireNonNull(entry.hourlyCost(), "hourly cost");
        return cost(new Money(hourlyCost, Money.currency(entry.rateCurrency())), entry.minutes());
    }

    private static Money cost(Money hourlyCost, int minutes) {
        return hourlyCost.prorate(BigDecimal.valueOf(minutes), MINUTES_PER_HOUR);
    }
}
