package com.mediaflow.reports.internal;

import static com.mediaflow.reports.internal.ReportText.amount;
import static com.mediaflow.reports.internal.ReportText.count;
import static com.mediaflow.reports.internal.ReportText.hours;
import static com.mediaflow.reports.internal.ReportText.label;
import static com.mediaflow.reports.internal.ReportText.percent;

import com.mediaflow.documents.DocumentRenderer;
import com.mediaflow.reports.internal.charts.BarChart;
import com.mediaflow.reports.internal.charts.ChartColors;
import com.mediaflow.reports.internal.charts.LineChart;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Lays the reports out as PDF through the {@code report-*} document templates: the studio's logo and
 * brand colour, headline figures as cards, charts as SVG (vector, sharp at any zoom) and tables. The
 * charts are built here and inserted unescaped; every label in them is escaped by the chart builder.
 */
@Component
class ReportPdfs {

    /** The utilization chart shows the members with the highest utilization; the workbook lists all. */
    static final int TOP_MEMBERS = 15;

    private final DocumentRenderer renderer;
    private final ReportBranding studio;

    ReportPdfs(DocumentRenderer renderer, ReportBranding studio) {
        this.renderer = renderer;
        this.studio = studio;
    }

    byte[] financial(FinancialReport report) {
        var brand = studio.brandColour();
        var currency = report.currency();
        var summary = report.summary();
        var model = frame(
                "Financial report", report.period().startDate(), report.period().endDate(), report.generatedAt());
        model.put("currency", currency);
        model.put("otherCurrencies", String.join(", ", report.otherCurrencies()));
        model.put(
                "cards",
                List.of(
                        card("Revenue", amount(summary.revenue(), currency), currency, null),
                        card("Expenses", amount(summary.expenses(), currency), currency, null),
                        card("Net profit", amount(summary.netProfit(), currency), currency, tone(summary.netProfit())),
                        card("Profit margin", percent(summary.profitMargin()), "of revenue", null)));
        model.put(
                "receivables",
                List.of(
                        card("Invoiced", amount(summary.invoiced(), currency), currency, null),
                        card("Outstanding", amount(summary.outstanding(), currency), "owed now", null),
                        card(
                                "Overdue",
                                amount(summary.overdue(), currency),
                                "past due date",
                                summary.overdue().signum() > 0 ? "bad" : null),
                        card("Open invoices", count(summary.pendingInvoices()), "with a balance due", null)));
        model.put("trendSize", report.trendPeriod().value());
        model.put(
                "trendChart",
                LineChart.svg(
                        "Revenue trend",
                        report.revenueTrend().stream()
                                .map(point -> bucketLabel(point.date()))
                                .toList(),
                        List.of(
                                new LineChart.Series(
                                        "Revenue",
                                        brand,
                                        report.revenueTrend().stream()
                                                .map(p -> p.revenue())
                                                .toList(),
                                        false),
                                new LineChart.Series(
                                        "Expenses",
                                        ChartColors.CORAL,
                                        report.revenueTrend().stream()
                                                .map(p -> p.expenses())
                                                .toList(),
                                        false),
                                new LineChart.Series(
                                        "Profit",
                                        ChartColors.SLATE,
                                        report.revenueTrend().stream()
                                                .map(p -> p.profit())
                                                .toList(),
                                        true)),
                        "No revenue or expenses in this period"));
        var categories = report.expenseBreakdown().stream()
                .filter(category -> category.amount().signum() != 0)
                .sorted((a, b) -> b.amount().compareTo(a.amount()))
                .toList();
        model.put(
                "expenseChart",
                BarChart.svg(
                        "Expenses by category",
                        categories.stream()
                                .map(category -> new BarChart.Bar(label(category.category()), category.amount(), brand))
                                .toList(),
                        ReportText.decimals(currency),
                        null,
                        "No approved expenses in this period"));
        model.put(
                "expenses",
                categories.stream()
                        .map(category -> Map.of(
                                "category", label(category.category()),
                                "count", count(category.count()),
                                "amount", amount(category.amount(), currency),
                                "share", percent(category.share())))
                        .toList());
        model.put("expenseTotal", amount(summary.expenses(), currency));
        model.put(
                "months",
                report.profitMargins().stream()
                        .map(month -> Map.of(
                                "month", bucketLabel(month.month()),
                                "revenue", amount(month.revenue(), currency),
                                "expenses", amount(month.expenses(), currency),
                                "profit", amount(month.netProfit(), currency),
                                "negative", month.netProfit().signum() < 0,
                                "margin", percent(month.profitMargin())))
                        .toList());
        model.put(
                "projectChart",
                BarChart.svg(
                        "Profit by project",
                        report.topProjects().stream()
                                .map(project -> new BarChart.Bar(
                                        project.code() + " " + project.name(),
                                        project.profit(),
                                        project.profit().signum() < 0 ? ChartColors.RED : ChartColors.GREEN))
                                .toList(),
                        ReportText.decimals(currency),
                        null,
                        "No project had money or time in this period"));
        model.put(
                "projects",
                report.topProjects().stream()
                        .map(project -> Map.of(
                                "code", project.code(),
                                "name", project.name(),
                                "status", label(project.status()),
                                "revenue", amount(project.revenue(), currency),
                                "costs", amount(project.expenses().add(project.timeCost()), currency),
                                "profit", amount(project.profit(), currency),
                                "negative", project.profit().signum() < 0,
                                "margin", percent(project.profitMargin())))
                        .toList());
        return render("report-financial", model);
    }

    byte[] operational(OperationalReport report) {
        var brand = studio.brandColour();
        var model = frame(
                "Operational report",
                report.period().startDate(),
                report.period().endDate(),
                report.generatedAt());
        var projects = report.projects();
        model.put(
                "cards",
                List.of(
                        card(
                                "Active projects",
                                count(projects.active()),
                                "of " + count(projects.total()) + " in all",
                                null),
                        card("Delivered", count(projects.delivered()), "in this period", null),
                        card(
                                "Overdue projects",
                                count(projects.overdue()),
                                "past their deadline",
                                projects.overdue() > 0 ? "bad" : null),
                        card(
                                "Hours logged",
                                hours(report.hours().logged()),
                                hours(report.hours().billable()) + " billable",
                                null)));
        model.put(
                "taskCards",
                List.of(
                        card("Open tasks", count(report.tasks().open()), "not done now", null),
                        card(
                                "Overdue tasks",
                                count(report.tasks().overdue()),
                                "open past their due date",
                                report.tasks().overdue() > 0 ? "bad" : null),
                        card(
                                "Completed tasks",
                                count(report.tasks().completed()),
                                "in this period",
                                report.tasks().completed() > 0 ? "good" : null),
                        card(
                                "On time",
                                percent(report.timeline().tasks().rate()),
                                "of tasks done in this period",
                                null)));
        model.put(
                "statusChart",
                BarChart.svg(
                        "Projects by status",
                        projects.byStatus().stream()
                                .filter(entry -> entry.count() > 0)
                                .map(entry ->
                                        new BarChart.Bar(label(entry.key()), BigDecimal.valueOf(entry.count()), brand))
                                .toList(),
                        0,
                        null,
                        "No projects yet"));
        var completion = report.completion();
        var rates = new ArrayList<Map<String, Object>>();
        rates.add(rate(
                "Projects (deadline in period)",
                completion.projects().due(),
                completion.projects().finished(),
                completion.projects().rate()));
        rates.add(rate(
                "Tasks (due in period)",
                completion.tasks().due(),
                completion.tasks().finished(),
                completion.tasks().rate()));
        for (var type : completion.byProjectType()) {
            rates.add(rate(label(type.type()) + " projects", type.due(), type.finished(), type.rate()));
        }
        model.put("completion", rates);
        model.put(
                "adherence",
                List.of(
                        adherence("Projects", report.timeline().projects()),
                        adherence("Tasks", report.timeline().tasks())));
        var utilization = report.utilization();
        if (utilization != null) {
            model.put("utilization", percent(utilization.utilization()));
            model.put("availableHours", hours(utilization.availableHours()));
            model.put("workingDays", utilization.workingDays());
            model.put(
                    "utilizationChart",
                    BarChart.svg(
                            "Utilization by member",
                            utilization.members().stream()
                                    .sorted((a, b) -> utilizationOf(b).compareTo(utilizationOf(a)))
                                    .limit(TOP_MEMBERS)
                                    .map(member -> new BarChart.Bar(
                                            member.fullName(),
                                            member.utilization() == null ? BigDecimal.ZERO : member.utilization(),
                                            brand))
                                    .toList(),
                            1,
                            "%",
                            new BarChart.Marker(
                                    "Team",
                                    utilization.utilization() == null ? BigDecimal.ZERO : utilization.utilization()),
                            "No billable hours in this period"));
        }
        var productivity = report.productivity();
        if (productivity != null) {
            model.put(
                    "members",
                    productivity.members().stream()
                            .map(member -> Map.of(
                                    "name", member.fullName(),
                                    "logged", hours(member.loggedHours()),
                                    "billable", hours(member.billableHours()),
                                    "completed", count(member.tasksCompleted()),
                                    "onTime", percent(member.onTimeRate())))
                            .toList());
        }
        return render("report-operational", model);
    }

    byte[] project(ProjectReport report) {
        var brand = studio.brandColour();
        var project = report.project();
        var currency = project.currency();
        var model = frame(
                "Project report", report.period().startDate(), report.period().endDate(), report.generatedAt());
        model.put("projectName", project.name());
        model.put("projectCode", project.code());
        model.put("projectStatus", label(project.status()));
        model.put("deadline", ReportText.day(project.deadline()));
        model.put("deliveredOn", ReportText.day(project.deliveredOn()));
        model.put("crew", count(project.crew()));
        model.put("currency", currency);
        var money = project.financials();
        var budget = report.budget();
        if (money != null && budget != null) {
            model.put(
                    "cards",
                    List.of(
                            card("Revenue", amount(money.revenue(), currency), currency, null),
                            card("Costs", amount(budget.actual(), currency), "expenses and time", null),
                            card("Profit", amount(money.profit(), currency), currency, tone(money.profit())),
                            card("Margin", percent(money.profitMargin()), "of revenue", null)));
            var over = budget.budget() != null && budget.actual().compareTo(budget.budget()) > 0;
            model.put(
                    "budgetChart",
                    BarChart.svg(
                            "Budget against actual",
                            List.of(
                                    new BarChart.Bar("Expenses", budget.expenses(), ChartColors.lighter(brand, 0.35)),
                                    new BarChart.Bar(
                                            "Time at cost", budget.timeCost(), ChartColors.lighter(brand, 0.55)),
                                    new BarChart.Bar("Actual cost", budget.actual(), over ? ChartColors.RED : brand)),
                            ReportText.decimals(currency),
                            budget.budget() == null ? null : new BarChart.Marker("Budget", budget.budget()),
                            "No costs in this period"));
            var rows = new ArrayList<Map<String, Object>>();
            rows.add(Map.of(
                    "label",
                    "Budget",
                    "value",
                    budget.budget() == null ? "not set" : amount(budget.budget(), currency)));
            rows.add(Map.of("label", "Expenses (approved and paid)", "value", amount(budget.expenses(), currency)));
            rows.add(Map.of("label", "Time at cost", "value", amount(budget.timeCost(), currency)));
            rows.add(Map.of("label", "Actual cost", "value", amount(budget.actual(), currency)));
            rows.add(Map.of(
                    "label",
                    "Remaining",
                    "value",
                    budget.remaining() == null ? "–" : amount(budget.remaining(), currency)));
            rows.add(Map.of("label", "Budget used", "value", percent(budget.usedPercent())));
            model.put("budgetRows", rows);
            model.put("overBudget", over);
        }
        var tasks = project.tasks();
        model.put(
                "taskCards",
                List.of(
                        card("Tasks", count(tasks.total()), "in all", null),
                        card(
                                "Done",
                                count(tasks.done()),
                                percent(tasks.completionRate()) + " complete",
                                tasks.done() > 0 ? "good" : null),
                        card("Open", count(tasks.open()), "not done", null),
                        card("Overdue", count(tasks.overdue()), "open past due", tasks.overdue() > 0 ? "bad" : null)));
        var done = tasks.total() == 0 ? 0 : tasks.done() * 100.0 / tasks.total();
        model.put("progressWidth", String.format(java.util.Locale.ROOT, "%.1f", done));
        model.put("hoursLogged", hours(project.hours().logged()));
        model.put("hoursBillable", hours(project.hours().billable()));
        return render("report-project", model);
    }

    private static BigDecimal utilizationOf(com.mediaflow.analytics.TeamUtilization.MemberUtilization member) {
        return member.utilization() == null ? BigDecimal.ZERO : member.utilization();
    }

    private byte[] render(String template, Map<String, Object> model) {
        var logo = studio.logo();
        model.put("logo", logo.isPresent());
        return renderer.pdf(template, model, logo.map(List::of).orElse(List.of()));
    }

    private Map<String, Object> frame(
            String title, java.time.LocalDate start, java.time.LocalDate end, java.time.Instant generated) {
        var profile = studio.profile();
        var model = new LinkedHashMap<String, Object>();
        model.put("title", title);
        model.put("studioName", profile.name());
        model.put("brand", studio.brandColour());
        model.put("brandSoft", ChartColors.lighter(studio.brandColour(), 0.9));
        model.put("period", ReportText.period(start, end));
        model.put("generated", ReportText.moment(generated, studio.zone()));
        return model;
    }

    /** {@code 2026-03-04} → {@code 4 Mar}, {@code 2026-03} → {@code Mar 2026}; years stay as they are. */
    static String bucketLabel(String bucket) {
        if (bucket.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return java.time.LocalDate.parse(bucket)
                    .format(java.time.format.DateTimeFormatter.ofPattern("d MMM", java.util.Locale.ENGLISH));
        }
        if (bucket.matches("\\d{4}-\\d{2}")) {
            return java.time.YearMonth.parse(bucket)
                    .format(java.time.format.DateTimeFormatter.ofPattern("MMM yyyy", java.util.Locale.ENGLISH));
        }
        return bucket;
    }

    private static Map<String, Object> card(String label, String value, String note, @Nullable String tone) {
        var card = new LinkedHashMap<String, Object>();
        card.put("label", label);
        card.put("value", value);
        card.put("note", note);
        card.put("tone", tone == null ? "" : tone);
        return card;
    }

    private static @Nullable String tone(BigDecimal amount) {
        return amount.signum() < 0 ? "bad" : amount.signum() > 0 ? "good" : null;
    }

    private static Map<String, Object> rate(String what, long due, long finished, @Nullable BigDecimal rate) {
        return Map.of("what", what, "due", count(due), "finished", count(finished), "rate", percent(rate));
    }

    private static Map<String, Object> adherence(
            String what, com.mediaflow.analytics.TimelineAdherence.Adherence figures) {
        return Map.of(
                "what", what,
                "delivered", count(figures.delivered()),
                "onTime", count(figures.onTime()),
                "late", count(figures.late()),
                "rate", percent(figures.rate()),
                "daysLate",
                        figures.averageDaysLate() == null
                                ? "–"
                                : com.mediaflow.reports.internal.charts.ChartNumbers.money(figures.averageDaysLate(), 1)
                                        + " days");
    }
}
