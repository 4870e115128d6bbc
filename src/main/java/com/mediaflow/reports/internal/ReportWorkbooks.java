package com.mediaflow.reports.internal;

import static com.mediaflow.reports.internal.ReportText.label;

import com.mediaflow.reports.internal.xlsx.CellKind;
import com.mediaflow.reports.internal.xlsx.Column;
import com.mediaflow.reports.internal.xlsx.ReportWorkbook;
import com.mediaflow.reports.internal.xlsx.ReportWorkbook.Figure;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The reports as XLSX workbooks: a summary sheet and a sheet per section. */
@Component
class ReportWorkbooks {

    private final ReportBranding studio;

    ReportWorkbooks(ReportBranding studio) {
        this.studio = studio;
    }

    byte[] financial(FinancialReport report) {
        var currency = report.currency();
        var money = CellKind.money(currency);
        var summary = report.summary();
        var book = workbook(
                "financial report", report.period().startDate(), report.period().endDate(), report.generatedAt());
        book.figures(
                "Summary",
                List.of(
                        new Figure("Revenue", money, summary.revenue()),
                        new Figure("Expenses", money, summary.expenses()),
                        new Figure("Net profit", money, summary.netProfit()),
                        new Figure("Profit margin", CellKind.percent(), summary.profitMargin()),
                        new Figure("Invoice payments", money, summary.invoicePayments()),
                        new Figure("Other income", money, summary.otherIncome()),
                        new Figure("Invoiced", money, summary.invoiced()),
                        new Figure("Credited", money, summary.credited()),
                        new Figure("Outstanding now", money, summary.outstanding()),
                        new Figure("Overdue now", money, summary.overdue()),
                        new Figure("Open invoices", CellKind.integer(), summary.pendingInvoices()),
                        new Figure("Currency", CellKind.text(), currency)));
        book.table(
                "Revenue trend",
                List.of(
                        Column.text(label(report.trendPeriod().value())),
                        Column.money("Revenue", currency, true),
                        Column.money("Expenses", currency, true),
                        Column.money("Profit", currency, true)),
                report.revenueTrend().stream()
                        .map(point -> row(point.date(), point.revenue(), point.expenses(), point.profit()))
                        .toList());
        book.table(
                "Expenses by category",
                List.of(
                        Column.text("Category"),
                        Column.count("Expenses", true),
                        Column.money("Amount", currency, true),
                        Column.percent("Share")),
                report.expenseBreakdown().stream()
                        .map(category ->
                                row(label(category.category()), category.count(), category.amount(), category.share()))
                        .toList());
        book.table(
                "Profit margins",
                List.of(
                        Column.text("Month"),
                        Column.money("Revenue", currency, true),
                        Column.money("Expenses", currency, true),
                        Column.money("Net profit", currency, true),
                        Column.percent("Margin")),
                report.profitMargins().stream()
                        .map(month -> row(
                                month.month(),
                                month.revenue(),
                                month.expenses(),
                                month.netProfit(),
                                month.profitMargin()))
                        .toList());
        book.table(
                "Top projects",
                List.of(
                        Column.text("Code"),
                        Column.text("Project"),
                        Column.text("Status"),
                        Column.money("Revenue", currency, true),
                        Column.money("Expenses", currency, true),
                        Column.money("Time at cost", currency, true),
                        Column.money("Profit", currency, true),
                        Column.percent("Margin")),
                report.topProjects().stream()
                        .map(project -> row(
                                project.code(),
                                project.name(),
                                label(project.status()),
                                project.revenue(),
                                project.expenses(),
                                project.timeCost(),
                                project.profit(),
                                project.profitMargin()))
                        .toList());
        return book.toBytes();
    }

    byte[] operational(OperationalReport report) {
        var book = workbook(
                "operational report",
                report.period().startDate(),
                report.period().endDate(),
                report.generatedAt());
        var projects = report.projects();
        book.figures(
                "Summary",
                List.of(
                        new Figure("Projects", CellKind.integer(), projects.total()),
                        new Figure("Active projects", CellKind.integer(), projects.active()),
                        new Figure("Overdue projects", CellKind.integer(), projects.overdue()),
                        new Figure("Started in the period", CellKind.integer(), projects.started()),
                        new Figure("Delivered in the period", CellKind.integer(), projects.delivered()),
                        new Figure(
                                "Open tasks", CellKind.integer(), report.tasks().open()),
                        new Figure(
                                "Overdue tasks",
                                CellKind.integer(),
                                report.tasks().overdue()),
                        new Figure(
                                "Tasks completed in the period",
                                CellKind.integer(),
                                report.tasks().completed()),
                        new Figure(
                                "Hours logged",
                                CellKind.decimal(),
                                report.hours().logged()),
                        new Figure(
                                "Billable hours",
                                CellKind.decimal(),
                                report.hours().billable())));
        book.table(
                "Projects by status",
                List.of(Column.text("Status"), Column.count("Projects", true)),
                projects.byStatus().stream()
                        .map(count -> row(label(count.key()), count.count()))
                        .toList());
        book.table(
                "Projects by type",
                List.of(Column.text("Type"), Column.count("Projects", true)),
                projects.byType().stream()
                        .map(count -> row(label(count.key()), count.count()))
                        .toList());
        var completion = report.completion();
        var rates = new ArrayList<List<@Nullable Object>>();
        rates.add(row(
                "Projects",
                completion.projects().due(),
                completion.projects().finished(),
                completion.projects().rate()));
        rates.add(row(
                "Tasks",
                completion.tasks().due(),
                completion.tasks().finished(),
                completion.tasks().rate()));
        for (var type : completion.byProjectType()) {
            rates.add(row("Projects: " + label(type.type()), type.due(), type.finished(), type.rate()));
        }
        book.table(
                "Completion rates",
                List.of(
                        Column.text("What"),
                        Column.count("Due", false),
                        Column.count("Finished", false),
                        Column.percent("Rate")),
                rates);
        book.table(
                "Timeline adherence",
                List.of(
                        Column.text("What"),
                        Column.count("Delivered", false),
                        Column.count("On time", false),
                        Column.count("Late", false),
                        Column.count("Without deadline", false),
                        Column.percent("On-time rate"),
                        Column.number("Average days late", false)),
                List.of(
                        adherence("Projects", report.timeline().projects()),
                        adherence("Tasks", report.timeline().tasks())));
        var utilization = report.utilization();
        if (utilization != null) {
            book.table(
                    "Team utilization",
                    List.of(
                            Column.text("Member"),
                            Column.number("Available hours", true),
                            Column.number("Logged hours", true),
                            Column.number("Billable hours", true),
                            Column.percent("Utilization")),
                    utilization.members().stream()
                            .map(member -> row(
                                    member.fullName(),
                                    member.availableHours(),
                                    member.loggedHours(),
                                    member.billableHours(),
                                    member.utilization()))
                            .toList());
        }
        var productivity = report.productivity();
        if (productivity != null) {
            book.table(
                    "Team productivity",
                    List.of(
                            Column.text("Member"),
                            Column.number("Logged hours", true),
                            Column.number("Billable hours", true),
                            Column.count("Tasks completed", true),
                            Column.count("Completed on time", true),
                            Column.percent("On-time rate")),
                    productivity.members().stream()
                            .map(member -> row(
                                    member.fullName(),
                                    member.loggedHours(),
                                    member.billableHours(),
                                    member.tasksCompleted(),
                                    member.tasksCompletedOnTime(),
                                    member.onTimeRate()))
                            .toList());
        }
        return book.toBytes();
    }

    byte[] project(ProjectReport report) {
        var project = report.project();
        var book = workbook(
                "project report " + project.code(),
                report.period().startDate(),
                report.period().endDate(),
                report.generatedAt());
        var figures = new ArrayList<Figure>();
        figures.add(new Figure("Project", CellKind.text(), project.code() + " " + project.name()));
        figures.add(new Figure("Status", CellKind.text(), label(project.status())));
        figures.add(new Figure("Deadline", CellKind.date(), project.deadline()));
        figures.add(new Figure("Delivered", CellKind.date(), project.deliveredOn()));
        figures.add(new Figure("Crew", CellKind.integer(), project.crew()));
        figures.add(
                new Figure("Hours logged", CellKind.decimal(), project.hours().logged()));
        figures.add(
                new Figure("Billable hours", CellKind.decimal(), project.hours().billable()));
        figures.add(new Figure("Tasks", CellKind.integer(), project.tasks().total()));
        figures.add(new Figure("Tasks done", CellKind.integer(), project.tasks().done()));
        figures.add(new Figure("Tasks open", CellKind.integer(), project.tasks().open()));
        figures.add(
                new Figure("Tasks overdue", CellKind.integer(), project.tasks().overdue()));
        figures.add(new Figure("Completion", CellKind.percent(), project.tasks().completionRate()));
        book.figures("Summary", figures);
        var money = project.financials();
        var budget = report.budget();
        if (money != null && budget != null) {
            var kind = CellKind.money(project.currency());
            book.figures(
                    "Budget and profit",
                    List.of(
                            new Figure("Budget", kind, budget.budget()),
                            new Figure("Expenses", kind, budget.expenses()),
                            new Figure("Time at cost", kind, budget.timeCost()),
                            new Figure("Actual cost", kind, budget.actual()),
                            new Figure("Remaining", kind, budget.remaining()),
                            new Figure("Budget used", CellKind.percent(), budget.usedPercent()),
                            new Figure("Revenue", kind, money.revenue()),
                            new Figure("Profit", kind, money.profit()),
                            new Figure("Profit margin", CellKind.percent(), money.profitMargin())));
        }
        return book.toBytes();
    }

    private ReportWorkbook workbook(
            String what, java.time.LocalDate start, java.time.LocalDate end, Instant generated) {
        return new ReportWorkbook(
                studio.profile().name() + " " + what,
                start,
                end,
                generated.atZone(studio.zone()),
                studio.brandColour());
    }

    private static List<@Nullable Object> adherence(
            String what, com.mediaflow.analytics.TimelineAdherence.Adherence figures) {
        return row(
                what,
                figures.delivered(),
                figures.onTime(),
                figures.late(),
                figures.withoutDeadline(),
                figures.rate(),
                figures.averageDaysLate());
    }

    private static List<@Nullable Object> row(@Nullable Object... values) {
        var row = new ArrayList<@Nullable Object>(values.length);
        for (var value : values) {
            row.add(value);
        }
        return row;
    }
}
