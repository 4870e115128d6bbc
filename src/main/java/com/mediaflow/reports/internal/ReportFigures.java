package com.mediaflow.reports.internal;

import com.mediaflow.analytics.Analytics;
import com.mediaflow.analytics.AnalyticsPeriod;
import com.mediaflow.analytics.ProjectProfitability;
import com.mediaflow.analytics.TrendPeriod;
import com.mediaflow.reports.internal.ProjectReport.BudgetVsActual;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.security.Permission;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Gathers the figures of each report from the analytics module, with the caller's visibility, so a
 * report always shows what the dashboard shows: analytics answers 403 for money the caller may not
 * see and 404 for a project they cannot see.
 */
@Component
public class ReportFigures {

    static final int TOP_PROJECTS = 10;

    private final Analytics analytics;
    private final Clock clock;

    ReportFigures(Analytics analytics, Clock clock) {
        this.analytics = analytics;
        this.clock = clock;
    }

    public FinancialReport financial(AnalyticsPeriod period, @Nullable String currency, CurrentUser user) {
        var dashboard = analytics.dashboard(period, currency, user);
        var code = dashboard.currency();
        var revenue = analytics.revenue(period, code, user);
        var overview = analytics.overview(period, code, user);
        var size = trendSize(period);
        var trend = analytics.revenueTrends(period, size, code, user);
        var breakdown = analytics.expenseBreakdown(period, code, user);
        var margins = analytics.profitMargins(period, code, user);
        var projects = analytics.projectProfitability(period, code, user);
        var financials = overview.financials();
        var summary = new FinancialReport.Summary(
                dashboard.totalRevenue(),
                dashboard.totalExpenses(),
                dashboard.netProfit(),
                dashboard.profitMargin(),
                revenue.invoicePayments(),
                revenue.otherIncome(),
                revenue.invoiced(),
                revenue.credited(),
                financials == null ? BigDecimal.ZERO : financials.outstanding(),
                financials == null ? BigDecimal.ZERO : financials.overdue(),
                dashboard.pendingInvoices());
        return new FinancialReport(
                period,
                code,
                dashboard.currencies().stream()
                        .filter(other -> !other.equals(code))
                        .toList(),
                clock.instant(),
                summary,
                size,
                trend.data(),
                breakdown.categories(),
                margins.months(),
                top(projects.projects()));
    }

    public OperationalReport operational(AnalyticsPeriod period, CurrentUser user) {
        var overview = analytics.overview(period, null, user);
        var team = user.has(Permission.CAN_MANAGE_TEAM);
        return new OperationalReport(
                period,
                clock.instant(),
                analytics.projectsOverview(period, user),
                analytics.completionRates(period, user),
                analytics.timelineAdherence(period, user),
                overview.tasks(),
                overview.hours(),
                team ? analytics.teamUtilization(period, user) : null,
                team ? analytics.teamProductivity(period, user) : null);
    }

    public ProjectReport project(UUID projectId, AnalyticsPeriod period, CurrentUser user) {
        var performance = analytics.projectPerformance(projectId, period, user);
        var money = performance.financials();
        BudgetVsActual budget = null;
        if (money != null) {
            var actual = money.expenses().add(money.timeCost());
            var limit = money.budget();
            budget = new BudgetVsActual(
                    limit,
                    money.expenses(),
                    money.timeCost(),
                    actual,
                    limit == null ? null : limit.subtract(actual),
                    limit == null || limit.signum() == 0
                            ? null
                            : actual.multiply(BigDecimal.valueOf(100)).divide(limit, 2, RoundingMode.HALF_UP));
        }
        return new ProjectReport(period, clock.instant(), performance, budget);
    }

    /** Buckets that keep a trend readable: days for a month, weeks for half a year, then months, years. */
    static TrendPeriod trendSize(AnalyticsPeriod period) {
        var days = ChronoUnit.DAYS.between(period.startDate(), period.endDate()) + 1;
        if (days <= 31) {
            return TrendPeriod.DAILY;
        }
        if (days <= 26 * 7) {
            return TrendPeriod.WEEKLY;
        }
        return days <= 3 * 366 ? TrendPeriod.MONTHLY : TrendPeriod.YEARLY;
    }

    private static List<ProjectProfitability.ProjectProfit> top(List<ProjectProfitability.ProjectProfit> projects) {
        return projects.stream().limit(TOP_PROJECTS).toList();
    }
}
