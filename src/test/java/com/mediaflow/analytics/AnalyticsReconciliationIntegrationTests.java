package com.mediaflow.analytics;

import static com.mediaflow.analytics.AnalyticsJson.decimal;
import static com.mediaflow.analytics.AnalyticsJson.decimalOrNull;
import static com.mediaflow.analytics.AnalyticsJson.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.shared.security.Role;
import com.mediaflow.support.Api;
import com.mediaflow.support.FreshDatabase;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.ProjectFixtures;
import com.mediaflow.support.TestUsers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;

/**
 * Random studio data (seeded, several rounds, on an empty database of its own) written straight
 * into the tables: invoices of every status with payments and credit notes, void invoices, income
 * of every source, expenses of every status, in three currencies, projects and tasks delivered on
 * the last evening of a month in the studio's time zone, time logged on the last day of a month.
 * Every figure of the analytics routes is then checked against a computation in this class over
 * the rows it wrote (the cache is off here; {@code AnalyticsCacheIntegrationTests} covers it).
 */
@IntegrationTest
@ContextConfiguration(initializers = FreshDatabase.class)
@TestPropertySource(properties = "mediaflow.analytics.cache-enabled=false")
class AnalyticsReconciliationIntegrationTests {

    private static final List<String> CURRENCIES = List.of("EUR", "USD", "JPY");
    private static final List<String> ZONES =
            List.of("Pacific/Auckland", "America/Los_Angeles", "Europe/Berlin", "UTC");
    private static final List<String> PROJECT_STATUSES = List.of(
            "PLANNING",
            "PRE_PRODUCTION",
            "PRODUCTION",
            "POST_PRODUCTION",
            "REVIEW",
            "DELIVERED",
            "COMPLETED",
            "ON_HOLD",
            "CANCELLED");
    private static final List<String> ACTIVE = PROJECT_STATUSES.subList(0, 6);
    private static final List<String> TYPES = List.of("COMMERCIAL", "DOCUMENTARY", "MUSIC_VIDEO");
    private static final List<String> INVOICE_STATUSES =
            List.of("DRAFT", "ISSUED", "SENT", "PARTIALLY_PAID", "PAID", "VOID");
    private static final List<String> EXPENSE_STATUSES = List.of("PENDING", "APPROVED", "REJECTED", "PAID");
    private static final List<String> CATEGORIES = List.of("CREW", "TRAVEL", "CATERING", "SOFTWARE", "LOCATION");
    private static final List<String> TASK_STATUSES = List.of("TODO", "IN_PROGRESS", "REVIEW", "DONE", "BLOCKED");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    record Member(UUID id, String name, boolean active) {}

    record Project(
            UUID id,
            String status,
            String type,
            @Nullable LocalDate start,
            @Nullable LocalDate deadline,
            @Nullable Instant deliveredAt) {}

    record Invoice(
            UUID id,
            String kind,
            String status,
            String currency,
            @Nullable UUID project,
            @Nullable LocalDate issued,
            BigDecimal total,
            BigDecimal paid,
            BigDecimal credited) {}

    record Payment(Invoice invoice, LocalDate paidOn, BigDecimal amount) {}

    record Income(
            String source,
            String status,
            String currency,
            @Nullable LocalDate received,
            @Nullable UUID project,
            BigDecimal amount) {}

    record Expense(
            String status,
            String category,
            String currency,
            LocalDate date,
            @Nullable UUID project,
            BigDecimal amount) {}

    record Task(
            UUID id,
            UUID project,
            String status,
            @Nullable LocalDate due,
            @Nullable Instant completedAt,
            @Nullable UUID assignee) {}

    record Entry(
            UUID project,
            UUID member,
            LocalDate day,
            int minutes,
            boolean billable,
            @Nullable BigDecimal cost,
            String currency) {}

    private final List<Member> members = new ArrayList<>();
    private final List<Project> projects = new ArrayList<>();
    private final List<Invoice> invoices = new ArrayList<>();
    private final List<Payment> payments = new ArrayList<>();
    private final List<Income> income = new ArrayList<>();
    private final List<Expense> expenses = new ArrayList<>();
    private final List<Task> tasks = new ArrayList<>();
    private final List<Entry> entries = new ArrayList<>();
    private int sequence;

    private Random random;
    private TestUsers.TestUser owner;
    private UUID client;
    private ZoneId zone;

    @Test
    void everyFigureEqualsAnIndependentSumOfTheRowsBehindIt() {
        owner = users.create(Role.OWNER);
        members.add(new Member(owner.id(), owner.fullName(), true));
        client = new ProjectFixtures(new Api(mvc), jdbc).client(owner);
        for (int round = 0; round < 4; round++) {
            random = new Random(4_242L + round);
            zone = ZoneId.of(ZONES.get(round));
            var currency = CURRENCIES.get(round % CURRENCIES.size());
            jdbc.sql("UPDATE organization_settings SET timezone = :zone, default_currency = :currency WHERE id = 1")
                    .param("zone", zone.getId())
                    .param("currency", currency)
                    .update();
            var year = 2031 + 2 * round;
            generate(year);

            var wholeYear = new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            var month = YearMonth.of(year, 1 + random.nextInt(12));
            var oneMonth = new Period(month.atDay(1), month.atEndOfMonth());
            var acrossMonths = new Period(LocalDate.of(year, 3, 31), LocalDate.of(year, 8, 1));
            for (var period : List.of(wholeYear, oneMonth, acrossMonths)) {
                checkMoney(period, null, currency);
                for (var other : CURRENCIES) {
                    checkMoney(period, other, other);
                }
                checkProduction(period);
                checkTeam(period);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Generating

    private void generate(int year) {
        for (int i = 0; i < 3; i++) {
            var active = i != 2;
            var id = users.insertMember(
                    Role.EDITOR, "crew-" + UUID.randomUUID() + "@studio.test", "Crew " + (++sequence));
            if (!active) {
                jdbc.sql("UPDATE team_members SET status = 'DEACTIVATED', deactivated_at = now() WHERE id = :id")
                        .param("id", id)
                        .update();
            }
            members.add(new Member(id, "Crew " + sequence, active));
        }
        List<Project> roundProjects = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            roundProjects.add(project(year));
        }
        for (int i = 0; i < 14; i++) {
            invoice(year, pick(roundProjects).id());
        }
        for (int i = 0; i < 10; i++) {
            income(year, maybe(pick(roundProjects).id()));
        }
        for (int i = 0; i < 20; i++) {
            expense(year, maybe(pick(roundProjects).id()));
        }
        List<Task> roundTasks = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            roundTasks.add(task(year, pick(roundProjects).id()));
        }
        for (int i = 0; i < 40; i++) {
            var task = pick(roundTasks);
            entry(year, task);
        }
    }

    private Project project(int year) {
        var id = UUID.randomUUID();
        var status = pick(PROJECT_STATUSES);
        var deadline = random.nextInt(5) == 0 ? null : day(year);
        var start = deadline == null || random.nextBoolean() ? null : deadline.minusDays(random.nextInt(40));
        Instant delivered = null;
        if (status.equals("DELIVERED")
                || status.equals("COMPLETED")
                || (status.equals("REVIEW") && random.nextBoolean())) {
            delivered = moment(year);
        }
        var project = new Project(id, status, pick(TYPES), start, deadline, delivered);
        var now = Timestamp.from(Instant.now());
        jdbc.sql("""
                        INSERT INTO projects (id, code, name, client_id, type, status, paused_from, start_date, deadline,
                                              currency, created_at, updated_at, delivered_at)
                        VALUES (:id, :code, :name, :client, :type, :status, :paused, :start, :deadline, 'EUR', :now, :now,
                                :delivered)
                        """)
                .param("id", id)
                .param("code", "AR-" + (++sequence))
                .param("name", "Production " + sequence)
                .param("client", client)
                .param("type", project.type())
                .param("status", status)
                .param("paused", status.equals("ON_HOLD") ? "PRODUCTION" : null)
                .param("start", start)
                .param("deadline", deadline)
                .param("now", now)
                .param("delivered", delivered == null ? null : Timestamp.from(delivered))
                .update();
        projects.add(project);
        return project;
    }

    private void invoice(int year, UUID projectId) {
        var currency = pick(CURRENCIES);
        var status = pick(INVOICE_STATUSES);
        var project = random.nextInt(4) == 0 ? null : projectId;
        var total = amount(currency);
        var issued = status.equals("DRAFT") ? null : day(year);
        var credited = BigDecimal.ZERO;
        var paid = BigDecimal.ZERO;
        if (!status.equals("DRAFT") && !status.equals("VOID") && random.nextInt(3) == 0) {
            credited = fraction(total, currency);
        }
        if (status.equals("PAID")) {
            paid = total.subtract(credited);
        } else if (status.equals("PARTIALLY_PAID")) {
            paid = fraction(total.subtract(credited), currency);
        }
        var invoice =
                new Invoice(UUID.randomUUID(), "INVOICE", status, currency, project, issued, total, paid, credited);
        insertInvoice(invoice, null, year);
        invoices.add(invoice);
        if (paid.signum() > 0) {
            var first = paid.signum() > 0 && paid.compareTo(BigDecimal.ONE) > 0 ? fraction(paid, currency) : paid;
            for (var amount : first.compareTo(paid) == 0 ? List.of(paid) : List.of(first, paid.subtract(first))) {
                if (amount.signum() > 0) {
                    payment(invoice, year, amount);
                }
            }
        }
        if (credited.signum() > 0) {
            var note = new Invoice(
                    UUID.randomUUID(),
                    "CREDIT_NOTE",
                    "ISSUED",
                    currency,
                    project,
                    day(year),
                    credited,
                    BigDecimal.ZERO,
                    BigDecimal.ZERO);
            insertInvoice(note, invoice.id(), year);
            invoices.add(note);
        }
    }

    private void insertInvoice(Invoice invoice, @Nullable UUID creditNoteOf, int year) {
        var draft = invoice.status().equals("DRAFT");
        var number = ++sequence;
        jdbc.sql("""
                        INSERT INTO accounting_invoices (id, kind, number, number_series, number_year, number_sequence,
                            status, client_id, client_name, project_id, currency, issue_date, due_date, credit_note_of,
                            credit_reason, gross_total, discount_total, subtotal, tax_total, total, amount_paid,
                            amount_credited, issued_by, issued_at, voided_by, voided_at, void_reason, created_by,
                            created_at, updated_at)
                        VALUES (:id, :kind, :number, :series, :year, :seq, :status, :client, 'Client', :project, :currency,
                            :issued, :due, :creditNoteOf, :reason, :total, 0, :total, 0, :total, :paid, :credited,
                            :issuedBy, :issuedAt, :voidedBy, :voidedAt, :voidReason, :owner, now(), now())
                        """)
                .param("id", invoice.id())
                .param("kind", invoice.kind())
                .param("number", draft ? null : "AR-" + number)
                .param("series", draft ? null : "AR")
                .param("year", draft ? null : year)
                .param("seq", draft ? null : number)
                .param("status", invoice.status())
                .param("client", client)
                .param("project", invoice.project())
                .param("currency", invoice.currency())
                .param("issued", invoice.issued())
                .param("due", invoice.issued() == null ? null : invoice.issued().plusDays(random.nextInt(60)))
                .param("creditNoteOf", creditNoteOf)
                .param("reason", creditNoteOf == null ? null : "Correction")
                .param("total", invoice.total())
                .param("paid", invoice.paid())
                .param("credited", invoice.credited())
                .param("issuedBy", draft ? null : owner.id())
                .param("issuedAt", draft ? null : Timestamp.from(Instant.now()))
                .param("voidedBy", invoice.status().equals("VOID") ? owner.id() : null)
                .param("voidedAt", invoice.status().equals("VOID") ? Timestamp.from(Instant.now()) : null)
                .param("voidReason", invoice.status().equals("VOID") ? "Wrong client" : null)
                .param("owner", owner.id())
                .update();
    }

    private void payment(Invoice invoice, int year, BigDecimal amount) {
        var id = UUID.randomUUID();
        var paidOn = day(year);
        jdbc.sql("""
                        INSERT INTO accounting_invoice_payments (id, invoice_id, amount, paid_on, method, recorded_by, recorded_at)
                        VALUES (:id, :invoice, :amount, :paidOn, 'BANK_TRANSFER', :owner, now())
                        """)
                .param("id", id)
                .param("invoice", invoice.id())
                .param("amount", amount)
                .param("paidOn", paidOn)
                .param("owner", owner.id())
                .update();
        // As the application does: each payment is also an income entry, which must not count twice.
        jdbc.sql("""
                        INSERT INTO accounting_income (id, source, description, amount, currency, status, received_date,
                            project_id, client_id, invoice_id, payment_id, created_by, created_at, updated_at)
                        VALUES (:id, 'INVOICE_PAYMENT', 'Payment', :amount, :currency, 'RECEIVED', :paidOn, :project,
                            :client, :invoice, :payment, :owner, now(), now())
                        """)
                .param("id", UUID.randomUUID())
                .param("amount", amount)
                .param("currency", invoice.currency())
                .param("paidOn", paidOn)
                .param("project", invoice.project())
                .param("client", client)
                .param("invoice", invoice.id())
                .param("payment", id)
                .param("owner", owner.id())
                .update();
        payments.add(new Payment(invoice, paidOn, amount));
    }

    private void income(int year, @Nullable UUID project) {
        var currency = pick(CURRENCIES);
        var received = random.nextInt(4) != 0;
        var entry = new Income(
                random.nextBoolean() ? "RETAINER" : "OTHER",
                received ? "RECEIVED" : "EXPECTED",
                currency,
                received ? day(year) : null,
                project,
                amount(currency));
        jdbc.sql("""
                        INSERT INTO accounting_income (id, source, description, amount, currency, status, expected_date,
                            received_date, project_id, client_id, created_by, created_at, updated_at)
                        VALUES (:id, :source, 'Retainer', :amount, :currency, :status, :expected, :received, :project,
                            :client, :owner, now(), now())
                        """)
                .param("id", UUID.randomUUID())
                .param("source", entry.source())
                .param("amount", entry.amount())
                .param("currency", currency)
                .param("status", entry.status())
                .param("expected", day(year))
                .param("received", entry.received())
                .param("project", project)
                .param("client", random.nextBoolean() ? client : null)
                .param("owner", owner.id())
                .update();
        income.add(entry);
    }

    private void expense(int year, @Nullable UUID project) {
        var currency = pick(CURRENCIES);
        var status = pick(EXPENSE_STATUSES);
        var submitter = members.get(1 + random.nextInt(members.size() - 1)).id();
        var expense = new Expense(status, pick(CATEGORIES), currency, day(year), project, amount(currency));
        var approved = status.equals("APPROVED") || status.equals("PAID");
        jdbc.sql("""
                        INSERT INTO accounting_expenses (id, project_id, category, description, amount, tax_amount, currency,
                            expense_date, billable, status, submitted_by, submitted_at, approved_by, approved_at,
                            rejected_by, rejected_at, rejection_reason, paid_by, paid_at, created_at, updated_at)
                        VALUES (:id, :project, :category, 'Spent', :amount, 0, :currency, :date, false, :status,
                            :submitter, now(), :approver, :approvedAt, :rejecter, :rejectedAt, :reason, :payer, :paidAt,
                            now(), now())
                        """)
                .param("id", UUID.randomUUID())
                .param("project", project)
                .param("category", expense.category())
                .param("amount", expense.amount())
                .param("currency", currency)
                .param("date", expense.date())
                .param("status", status)
                .param("submitter", submitter)
                .param("approver", approved ? owner.id() : null)
                .param("approvedAt", approved ? Timestamp.from(Instant.now()) : null)
                .param("rejecter", status.equals("REJECTED") ? owner.id() : null)
                .param("rejectedAt", status.equals("REJECTED") ? Timestamp.from(Instant.now()) : null)
                .param("reason", status.equals("REJECTED") ? "No receipt" : null)
                .param("payer", status.equals("PAID") ? owner.id() : null)
                .param("paidAt", status.equals("PAID") ? Timestamp.from(Instant.now()) : null)
                .update();
        expenses.add(expense);
    }

    private Task task(int year, UUID project) {
        var status = pick(TASK_STATUSES);
        var due = random.nextInt(4) == 0 ? null : day(year);
        var done = status.equals("DONE") ? moment(year) : null;
        var assignee = random.nextInt(5) == 0 ? null : pick(members).id();
        var task = new Task(UUID.randomUUID(), project, status, due, done, assignee);
        jdbc.sql("""
                        INSERT INTO tasks (id, project_id, title, assignee_id, status, priority, due_date, completed_at,
                            created_at, updated_at)
                        VALUES (:id, :project, 'Edit', :assignee, :status, 'MEDIUM', :due, :done, now(), now())
                        """)
                .param("id", task.id())
                .param("project", project)
                .param("assignee", assignee)
                .param("status", status)
                .param("due", due)
                .param("done", done == null ? null : Timestamp.from(done))
                .update();
        tasks.add(task);
        return task;
    }

    private void entry(int year, Task task) {
        var member = pick(members);
        var currency = random.nextInt(4) == 0 ? pick(CURRENCIES) : "EUR";
        var cost = random.nextInt(5) == 0 ? null : new BigDecimal(random.nextInt(9_000) + 1).movePointLeft(2);
        var day = random.nextInt(3) == 0
                ? YearMonth.of(year, 1 + random.nextInt(12)).atEndOfMonth()
                : day(year);
        var entry = new Entry(
                task.project(), member.id(), day, 1 + random.nextInt(600), random.nextBoolean(), cost, currency);
        jdbc.sql("""
                        INSERT INTO task_time_entries (id, task_id, project_id, member_id, work_date, minutes, billable,
                            hourly_cost, rate_currency, created_at, updated_at)
                        VALUES (:id, :task, :project, :member, :day, :minutes, :billable, :cost, :currency, now(), now())
                        """)
                .param("id", UUID.randomUUID())
                .param("task", task.id())
                .param("project", task.project())
                .param("member", member.id())
                .param("day", day)
                .param("minutes", entry.minutes())
                .param("billable", entry.billable())
                .param("cost", cost)
                .param("currency", currency)
                .update();
        entries.add(entry);
    }

    /** A day of the year, often the first or last of a month. */
    private LocalDate day(int year) {
        var month = YearMonth.of(year, 1 + random.nextInt(12));
        return switch (random.nextInt(4)) {
            case 0 -> month.atDay(1);
            case 1 -> month.atEndOfMonth();
            default -> month.atDay(1 + random.nextInt(month.lengthOfMonth()));
        };
    }

    /** A moment of the year, often the last evening of a month where the studio is. */
    private Instant moment(int year) {
        var month = YearMonth.of(year, 1 + random.nextInt(12));
        if (random.nextBoolean()) {
            return month.atEndOfMonth()
                    .atTime(LocalTime.of(23, 30))
                    .atZone(zone)
                    .toInstant();
        }
        return day(year)
                .atTime(LocalTime.of(random.nextInt(24), random.nextInt(60)))
                .atZone(zone)
                .toInstant();
    }

    private BigDecimal amount(String currency) {
        var scale = Currency.getInstance(currency).getDefaultFractionDigits();
        return BigDecimal.valueOf(100 + random.nextInt(5_000_000))
                .movePointLeft(2)
                .setScale(scale, RoundingMode.DOWN);
    }

    private BigDecimal fraction(BigDecimal amount, String currency) {
        var scale = Currency.getInstance(currency).getDefaultFractionDigits();
        return amount.multiply(BigDecimal.valueOf(1 + random.nextInt(9)))
                .divide(BigDecimal.TEN, scale, RoundingMode.DOWN);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private @Nullable UUID maybe(UUID id) {
        return random.nextInt(4) == 0 ? null : id;
    }

    // ---------------------------------------------------------------------------------------------
    // Checking

    record Period(LocalDate from, LocalDate to) {

        boolean has(@Nullable LocalDate day) {
            return day != null && !day.isBefore(from) && !day.isAfter(to);
        }

        String query() {
            return "start_date=" + from + "&end_date=" + to;
        }
    }

    private JsonNode get(String path, Period period, @Nullable String currency) {
        var uri = "/api/analytics/" + path + (path.contains("?") ? "&" : "?") + period.query()
                + (currency == null ? "" : "&currency=" + currency);
        return ok(new Api(mvc).get(owner, uri));
    }

    private void checkMoney(Period period, @Nullable String asked, String currency) {
        var payments = sum(this.payments.stream()
                .filter(p -> p.invoice().currency().equals(currency)
                        && !p.invoice().status().equals("VOID"))
                .filter(p -> period.has(p.paidOn()))
                .map(Payment::amount)
                .toList());
        var other = sum(income.stream()
                .filter(n -> n.status().equals("RECEIVED") && n.currency().equals(currency) && period.has(n.received()))
                .map(Income::amount)
                .toList());
        var spent = sum(costs(period, currency).map(Expense::amount).toList());
        var revenue = payments.add(other);
        var net = revenue.subtract(spent);

        var dashboard = get("dashboard", period, asked);
        var label = period + " " + currency;
        assertThat(dashboard.get("currency").asString()).isEqualTo(currency);
        assertThat(decimal(dashboard, "total_revenue")).as(label).isEqualByComparingTo(revenue);
        assertThat(decimal(dashboard, "total_expenses")).as(label).isEqualByComparingTo(spent);
        assertThat(decimal(dashboard, "net_profit")).as(label).isEqualByComparingTo(net);
        assertThat(decimalOrNull(dashboard, "profit_margin")).as(label).isEqualTo(percent(net, revenue));
        assertThat(dashboard.get("active_projects").asLong())
                .isEqualTo(count(projects, p -> ACTIVE.contains(p.status())));
        assertThat(dashboard.get("pending_invoices").asLong())
                .isEqualTo(count(
                        invoices,
                        i -> i.kind().equals("INVOICE")
                                && List.of("ISSUED", "SENT", "PARTIALLY_PAID").contains(i.status())
                                && i.total()
                                                .subtract(i.paid())
                                                .subtract(i.credited())
                                                .signum()
                                        > 0));
        var today = LocalDate.now(zone);
        assertThat(dashboard.get("overdue_tasks").asLong())
                .isEqualTo(count(
                        tasks,
                        t -> !t.status().equals("DONE")
                                && t.due() != null
                                && t.due().isBefore(today)));
        assertThat(decimalOrNull(dashboard, "team_utilization")).as(label).isEqualTo(utilization(period, null));
        var currencies = new TreeSet<String>();
        this.payments.stream()
                .filter(p -> !p.invoice().status().equals("VOID") && period.has(p.paidOn()))
                .forEach(p -> currencies.add(p.invoice().currency()));
        income.stream()
                .filter(n -> n.status().equals("RECEIVED") && period.has(n.received()))
                .forEach(n -> currencies.add(n.currency()));
        expenses.stream().filter(e -> isCost(e) && period.has(e.date())).forEach(e -> currencies.add(e.currency()));
        assertThat(strings(dashboard.get("currencies"))).isEqualTo(List.copyOf(currencies));

        var revenueFigures = get("revenue", period, asked);
        assertThat(decimal(revenueFigures, "invoice_payments")).as(label).isEqualByComparingTo(payments);
        assertThat(decimal(revenueFigures, "other_income")).as(label).isEqualByComparingTo(other);
        assertThat(decimal(revenueFigures, "invoiced"))
                .as(label)
                .isEqualByComparingTo(issued(period, currency, "INVOICE"));
        assertThat(decimal(revenueFigures, "credited"))
                .as(label)
                .isEqualByComparingTo(issued(period, currency, "CREDIT_NOTE"));

        checkTrends(period, asked, currency);

        var breakdown = get("expenses/breakdown", period, asked);
        assertThat(decimal(breakdown, "total")).isEqualByComparingTo(spent);
        Map<String, BigDecimal> byCategory = new HashMap<>();
        costs(period, currency).forEach(e -> byCategory.merge(e.category().toLowerCase(), e.amount(), BigDecimal::add));
        for (var category : breakdown.get("categories")) {
            var expected = byCategory.getOrDefault(category.get("category").asString(), BigDecimal.ZERO);
            assertThat(decimal(category, "amount")).as(label + " " + category).isEqualByComparingTo(expected);
        }

        checkProjectProfitability(period, asked, currency);
    }

    private void checkTrends(Period period, @Nullable String asked, String currency) {
        var trends = get("revenue/trends?period=monthly", period, asked);
        assertThat(trends.get("period").asString()).isEqualTo("monthly");
        Map<String, BigDecimal[]> expected = new TreeMap<>();
        for (var month = YearMonth.from(period.from());
                !month.isAfter(YearMonth.from(period.to()));
                month = month.plusMonths(1)) {
            expected.put(month.toString(), new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        }
        payments.stream()
                .filter(p -> p.invoice().currency().equals(currency)
                        && !p.invoice().status().equals("VOID"))
                .filter(p -> period.has(p.paidOn()))
                .forEach(p -> add(expected, YearMonth.from(p.paidOn()).toString(), 0, p.amount()));
        income.stream()
                .filter(n -> n.status().equals("RECEIVED") && n.currency().equals(currency) && period.has(n.received()))
                .forEach(n -> add(
                        expected,
                        YearMonth.from(Objects.requireNonNull(n.received())).toString(),
                        0,
                        n.amount()));
        costs(period, currency)
                .forEach(e -> add(expected, YearMonth.from(e.date()).toString(), 1, e.amount()));
        var data = trends.get("data");
        assertThat(data.size()).isEqualTo(expected.size());
        int i = 0;
        for (var bucket : expected.entrySet()) {
            var point = data.get(i++);
            assertThat(point.get("date").asString()).isEqualTo(bucket.getKey());
            assertThat(decimal(point, "revenue")).as(bucket.getKey()).isEqualByComparingTo(bucket.getValue()[0]);
            assertThat(decimal(point, "expenses")).as(bucket.getKey()).isEqualByComparingTo(bucket.getValue()[1]);
            assertThat(decimal(point, "profit"))
                    .isEqualByComparingTo(bucket.getValue()[0].subtract(bucket.getValue()[1]));
        }
        var weekly = get("revenue/trends?period=weekly", period, asked).get("data");
        var firstMonday = period.from().with(DayOfWeek.MONDAY);
        assertThat(weekly.get(0).get("date").asString()).isEqualTo(firstMonday.toString());
        var weeklyRevenue = BigDecimal.ZERO;
        for (var point : weekly) {
            weeklyRevenue = weeklyRevenue.add(decimal(point, "revenue"));
        }
        var total = expected.values().stream().map(v -> v[0]).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(weeklyRevenue).isEqualByComparingTo(total);
        var yearly = get("revenue/trends?period=yearly", period, asked).get("data");
        assertThat(yearly.size())
                .isEqualTo(period.to().getYear() - period.from().getYear() + 1);
    }

    private void checkProjectProfitability(Period period, @Nullable String asked, String currency) {
        var scale = Currency.getInstance(currency).getDefaultFractionDigits();
        Map<UUID, BigDecimal[]> expected = new HashMap<>();
        payments.stream()
                .filter(p ->
                        p.invoice().project() != null && p.invoice().currency().equals(currency))
                .filter(p -> !p.invoice().status().equals("VOID") && period.has(p.paidOn()))
                .forEach(p -> add(expected, p.invoice().project(), 0, p.amount()));
        income.stream()
                .filter(n -> n.project() != null
                        && n.status().equals("RECEIVED")
                        && n.currency().equals(currency))
                .filter(n -> period.has(n.received()))
                .forEach(n -> add(expected, n.project(), 0, n.amount()));
        costs(period, currency)
                .filter(e -> e.project() != null)
                .forEach(e -> add(expected, e.project(), 1, e.amount()));
        entries.stream()
                .filter(e -> e.cost() != null && e.currency().equals(currency) && period.has(e.day()))
                .forEach(e -> add(
                        expected,
                        e.project(),
                        2,
                        e.cost()
                                .multiply(BigDecimal.valueOf(e.minutes()))
                                .divide(BigDecimal.valueOf(60), scale, RoundingMode.HALF_UP)));
        var figures = get("project-profitability", period, asked).get("projects");
        assertThat(figures.size()).as(period + " " + currency).isEqualTo(expected.size());
        for (var project : figures) {
            var values = expected.get(UUID.fromString(project.get("project_id").asString()));
            assertThat(values).isNotNull();
            assertThat(decimal(project, "revenue")).isEqualByComparingTo(values[0]);
            assertThat(decimal(project, "expenses")).isEqualByComparingTo(values[1]);
            assertThat(decimal(project, "time_cost")).isEqualByComparingTo(values[2]);
            assertThat(decimal(project, "profit"))
                    .isEqualByComparingTo(values[0].subtract(values[1]).subtract(values[2]));
        }
    }

    private void checkProduction(Period period) {
        var today = LocalDate.now(zone);
        var overview = get("projects/overview", period, null);
        assertThat(overview.get("total").asLong()).isEqualTo(projects.size());
        assertThat(overview.get("active").asLong()).isEqualTo(count(projects, p -> ACTIVE.contains(p.status())));
        assertThat(overview.get("overdue").asLong())
                .isEqualTo(count(
                        projects,
                        p -> p.deadline() != null
                                && p.deadline().isBefore(today)
                                && !List.of("DELIVERED", "COMPLETED", "CANCELLED")
                                        .contains(p.status())));
        assertThat(overview.get("started").asLong()).isEqualTo(count(projects, p -> period.has(p.start())));
        assertThat(overview.get("delivered").asLong())
                .as("delivered in " + period + " in " + zone)
                .isEqualTo(count(projects, p -> period.has(localDay(p.deliveredAt()))));

        var completion = get("projects/completion-rates", period, null);
        var due = count(projects, p -> period.has(p.deadline()) && !p.status().equals("CANCELLED"));
        var finished = count(
                projects,
                p -> period.has(p.deadline())
                        && List.of("DELIVERED", "COMPLETED").contains(p.status()));
        assertThat(completion.get("projects").get("due").asLong()).isEqualTo(due);
        assertThat(completion.get("projects").get("finished").asLong()).isEqualTo(finished);
        assertThat(decimalOrNull(completion.get("projects"), "rate")).isEqualTo(percent(finished, due));
        var tasksDue = count(tasks, t -> period.has(t.due()));
        var tasksDone = count(tasks, t -> period.has(t.due()) && t.status().equals("DONE"));
        assertThat(completion.get("tasks").get("due").asLong()).isEqualTo(tasksDue);
        assertThat(completion.get("tasks").get("finished").asLong()).isEqualTo(tasksDone);

        var adherence = get("projects/timeline-adherence", period, null);
        checkAdherence(
                adherence.get("projects"),
                projects.stream()
                        .filter(p -> period.has(localDay(p.deliveredAt())))
                        .map(p -> new LocalDate[] {localDay(p.deliveredAt()), p.deadline()})
                        .toList());
        checkAdherence(
                adherence.get("tasks"),
                tasks.stream()
                        .filter(t -> t.status().equals("DONE") && period.has(localDay(t.completedAt())))
                        .map(t -> new LocalDate[] {localDay(t.completedAt()), t.due()})
                        .toList());
    }

    private void checkAdherence(JsonNode figures, List<LocalDate[]> deliveries) {
        var withDeadline = deliveries.stream().filter(d -> d[1] != null).toList();
        var onTime = withDeadline.stream().filter(d -> !d[0].isAfter(d[1])).count();
        var late = withDeadline.stream().filter(d -> d[0].isAfter(d[1])).toList();
        assertThat(figures.get("delivered").asLong()).isEqualTo(withDeadline.size());
        assertThat(figures.get("on_time").asLong()).isEqualTo(onTime);
        assertThat(figures.get("late").asLong()).isEqualTo(late.size());
        assertThat(figures.get("without_deadline").asLong()).isEqualTo(deliveries.size() - withDeadline.size());
        assertThat(decimalOrNull(figures, "rate")).isEqualTo(percent(onTime, withDeadline.size()));
        var daysLate = late.stream()
                .mapToLong(d -> d[0].toEpochDay() - d[1].toEpochDay())
                .sum();
        assertThat(decimalOrNull(figures, "average_days_late"))
                .isEqualTo(
                        late.isEmpty()
                                ? null
                                : BigDecimal.valueOf(daysLate)
                                        .divide(BigDecimal.valueOf(late.size()), 2, RoundingMode.HALF_UP));
    }

    private void checkTeam(Period period) {
        var figures = get("team/utilization", period, null);
        assertThat(decimalOrNull(figures, "utilization")).isEqualTo(utilization(period, null));
        var active = members.stream().filter(Member::active).toList();
        assertThat(figures.get("members").size()).isEqualTo(active.size());
        for (var member : figures.get("members")) {
            var id = UUID.fromString(member.get("member_id").asString());
            assertThat(decimalOrNull(member, "utilization")).isEqualTo(utilization(period, id));
            assertThat(decimal(member, "logged_hours"))
                    .isEqualByComparingTo(hours(entries.stream()
                            .filter(e -> e.member().equals(id) && period.has(e.day()))
                            .mapToLong(Entry::minutes)
                            .sum()));
        }
        var productivity = get("team/productivity", period, null);
        for (var member : productivity.get("members")) {
            var id = UUID.fromString(member.get("member_id").asString());
            var done = tasks.stream()
                    .filter(t -> id.equals(t.assignee()) && t.status().equals("DONE"))
                    .filter(t -> period.has(localDay(t.completedAt())))
                    .toList();
            assertThat(member.get("tasks_completed").asLong()).isEqualTo(done.size());
            assertThat(member.get("tasks_completed_on_time").asLong())
                    .isEqualTo(done.stream()
                            .filter(t -> t.due() != null
                                    && !localDay(t.completedAt()).isAfter(t.due()))
                            .count());
        }
    }

    /** Billable minutes of active members over their available hours (all of them, or one). */
    private @Nullable BigDecimal utilization(Period period, @Nullable UUID only) {
        var workingDays = 0;
        for (var day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                workingDays++;
            }
        }
        var counted = members.stream()
                .filter(m -> m.active() && (only == null || m.id().equals(only)))
                .map(Member::id)
                .toList();
        var billable = entries.stream()
                .filter(e -> e.billable() && counted.contains(e.member()) && period.has(e.day()))
                .mapToLong(Entry::minutes)
                .sum();
        var availableMinutes = (long) workingDays * 8 * 60 * counted.size();
        return percent(BigDecimal.valueOf(billable), BigDecimal.valueOf(availableMinutes));
    }

    private java.util.stream.Stream<Expense> costs(Period period, String currency) {
        return expenses.stream().filter(e -> isCost(e) && e.currency().equals(currency) && period.has(e.date()));
    }

    private static boolean isCost(Expense expense) {
        return expense.status().equals("APPROVED") || expense.status().equals("PAID");
    }

    private BigDecimal issued(Period period, String currency, String kind) {
        return sum(invoices.stream()
                .filter(i -> i.kind().equals(kind) && i.currency().equals(currency))
                .filter(i -> !i.status().equals("DRAFT") && !i.status().equals("VOID") && period.has(i.issued()))
                .map(Invoice::total)
                .toList());
    }

    private @Nullable LocalDate localDay(@Nullable Instant instant) {
        return instant == null ? null : instant.atZone(zone).toLocalDate();
    }

    private static <K> void add(Map<K, BigDecimal[]> sums, K key, int index, BigDecimal amount) {
        sums.computeIfAbsent(key, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO})[index] =
                sums.get(key)[index].add(amount);
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static <T> long count(List<T> rows, Predicate<T> which) {
        return rows.stream().filter(which).count();
    }

    private static @Nullable BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() <= 0
                ? null
                : part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
    }

    private static @Nullable BigDecimal percent(long part, long whole) {
        return percent(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    private static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asString()));
        return values;
    }
}
