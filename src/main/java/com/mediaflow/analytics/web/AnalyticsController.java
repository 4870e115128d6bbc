package com.mediaflow.analytics.web;

import com.mediaflow.analytics.Analytics;
import com.mediaflow.analytics.CompletionRates;
import com.mediaflow.analytics.Dashboard;
import com.mediaflow.analytics.ExpenseBreakdown;
import com.mediaflow.analytics.MemberPerformance;
import com.mediaflow.analytics.Overview;
import com.mediaflow.analytics.ProfitMargins;
import com.mediaflow.analytics.ProjectPerformance;
import com.mediaflow.analytics.ProjectProfitability;
import com.mediaflow.analytics.ProjectsOverview;
import com.mediaflow.analytics.Revenue;
import com.mediaflow.analytics.RevenueTrends;
import com.mediaflow.analytics.TeamProductivity;
import com.mediaflow.analytics.TeamUtilization;
import com.mediaflow.analytics.TimelineAdherence;
import com.mediaflow.analytics.TrendPeriod;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.web.DateRange;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/analytics")
@Tag(name = "Analytics")
class AnalyticsController {

    private static final String FINANCIALS =
            "hasAuthority('can_view_financials') or hasAuthority('can_manage_projects')";

    private static final String PERIOD = " The period is `start_date` to `end_date`, both inclusive, days of the "
            + "studio's time zone; without either it is the current month there (one alone: to the end of its "
            + "month, or from the first of it); the end may not be before the start, and at most 3660 days.";

    private static final String MONEY = " Amounts are in one currency, `currency` or the studio's default, never "
            + "converted or mixed with others. Definitions: revenue = payments received on invoices (by payment "
            + "date; void invoices excluded) + received income that is not an invoice payment (by the day "
            + "received). Credit notes only cancel what an invoice still owes and refund nothing, so they do not "
            + "reduce revenue (see `credited` on the revenue route). Expenses = approved and paid expenses, tax "
            + "included, by expense date. net_profit = revenue − expenses; profit_margin = net_profit ÷ revenue "
            + "× 100, two decimals, null without revenue. Those who may view financials see the whole studio; "
            + "producers the money of the projects they created, manage or are on the crew of (money of no "
            + "project is not theirs); everyone else gets 403.";

    private static final String PRODUCTION =
            " Over the projects the caller can see (editors and assistants: " + "those they are on the crew of).";

    private static final String TEAM = " Utilization = billable hours ÷ available hours × 100, two decimals; "
            + "available hours of an active member = working days (Monday to Friday) of the period × "
            + "`hours_per_day` (8 unless configured); members who are not active have none. Hours are logged "
            + "minutes on days of the period, two decimals.";

    private final Analytics analytics;

    AnalyticsController(Analytics analytics) {
        this.analytics = analytics;
    }

    @GetMapping("/dashboard")
    @PreAuthorize(FINANCIALS)
    @Operation(
            summary = "Dashboard KPIs",
            description = "Revenue, expenses, net profit and margin of the period; active projects (in an active "
                    + "stage now), pending invoices (issued, any currency, with a balance due now), overdue tasks "
                    + "(open, due before today), team utilization of the whole studio over the period, and the "
                    + "`currencies` that have money in it." + PERIOD + MONEY + TEAM)
    Dashboard dashboard(
            @ParameterObject DateRange range,
            @Parameter(description = "ISO 4217 code; the studio's default currency when absent")
                    @RequestParam(required = false)
                    @Nullable
                    String currency,
            @AuthenticationPrincipal CurrentUser user) {
        return analytics.dashboard(analytics.period(range), currency, user);
    }

    @GetMapping("/overview")
    @Operation(
            summary = "The studio at a glance",
            description = "Open to every member. `financials` (null for those who see no money) as on the "
                    + "dashboard plus receivables now: `outstanding` is what issued invoices in the currency still "
                    + "owe, `overdue` the part past its due date. Projects, tasks and hours over the projects the "
                    + "caller can see: projects active/on hold now, overdue (deadline before today, not delivered, "
                    + "completed or cancelled), delivered (first delivered in the period); tasks open and overdue "
                    + "now, completed (done on a day of the period)." + PERIOD + MONEY)
    Overview overview(
            @ParameterObject DateRange range,
            @Parameter(description = "ISO 4217 code; the studio's default currency when absent")
                    @RequestParam(required = false)
                    @Nullable
                    String currency,
            @AuthenticationPrincipal CurrentUser user) {
        return analytics.overview(analytics.period(range), currency, user);
    }

    @GetMapping("/revenue")
    @PreAuthorize(FINANCIALS)
    @Operation(
            summary = "Revenue",
            description = "Revenue of the period split into invoice payments and other income, the number of "
                    + "payments, totals of invoices and credit notes issued in the period (not void), and the ten "
                    + "clients who brought the most revenue." + PERIOD + MONEY)
    Revenue revenue(
            @ParameterObject DateRange range,
            @Parameter(description = "ISO 4217 code; the studio's default currency when absent")
                    @RequestParam(required = false)
                    @Nullable
                    String currency,
            @AuthenticationPrincipal CurrentUser user) {
        return analytics.revenue(analytics.period(range), currency, user);
    }

    @GetMapping("/revenue/trends")
    @PreAuthorize(FINANCIALS)
    @Operation(
            summary = "Revenue, expenses and profit over time",
            description = "One point per bucket of `period`, every bucket present with zeros: daily "
                    + "(`2026-03-15`), weekly (labelled by its Monday, `2026-03-09`), monthly (`2026-03`), yearly "
                    + "(`2026`). The first and last buckets count only days inside the period. profit = revenue − "
                    + "expenses." + PERIOD + MONEY)
    RevenueTrends revenueTrends(
            @Parameter(description = "Bucket size: daily, weekly, monthly (default) or yearly")
                    @RequestParam(defaultValue = "monthly")
                    TrendPeriod period,
            @ParameterObject DateRange range,
            @Parameter(description = "ISO 4217 code; the studio's default currency when absent")
                    @RequestParam(required = false)
                    @Nullable
                    String currency,
            @AuthenticationPrincipal CurrentUser user) {
        return analytics.revenueTrends(analytics.period(range), period, currency, user);
    }

    @GetMapping("/expenses/breakdown")
    @PreAuthorize(FINANCIALS)
    @Operation(
            summary = "Expenses by category",
            description = "Approved and paid expenses of the period per category (every category listed, largest "
                    + "first), with the number of expenses and the share of the total in percent (two decimals, "
                    + "null when the total is zero)." + PERIOD + MONEY)
    ExpenseBreakdown expenseBreakdown(
            @ParameterObject DateRange range,
            @Parameter(description = "ISO 4217 code; the studio's default currency when absent")
                    @RequestParam(required = false)
                    @Nullable
                    String currency,
            @AuthenticationPrincipal CurrentUser user) {
        return analytics.expenseBreakdown(analytics.period(range), currency, user);
    }

    @GetMapping("/profit-margins")
    @PreAuthorize(FINANCIALS)
    @Operation(
            summary = "Profit margins",
            description = "Revenue, expenses, net profit and margin of the period and of each of its months (every "
                    + "month listed)." + PERIOD + MONEY)
    ProfitMargins profitMargins(
            @ParameterObject DateRange range,
            @Parameter(description = "ISO 4217 code; the studio's default currency when absent")
                    @RequestParam(required = false)
                    @Nullable
                    String currency,
            @AuthenticationPrincipal CurrentUser user) {
        return analytics.profitMargins(analytics.period(range), currency, user);
    }

    @GetMapping("/project-profitability")
    @PreAuthorize(FINANCIALS)
    @Operation(
            summary = "Project profitability",
            description = "Every project with money or logged time in the period, most profitable first: revenue "
                    + "(invoice payments and other income of the project), expenses (approved and paid), "
                    + "time_cost (logged minutes × the hourly cost copied onto each entry when logged, rounded "
                    + "half-up per entry; entries in another currency or without a cost count nothing), profit = "
                    + "revenue − expenses − time_cost, profit_margin = profit ÷ revenue × 100 (null without "
                    + "revenue)." + PERIOD + MONEY)
    ProjectProfitability projectProfitability(
            @ParameterObject DateRange range,
            @Parameter(description = "ISO 4217 code; the studio's default currency when absent")
                    @RequestParam(required = false)
                    @Nullable
                    String currency,
            @AuthenticationPrincipal CurrentUser user) {
        return analytics.projectProfitability(analytics.period(range), currency, user);
    }

    @GetMapping("/projects/overview")
    @Operation(
            summary = "Projects overview",
            description = "Counts now: total, active (in an active stage), overdue (deadline before today, not "
                    + "delivered, completed or cancelled), by status (lifecycle order) and by type; in the period: "
                    + "started (start date in it) and delivered (first delivered on a day of it)." + PERIOD
                    + PRODUCTION)
    ProjectsOverview projectsOverview(@ParameterObject DateRange range, @AuthenticationPrincipal CurrentUser user) {
        return analytics.projectsOverview(analytics.period(range), user);
    }

    @GetMapping("/projects/completion-rates")
    @Operation(
            summary = "Completion rates",
            description = "Completion rate = finished ÷ due × 100 (two decimals, null when nothing was due). "
                    + "Projects: due = deadline in the period (cancelled ones left out), finished = delivered or "
                    + "completed now; also per project type. Tasks: due = due date in the period, finished = done "
                    + "now." + PERIOD + PRODUCTION)
    CompletionRates completionRates(@ParameterObject DateRange range, @AuthenticationPrincipal CurrentUser user) {
        return analytics.completionRates(analytics.period(range), user);
    }

    @GetMapping("/projects/timeline-adherence")
    @Operation(
            summary = "Timeline adherence",
            description = "Timeline adherence = delivered by the deadline ÷ delivered × 100 (two decimals, null "
                    + "when none was delivered), over what was delivered on a day of the period (studio time "
                    + "zone) and has a deadline: projects by the day they were first delivered against their "
                    + "deadline, tasks by the day they were done against their due date. Deliveries without a "
                    + "deadline are counted apart; `average_days_late` is the mean lateness of the late ones."
                    + PERIOD + PRODUCTION)
    TimelineAdherence timelineAdherence(@ParameterObject DateRange range, @AuthenticationPrincipal CurrentUser user) {
        return analytics.timelineAdherence(analytics.period(range), user);
    }

    @GetMapping("/projects/{id}/performance")
    @Operation(
            summary = "One project's performance",
            description = "404 for a project the caller cannot see. `financials` in the project's currency over "
                    + "the period (as in project profitability, plus the budget), null for those who may not see "
                    + "this project's money; tasks now (overdue = open and due before today, completion_rate = "
                    + "done ÷ total × 100); hours logged on the project in the period; the crew size." + PERIOD)
    ProjectPerformance projectPerformance(
            @PathVariable UUID id, @ParameterObject DateRange range, @AuthenticationPrincipal CurrentUser user) {
        return analytics.projectPerformance(id, analytics.period(range), user);
    }

    @GetMapping("/team/productivity")
    @PreAuthorize("hasAuthority('can_manage_team')")
    @Operation(
            summary = "Team productivity",
            description = "Per member (active ones and anyone who logged time or finished a task in the period, "
                    + "by name): hours logged and billable, tasks assigned to them done on a day of the period, "
                    + "how many of those by their due date, and on_time_rate over those with a due date." + PERIOD
                    + TEAM)
    TeamProductivity teamProductivity(@ParameterObject DateRange range, @AuthenticationPrincipal CurrentUser user) {
        return analytics.teamProductivity(analytics.period(range), user);
    }

    @GetMapping("/team/utilization")
    @PreAuthorize("hasAuthority('can_manage_team')")
    @Operation(
            summary = "Team utilization",
            description = "Per active member and for the team: available, logged and billable hours and "
                    + "utilization. The team's utilization is its billable hours ÷ its available hours." + PERIOD
                    + TEAM)
    TeamUtilization teamUtilization(@ParameterObject DateRange range, @AuthenticationPrincipal CurrentUser user) {
        return analytics.teamUtilization(analytics.period(range), user);
    }

    @GetMapping("/team/{id}/performance")
    @Operation(
            summary = "One member's performance",
            description = "Every member may see their own; another member's needs can_manage_team (403 "
                    + "otherwise; 404 for no such member). Utilization as on the team routes, tasks assigned to "
                    + "them done in the period (and how many by their due date), tasks open and overdue now, and "
                    + "the projects their hours went to." + PERIOD + TEAM)
    MemberPerformance memberPerformance(
            @PathVariable UUID id, @ParameterObject DateRange range, @AuthenticationPrincipal CurrentUser user) {
        return analytics.memberPerformance(id, analytics.period(range), user);
    }
}
