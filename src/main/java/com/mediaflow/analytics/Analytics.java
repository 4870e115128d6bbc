package com.mediaflow.analytics;

import com.mediaflow.analytics.internal.AnalyticsAccess;
import com.mediaflow.analytics.internal.AnalyticsCache;
import com.mediaflow.analytics.internal.FinancialAnalytics;
import com.mediaflow.analytics.internal.ProductionAnalytics;
import com.mediaflow.analytics.internal.ProjectPerformances;
import com.mediaflow.analytics.internal.Studio;
import com.mediaflow.analytics.internal.TeamAnalytics;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.web.DateRange;
import com.mediaflow.shared.web.InvalidInputException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The studio's figures, one method per figure, for the HTTP routes and for other modules (reports,
 * exports). Every method applies the caller's visibility (403 for a financial figure to those who
 * see no money, 404 for a project they cannot see) and answers from the cache when it can.
 *
 * <p>Money figures are in one currency: {@code currency} when given, the studio's default otherwise;
 * amounts in other currencies are never added in (the {@link Dashboard} lists which currencies have
 * money in the period).
 */
@Service
public class Analytics {

    private final AnalyticsAccess access;
    private final AnalyticsCache cache;
    private final FinancialAnalytics financial;
    private final ProductionAnalytics production;
    private final TeamAnalytics team;
    private final ProjectPerformances performances;
    private final Studio studio;

    Analytics(
            AnalyticsAccess access,
            AnalyticsCache cache,
            FinancialAnalytics financial,
            ProductionAnalytics production,
            TeamAnalytics team,
            ProjectPerformances performances,
            Studio studio) {
        this.access = access;
        this.cache = cache;
        this.financial = financial;
        this.production = production;
        this.team = team;
        this.performances = performances;
        this.studio = studio;
    }

    /**
     * The period from {@code start} to {@code end}; a missing end defaults to the end of the start's
     * month, a missing start to the first of the end's month, both missing to the current month
     * where the studio is.
     *
     * @throws InvalidInputException when the end is before the start or the period is too long
     */
    /** The period of a route's {@code start_date} and {@code end_date}, as {@link #period(LocalDate, LocalDate)}. */
    public AnalyticsPeriod period(DateRange range) {
        return period(range.startDate(), range.endDate());
    }

    public AnalyticsPeriod period(@Nullable LocalDate start, @Nullable LocalDate end) {
        if (start == null && end == null) {
            return AnalyticsPeriod.monthOf(studio.today());
        }
        if (start == null) {
            return new AnalyticsPeriod(end.withDayOfMonth(1), end);
        }
        if (end == null) {
            return new AnalyticsPeriod(start, AnalyticsPeriod.monthOf(start).endDate());
        }
        return new AnalyticsPeriod(start, end);
    }

    public Dashboard dashboard(AnalyticsPeriod period, @Nullable String currency, CurrentUser user) {
        var viewer = access.financialViewer(user);
        var code = currency(currency);
        return cache.get(
                "dashboard",
                key(period, code),
                viewer,
                Dashboard.class,
                () -> financial.dashboard(period, code, viewer));
    }

    /** Open to every member: the financial part only for those who may see money, over their projects. */
    public Overview overview(AnalyticsPeriod period, @Nullable String currency, CurrentUser user) {
        var viewer = access.viewer(user);
        var code = currency(currency);
        return cache.get(
                "overview",
                key(period, code),
                viewer,
                Overview.class,
                () -> new Overview(
                        period,
                        viewer.seesMoney() ? financial.overviewFinancials(period, code, viewer) : null,
                        production.overviewProjects(period, viewer.projects()),
                        production.overviewTasks(period, viewer.projects()),
                        production.hours(period, viewer.projects())));
    }

    public Revenue revenue(AnalyticsPeriod period, @Nullable String currency, CurrentUser user) {
        var viewer = access.financialViewer(user);
        var code = currency(currency);
        return cache.get(
                "revenue", key(period, code), viewer, Revenue.class, () -> financial.revenue(period, code, viewer));
    }

    public RevenueTrends revenueTrends(
            AnalyticsPeriod period, TrendPeriod size, @Nullable String currency, CurrentUser user) {
        var viewer = access.financialViewer(user);
        var code = currency(currency);
        return cache.get(
                "revenue-trends",
                key(period, code) + ":" + size.value(),
                viewer,
                RevenueTrends.class,
                () -> financial.trends(period, size, code, viewer));
    }

    public ExpenseBreakdown expenseBreakdown(AnalyticsPeriod period, @Nullable String currency, CurrentUser user) {
        var viewer = access.financialViewer(user);
        var code = currency(currency);
        return cache.get(
                "expense-breakdown",
                key(period, code),
                viewer,
                ExpenseBreakdown.class,
                () -> financial.expenseBreakdown(period, code, viewer));
    }

    public ProfitMargins profitMargins(AnalyticsPeriod period, @Nullable String currency, CurrentUser user) {
        var viewer = access.financialViewer(user);
        var code = currency(currency);
        return cache.get(
                "profit-margins",
                key(period, code),
                viewer,
                ProfitMargins.class,
                () -> financial.profitMargins(period, code, viewer));
    }

    public ProjectProfitability projectProfitability(
            AnalyticsPeriod period, @Nullable String currency, CurrentUser user) {
        var viewer = access.financialViewer(user);
        var code = currency(currency);
        return cache.get(
                "project-profitability",
                key(period, code),
                viewer,
                ProjectProfitability.class,
                () -> financial.projectProfitability(period, code, viewer));
    }

    public ProjectsOverview projectsOverview(AnalyticsPeriod period, CurrentUser user) {
        var viewer = access.viewer(user);
        return cache.get(
                "projects-overview",
                key(period, ""),
                viewer,
                ProjectsOverview.class,
                () -> production.projectsOverview(period, viewer.projects()));
    }

    public CompletionRates completionRates(AnalyticsPeriod period, CurrentUser user) {
        var viewer = access.viewer(user);
        return cache.get(
                "completion-rates",
                key(period, ""),
                viewer,
                CompletionRates.class,
                () -> production.completionRates(period, viewer.projects()));
    }

    public TimelineAdherence timelineAdherence(AnalyticsPeriod period, CurrentUser user) {
        var viewer = access.viewer(user);
        return cache.get(
                "timeline-adherence",
                key(period, ""),
                viewer,
                TimelineAdherence.class,
                () -> production.timelineAdherence(period, viewer.projects()));
    }

    /**
     * One production: 404 when the caller cannot see it; its money (in the project's currency) only
     * for those who may see that project's money.
     */
    public ProjectPerformance projectPerformance(UUID projectId, AnalyticsPeriod period, CurrentUser user) {
        access.requireVisible(user, projectId);
        var viewer = access.viewer(user);
        var seesMoney = access.seesMoneyOf(viewer, projectId);
        return cache.get(
                "project-performance",
                key(period, "") + ":" + projectId + ":" + seesMoney,
                viewer,
                ProjectPerformance.class,
                () -> performances.of(projectId, period, seesMoney));
    }

    public TeamProductivity teamProductivity(AnalyticsPeriod period, CurrentUser user) {
        var viewer = access.teamViewer(user);
        return cache.get(
                "team-productivity", key(period, ""), viewer, TeamProductivity.class, () -> team.productivity(period));
    }

    public TeamUtilization teamUtilization(AnalyticsPeriod period, CurrentUser user) {
        var viewer = access.teamViewer(user);
        return cache.get(
                "team-utilization", key(period, ""), viewer, TeamUtilization.class, () -> team.utilization(period));
    }

    /** A member's own figures, or anyone's for those who may manage the team (403 otherwise). */
    public MemberPerformance memberPerformance(UUID memberId, AnalyticsPeriod period, CurrentUser user) {
        var viewer = access.memberViewer(user, memberId);
        return cache.get(
                "member-performance",
                key(period, "") + ":" + memberId,
                viewer,
                MemberPerformance.class,
                () -> team.member(memberId, period));
    }

    private String currency(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return studio.defaultCurrency();
        }
        if (!code.matches("[A-Z]{3}")) {
            throw InvalidInputException.field("currency", "must be an ISO 4217 code such as EUR");
        }
        try {
            Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.field("currency", "is not an ISO 4217 currency code");
        }
        return code;
    }

    private static String key(AnalyticsPeriod period, String currency) {
        return period.startDate() + ":" + period.endDate() + ":" + currency;
    }
}
