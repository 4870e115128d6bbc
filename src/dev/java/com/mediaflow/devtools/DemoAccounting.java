package com.mediaflow.devtools;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo studio's books for the twelve months up to today: expenses in every category through
 * their approval workflow, invoices for the clients' productions (mostly paid, some open, two
 * overdue, drafts, one void, one partly credited), their payments and the income they made, and a
 * monthly retainer. Written as the accounting module stores them: line amounts by its rounding rule
 * (half-up to the cent once per line, totals are sums of the rounded lines), numbers taken from
 * {@code accounting_number_counters} in order of issue, so the numbering stays gapless and the next
 * invoice issued gets the next number. The PDF of an issued invoice is archived by the accounting
 * module on its first request, from the issued data.
 */
final class DemoAccounting {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int PAYMENT_TERMS_DAYS = 14;

    /** A production the studio bills: its client and when it ran (end is null while it runs). */
    record Production(
            UUID id,
            UUID clientId,
            LocalDate start,
            @Nullable LocalDate end,
            boolean wrappingUp) {}

    /** What was seeded, for the log and tests. */
    record Summary(
            int pastProductions,
            int expenses,
            BigDecimal approvedExpenses,
            int invoices,
            int payments,
            BigDecimal paid,
            int otherIncome,
            BigDecimal received) {}

    private record Line(
            String description,
            BigDecimal quantity,
            BigDecimal unitPrice,
            BigDecimal taxRate,
            BigDecimal discountPercent) {}

    private record Expense(String category, String description, String vendor, int low, int high, int taxRate) {}

    private static final List<Expense> EXPENSES = List.of(
            new Expense("CREW", "Freelance gaffer, shoot day", "Lichtwerk Crew", 450, 900, 19),
            new Expense("CREW", "Make-up artist", "Studio Glanz", 300, 650, 19),
            new Expense("EQUIPMENT_RENTAL", "Camera package rental", "Rent-a-Lens Berlin", 380, 2200, 19),
            new Expense("EQUIPMENT_RENTAL", "Lighting truck", "Grip & Light GmbH", 600, 1800, 19),
            new Expense("LOCATION", "Location fee", "Spreespeicher Events", 500, 3000, 19),
            new Expense("LOCATION", "Filming permit", "Bezirksamt Mitte", 90, 350, 0),
            new Expense("TRAVEL", "Train tickets for the crew", "Deutsche Bahn", 120, 900, 7),
            new Expense("TRAVEL", "Van hire and fuel", "Sixt", 150, 600, 19),
            new Expense("CATERING", "Set catering", "Kantine Kreuzberg", 180, 950, 7),
            new Expense("POST_PRODUCTION", "Music licence", "Artlist", 150, 800, 19),
            new Expense("POST_PRODUCTION", "Freelance motion designer", "Pixelhaus", 600, 2400, 19),
            new Expense("SOFTWARE", "Editing and grading software", "Blackmagic Design", 60, 300, 0),
            new Expense("SOFTWARE", "Cloud storage and review links", "Frame.io", 40, 180, 0),
            new Expense("MARKETING", "Showreel ads", "LinkedIn Ads", 150, 700, 19),
            new Expense("OFFICE", "Office supplies", "Viking", 30, 250, 19),
            new Expense("OTHER", "Hard drives for archiving", "Cyberport", 120, 500, 19));

    private static final String[] PAST_PRODUCTIONS = {
        "Harbour Lights brand film",
        "Winter collection lookbook shoot",
        "Annual conference coverage",
        "Green Energy explainer",
        "\"Midnight Tram\" music video",
        "Founders documentary",
        "Product launch teaser",
        "Recruiting film series",
        "Spring campaign cut-downs",
        "Museum exhibition trailer",
        "Charity gala highlights"
    };

    private final JdbcTemplate jdbc;
    private final Random random;
    private final Map<UUID, String[]> clientDetails = new HashMap<>();

    DemoAccounting(JdbcTemplate jdbc, long seed) {
        this.jdbc = jdbc;
        this.random = new Random(seed);
    }

    /**
     * Seeds the books. {@code staff} are the members who submit expenses; the first is the owner who
     * approves, records and issues (the second approves the owner's own expenses). {@code clients}
     * are the companies billed; productions finished earlier in the year are added for them.
     */
    Summary seed(List<UUID> staff, List<UUID> clients, List<Production> current, LocalDate today, Instant now) {
        var owner = staff.get(0);
        var productions = new ArrayList<>(pastProductions(owner, clients, today, now));
        productions.addAll(current);
        var expenses = expenses(staff, productions, today, now);
        var invoices = invoices(owner, productions, today, now);
        var income = otherIncome(owner, clients, today, now);
        return new Summary(
                PAST_PRODUCTIONS.length,
                expenses.count,
                expenses.approved,
                invoices.count,
                invoices.payments,
                invoices.paid,
                income.count,
                income.received);
    }

    // Productions -------------------------------------------------------------------------------

    private List<Production> pastProductions(UUID owner, List<UUID> clients, LocalDate today, Instant now) {
        var productions = new ArrayList<Production>();
        for (int i = 0; i < PAST_PRODUCTIONS.length; i++) {
            var id = UUID.randomUUID();
            var client = clients.get(i % clients.size());
            var start = today.minusDays(355 - i * 30L - random.nextInt(5));
            var end = start.plusDays(20 + random.nextInt(15));
            jdbc.update(
                    """
                    INSERT INTO projects (id, code, name, client_id, type, status, start_date, end_date, deadline,
                                          budget, currency, manager_id, tags, description, delivered_at, created_by,
                                          created_at, updated_at)
                    VALUES (?, 'PRJ-' || lpad(nextval('project_code_seq')::text, 4, '0'), ?, ?, ?, 'COMPLETED', ?, ?, ?,
                            ?, 'EUR', ?, '{archive}', ?, ?, ?, ?, ?)
                    """,
                    id,
                    PAST_PRODUCTIONS[i],
                    client,
                    i == 4
                            ? "MUSIC_VIDEO"
                            : i == 5 ? "DOCUMENTARY" : i == 1 ? "PHOTO_SHOOT" : i == 10 ? "EVENT" : "COMMERCIAL",
                    Date.valueOf(start),
                    Date.valueOf(end),
                    Date.valueOf(end),
                    BigDecimal.valueOf(12_000 + random.nextInt(40) * 1_000L).setScale(2),
                    owner,
                    "Finished production, billed and archived.",
                    at(end, 17),
                    owner,
                    at(start.minusDays(20), 9),
                    at(end.plusDays(5), 9));
            jdbc.update("""
                    INSERT INTO project_team_members (id, project_id, member_id, role, added_by, added_at, updated_at)
                    VALUES (?, ?, ?, 'PRODUCER', ?, ?, ?)
                    """, UUID.randomUUID(), id, owner, owner, at(start.minusDays(20), 9), Timestamp.from(now));
            productions.add(new Production(id, client, start, end, false));
        }
        return productions;
    }

    // Expenses ----------------------------------------------------------------------------------

    private record ExpenseTotals(int count, BigDecimal approved) {}

    private ExpenseTotals expenses(List<UUID> staff, List<Production> productions, LocalDate today, Instant now) {
        var rows = new ArrayList<Object[]>();
        var approvedTotal = BigDecimal.ZERO;
        var first = today.minusMonths(12).plusDays(1);
        for (var day = first; !day.isAfter(today); day = day.plusDays(1)) {
            if (random.nextInt(100) >= 45) {
                continue;
            }
            var kind = EXPENSES.get(random.nextInt(EXPENSES.size()));
            var amount = BigDecimal.valueOf(kind.low() * 100L + random.nextInt((kind.high() - kind.low()) * 100))
                    .movePointLeft(2);
            var tax = amount.multiply(BigDecimal.valueOf(kind.taxRate()))
                    .divide(BigDecimal.valueOf(100 + kind.taxRate()), 2, RoundingMode.HALF_UP);
            var projectRelated = !List.of("SOFTWARE", "MARKETING", "OFFICE").contains(kind.category());
            var production = projectRelated ? runningOn(productions, day) : null;
            var billable = production != null && random.nextInt(10) < 6;
            var submitter = staff.get(random.nextInt(staff.size()));
            var approver = submitter.equals(staff.get(0)) ? staff.get(1) : staff.get(0);
            var age = ChronoUnit.DAYS.between(day, today);
            var roll = random.nextInt(100);
            String status;
            if (age < 21 && roll < 60) {
                status = "PENDING";
            } else if (roll < 6) {
                status = "REJECTED";
            } else if (age > 30 && roll < 80) {
                status = "PAID";
            } else {
                status = "APPROVED";
            }
            var submittedAt = clamp(at(day, 18), now);
            var decidedAt = clamp(at(day.plusDays(1 + random.nextInt(3)), 11), now);
            var paidAt = clamp(at(day.plusDays(7 + random.nextInt(14)), 15), now);
            var approved = status.equals("APPROVED") || status.equals("PAID");
            var rejected = status.equals("REJECTED");
            var paid = status.equals("PAID");
            if (approved) {
                approvedTotal = approvedTotal.add(amount);
            }
            rows.add(new Object[] {
                UUID.randomUUID(),
                production == null ? null : production.id(),
                kind.category(),
                kind.description(),
                kind.vendor(),
                amount,
                tax,
                Date.valueOf(day),
                billable,
                status,
                submitter,
                submittedAt,
                approved ? approver : null,
                approved ? decidedAt : null,
                rejected ? approver : null,
                rejected ? decidedAt : null,
                rejected ? "Not agreed beforehand; please book it through the production budget." : null,
                paid ? approver : null,
                paid ? paidAt : null,
                submittedAt,
                paid ? paidAt : rejected || approved ? decidedAt : submittedAt
            });
        }
        jdbc.batchUpdate("""
                INSERT INTO accounting_expenses (id, project_id, category, description, vendor, amount, tax_amount,
                    currency, expense_date, billable, status, submitted_by, submitted_at, approved_by, approved_at,
                    rejected_by, rejected_at, rejection_reason, paid_by, paid_at, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'EUR', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows);
        return new ExpenseTotals(rows.size(), approvedTotal);
    }

    private @Nullable Production runningOn(List<Production> productions, LocalDate day) {
        var running = productions.stream()
                .filter(p -> !day.isBefore(p.start().minusDays(10))
                        && (p.end() == null || !day.isAfter(p.end().plusDays(5))))
                .toList();
        return running.isEmpty() ? null : running.get(random.nextInt(running.size()));
    }

    // Invoices ----------------------------------------------------------------------------------

    private record InvoiceTotals(int count, int payments, BigDecimal paid) {}

    /** An invoice as planned: what it bills and what happens to it. */
    private static final class Planned {
        final UUID id = UUID.randomUUID();
        final Production production;
        final LocalDate issued;
        final List<Line> lines;
        String fate = "PAID";

        @Nullable
        Planned creditNoteOf;

        @Nullable
        Planned creditNote;

        Planned(Production production, LocalDate issued, List<Line> lines) {
            this.production = production;
            this.issued = issued;
            this.lines = lines;
        }
    }

    private InvoiceTotals invoices(UUID owner, List<Production> productions, LocalDate today, Instant now) {
        var planned = new ArrayList<Planned>();
        var drafts = new ArrayList<Planned>();
        for (var production : productions) {
            if (production.start().isAfter(today)) {
                continue;
            }
            planned.add(new Planned(production, production.start(), depositLines()));
            var end = production.end();
            if (end != null && !end.plusDays(2).isAfter(today)) {
                planned.add(new Planned(production, end.plusDays(2), finalLines()));
            } else if (production.wrappingUp() && drafts.size() < 2) {
                drafts.add(new Planned(production, today, finalLines()));
            }
        }
        planned.sort(Comparator.comparing((Planned p) -> p.issued));
        decideFates(planned, today);
        if (drafts.isEmpty() && !planned.isEmpty()) {
            drafts.add(new Planned(planned.get(planned.size() - 1).production, today, finalLines()));
        }

        // Issued documents take their numbers in order of issue, as issuing through the API does.
        var documents = new ArrayList<>(planned);
        planned.stream().map(p -> p.creditNote).filter(Objects::nonNull).forEach(documents::add);
        documents.sort(Comparator.comparing((Planned p) -> p.issued));
        var series =
                jdbc.queryForMap("SELECT invoice_prefix, credit_note_prefix FROM organization_settings WHERE id = 1");
        var payments = new ArrayList<Object[]>();
        var income = new ArrayList<Object[]>();
        var paidTotal = BigDecimal.ZERO;
        for (var document : documents) {
            var prefix = (String) series.get(document.creditNoteOf == null ? "invoice_prefix" : "credit_note_prefix");
            var number = number(prefix, document.issued.getYear());
            var amounts = amounts(document.lines);
            var paid = insertIssued(document, number, amounts, owner, today, now);
            for (var payment : paid) {
                var paymentId = UUID.randomUUID();
                payments.add(new Object[] {
                    paymentId,
                    document.id,
                    payment.amount(),
                    Date.valueOf(payment.on()),
                    random.nextInt(6) == 0 ? "CARD" : "BANK_TRANSFER",
                    "Transfer " + number,
                    owner,
                    at(payment.on(), 12)
                });
                income.add(new Object[] {
                    UUID.randomUUID(),
                    "Payment of invoice " + number,
                    payment.amount(),
                    Date.valueOf(payment.on()),
                    document.production.id(),
                    document.production.clientId(),
                    document.id,
                    paymentId,
                    owner,
                    at(payment.on(), 12),
                    at(payment.on(), 12)
                });
                paidTotal = paidTotal.add(payment.amount());
            }
        }
        for (var draft : drafts) {
            insertDraft(draft, owner, now);
        }
        jdbc.batchUpdate("""
                INSERT INTO accounting_invoice_payments (id, invoice_id, amount, paid_on, method, reference,
                                                         recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, payments);
        jdbc.batchUpdate("""
                INSERT INTO accounting_income (id, source, description, amount, currency, status, received_date,
                                               project_id, client_id, invoice_id, payment_id, created_by, created_at,
                                               updated_at)
                VALUES (?, 'INVOICE_PAYMENT', ?, ?, 'EUR', 'RECEIVED', ?, ?, ?, ?, ?, ?, ?, ?)
                """, income);
        return new InvoiceTotals(documents.size() + drafts.size(), payments.size(), paidTotal);
    }

    /**
     * Most invoices are paid; the ones issued in the last two weeks are open, one of them partly
     * paid; two older ones are overdue; one was voided and one partly credited before being paid.
     */
    private void decideFates(List<Planned> planned, LocalDate today) {
        var overdue = 0;
        for (int i = planned.size() - 1; i >= 0; i--) {
            var invoice = planned.get(i);
            var age = ChronoUnit.DAYS.between(invoice.issued, today);
            if (age < PAYMENT_TERMS_DAYS) {
                invoice.fate =
                        age > 5 && planned.stream().noneMatch(p -> p.fate.equals("PARTIAL")) ? "PARTIAL" : "OPEN";
            } else if (age > PAYMENT_TERMS_DAYS + 3 && age < 70 && overdue < 2) {
                invoice.fate = "OVERDUE";
                overdue++;
            }
        }
        var older = planned.stream()
                .filter(p -> p.fate.equals("PAID") && p.issued.isBefore(today.minusDays(90)))
                .toList();
        var finals = older.stream().filter(p -> p.lines.size() > 2).toList();
        if (older.size() >= 3 && !finals.isEmpty()) {
            var credited = finals.get(finals.size() / 2);
            older.stream().filter(p -> p != credited).findFirst().orElseThrow().fate = "VOID";
            credited.fate = "CREDITED";
            var note = new Planned(
                    credited.production,
                    credited.issued.plusDays(6),
                    List.of(credited.lines.get(credited.lines.size() - 1)));
            note.creditNoteOf = credited;
            credited.creditNote = note;
        }
    }

    private record Payment(BigDecimal amount, LocalDate on) {}

    private record Amounts(
            List<BigDecimal[]> lines, BigDecimal gross, BigDecimal discount, BigDecimal net, BigDecimal tax) {

        BigDecimal total() {
            return net.add(tax);
        }
    }

    /** Accounting's rule: half-up to the cent once per line; the totals add the rounded lines. */
    private static Amounts amounts(List<Line> lines) {
        var all = new ArrayList<BigDecimal[]>();
        var gross = BigDecimal.ZERO;
        var discount = BigDecimal.ZERO;
        var net = BigDecimal.ZERO;
        var tax = BigDecimal.ZERO;
        for (var line : lines) {
            var exact = line.quantity().multiply(line.unitPrice());
            var lineGross = cents(exact);
            var lineNet = cents(
                    exact.multiply(HUNDRED.subtract(line.discountPercent())).movePointLeft(2));
            var lineTax = cents(lineNet.multiply(line.taxRate()).movePointLeft(2));
            all.add(new BigDecimal[] {lineGross, lineGross.subtract(lineNet), lineNet, lineTax});
            gross = gross.add(lineGross);
            discount = discount.add(lineGross.subtract(lineNet));
            net = net.add(lineNet);
            tax = tax.add(lineTax);
        }
        return new Amounts(all, gross, discount, net, tax);
    }

    private List<Payment> insertIssued(
            Planned document, String number, Amounts amounts, UUID owner, LocalDate today, Instant now) {
        var client = client(document.production.clientId());
        var issuedAt = at(document.issued, 10);
        var due = document.creditNoteOf != null ? document.issued : document.issued.plusDays(PAYMENT_TERMS_DAYS);
        var total = amounts.total();
        var credited = document.creditNote == null
                ? BigDecimal.ZERO
                : amounts(document.creditNote.lines).total();
        var payments = new ArrayList<Payment>();
        var status = "SENT";
        LocalDate settled = null;
        Timestamp voidedAt = null;
        Timestamp reminded = null;
        switch (document.creditNoteOf != null ? "CREDIT_NOTE" : document.fate) {
            case "PAID", "CREDITED" -> {
                var paidOn = document.issued.plusDays(4 + random.nextInt(PAYMENT_TERMS_DAYS + 6));
                if (document.creditNote != null && !paidOn.isAfter(document.creditNote.issued)) {
                    paidOn = document.creditNote.issued.plusDays(2);
                }
                paidOn = paidOn.isAfter(today) ? today : paidOn;
                var balance = total.subtract(credited);
                if (random.nextInt(5) == 0 && document.creditNote == null) {
                    var half = cents(balance.divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP));
                    var firstOn = document.issued.plusDays(3);
                    payments.add(new Payment(half, firstOn.isAfter(paidOn) ? paidOn : firstOn));
                    payments.add(new Payment(balance.subtract(half), paidOn));
                } else {
                    payments.add(new Payment(balance, paidOn));
                }
                status = "PAID";
                settled = paidOn;
            }
            case "PARTIAL" -> {
                var paidOn = document.issued.plusDays(3);
                payments.add(new Payment(
                        cents(total.multiply(new BigDecimal("0.5"))), paidOn.isAfter(today) ? today : paidOn));
                status = "PARTIALLY_PAID";
            }
            case "OVERDUE" -> reminded = at(due.plusDays(3), 9);
            case "VOID" -> {
                status = "VOID";
                voidedAt = at(document.issued.plusDays(2), 14);
            }
            default -> status = random.nextBoolean() ? "SENT" : "ISSUED";
        }
        if (document.creditNoteOf != null) {
            status = "ISSUED";
        }
        var sent = !status.equals("ISSUED");
        var amountPaid = payments.stream().map(Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        var lastChange = settled != null ? at(settled, 12) : voidedAt != null ? voidedAt : issuedAt;
        jdbc.update(
                """
                INSERT INTO accounting_invoices (id, kind, number, number_series, number_year, number_sequence, status,
                    client_id, client_name, client_email, billing_address, project_id, currency, issue_date, due_date,
                    terms, credit_note_of, credit_reason, gross_total, discount_total, subtotal, tax_total, total,
                    amount_paid, amount_credited, issued_by, issued_at, sent_at, sent_to, sent_count, settled_on,
                    voided_by, voided_at, void_reason, last_reminder_at, created_by, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'EUR', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                        ?, ?, ?, ?, ?, ?, ?)
                """,
                document.id,
                document.creditNoteOf == null ? "INVOICE" : "CREDIT_NOTE",
                number,
                number.substring(0, number.indexOf('-')),
                document.issued.getYear(),
                Integer.parseInt(number.substring(number.lastIndexOf('-') + 1)),
                status,
                document.production.clientId(),
                client[0],
                client[1],
                client[2],
                document.production.id(),
                Date.valueOf(document.issued),
                Date.valueOf(due),
                document.creditNoteOf == null
                        ? "Payable within " + PAYMENT_TERMS_DAYS + " days by bank transfer."
                        : null,
                document.creditNoteOf == null ? null : document.creditNoteOf.id,
                document.creditNoteOf == null ? null : "Colour grade not delivered; agreed with the client",
                amounts.gross(),
                amounts.discount(),
                amounts.net(),
                amounts.tax(),
                total,
                amountPaid,
                credited,
                owner,
                issuedAt,
                sent ? Timestamp.from(issuedAt.toInstant().plus(1, ChronoUnit.HOURS)) : null,
                sent ? client[1] : null,
                sent ? 1 : 0,
                settled == null ? null : Date.valueOf(settled),
                voidedAt == null ? null : owner,
                voidedAt,
                voidedAt == null ? null : "Issued to the wrong billing entity; reissued",
                reminded,
                owner,
                Timestamp.from(issuedAt.toInstant().minus(1, ChronoUnit.DAYS)),
                clamp(lastChange, now));
        insertLines(document.id, document.lines, amounts);
        return payments;
    }

    private void insertDraft(Planned draft, UUID owner, Instant now) {
        var client = client(draft.production.clientId());
        var amounts = amounts(draft.lines);
        jdbc.update(
                """
                INSERT INTO accounting_invoices (id, kind, status, client_id, client_name, client_email, billing_address,
                    project_id, currency, notes, gross_total, discount_total, subtotal, tax_total, total, created_by,
                    created_at, updated_at)
                VALUES (?, 'INVOICE', 'DRAFT', ?, ?, ?, ?, ?, 'EUR', ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                draft.id,
                draft.production.clientId(),
                client[0],
                client[1],
                client[2],
                draft.production.id(),
                "Final invoice, to be issued on delivery.",
                amounts.gross(),
                amounts.discount(),
                amounts.net(),
                amounts.tax(),
                amounts.total(),
                owner,
                Timestamp.from(now),
                Timestamp.from(now));
        insertLines(draft.id, draft.lines, amounts);
    }

    private void insertLines(UUID invoiceId, List<Line> lines, Amounts amounts) {
        var rows = new ArrayList<Object[]>();
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            var money = amounts.lines().get(i);
            rows.add(new Object[] {
                UUID.randomUUID(),
                invoiceId,
                i + 1,
                line.description(),
                line.quantity(),
                line.unitPrice(),
                line.taxRate(),
                line.discountPercent(),
                money[0],
                money[1],
                money[2],
                money[3]
            });
        }
        jdbc.batchUpdate("""
                INSERT INTO accounting_invoice_lines (id, invoice_id, position, description, quantity, unit_price,
                    tax_rate, discount_percent, gross_amount, discount_amount, net_amount, tax_amount)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows);
    }

    /** The next number of {@code series} in {@code year}, taken as the accounting module takes it. */
    private String number(String series, int year) {
        var sequence = jdbc.queryForObject("""
                INSERT INTO accounting_number_counters (series, year, last_number)
                VALUES (?, ?, 1)
                ON CONFLICT (series, year)
                DO UPDATE SET last_number = accounting_number_counters.last_number + 1
                RETURNING last_number
                """, Integer.class, series, year);
        return series + "-" + year + "-" + String.format("%04d", sequence);
    }

    /** The client's name, e-mail and billing address, as a draft copies them from the contact. */
    private String[] client(UUID id) {
        return clientDetails.computeIfAbsent(
                id,
                key -> jdbc.queryForObject(
                        """
                SELECT display_name, email,
                       NULLIF(concat_ws(E'\\n', address_line1, concat_ws(' ', address_postal_code, address_city),
                                        address_country), '') AS address
                FROM contacts WHERE id = ?
                """, (rs, row) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}, key));
    }

    private List<Line> depositLines() {
        var lines = new ArrayList<Line>();
        lines.add(line("Concept, treatment and pre-production", 1, 1_200 + random.nextInt(16) * 100, 19, 0));
        lines.add(line("Crew and equipment booking deposit", 1, 1_500 + random.nextInt(30) * 100, 19, 0));
        return lines;
    }

    private List<Line> finalLines() {
        var lines = new ArrayList<Line>();
        lines.add(line("Shoot day with crew of four", 1 + random.nextInt(4), 3_200, 19, 0));
        lines.add(line("Edit day", 2 + random.nextInt(6), 650, 19, random.nextInt(3) == 0 ? 10 : 0));
        if (random.nextBoolean()) {
            lines.add(line("Licensed music", 1, 450, 7, 0));
        }
        lines.add(line("Sound mix", 1, 750, 19, 0));
        lines.add(line("Colour grade", 1, 900 + random.nextInt(6) * 100, 19, 0));
        return lines;
    }

    private static Line line(String description, int quantity, int unitPrice, int taxRate, int discount) {
        return new Line(
                description,
                BigDecimal.valueOf(quantity),
                BigDecimal.valueOf(unitPrice).setScale(2),
                BigDecimal.valueOf(taxRate),
                BigDecimal.valueOf(discount));
    }

    // Other income ------------------------------------------------------------------------------

    private record IncomeTotals(int count, BigDecimal received) {}

    private IncomeTotals otherIncome(UUID owner, List<UUID> clients, LocalDate today, Instant now) {
        var rows = new ArrayList<Object[]>();
        var received = BigDecimal.ZERO;
        var retainerClient = clients.get(clients.size() - 1);
        var retainer = new BigDecimal("1800.00");
        for (int month = 11; month >= 0; month--) {
            var day = today.minusMonths(month).withDayOfMonth(3);
            if (day.isAfter(today) || day.isBefore(today.minusMonths(12).plusDays(1))) {
                continue;
            }
            rows.add(income(
                    "RETAINER",
                    "Monthly social content retainer",
                    retainer,
                    "RECEIVED",
                    day,
                    retainerClient,
                    owner,
                    now));
            received = received.add(retainer);
        }
        var extras = List.of(
                new Object[] {"OTHER", "Festival screening fee", "750.00", 200},
                new Object[] {"OTHER", "Camera package hired out to another studio", "1240.00", 120},
                new Object[] {"OTHER", "Stock footage licence sales", "386.40", 45});
        for (var extra : extras) {
            var amount = new BigDecimal((String) extra[2]);
            rows.add(income(
                    (String) extra[0],
                    (String) extra[1],
                    amount,
                    "RECEIVED",
                    today.minusDays((Integer) extra[3] + random.nextInt(10)),
                    null,
                    owner,
                    now));
            received = received.add(amount);
        }
        rows.add(income(
                "RETAINER",
                "Monthly social content retainer",
                retainer,
                "EXPECTED",
                today.plusMonths(1).withDayOfMonth(3),
                retainerClient,
                owner,
                now));
        jdbc.batchUpdate("""
                INSERT INTO accounting_income (id, source, description, amount, currency, status, expected_date,
                                               received_date, client_id, created_by, created_at, updated_at)
                VALUES (?, ?, ?, ?, 'EUR', ?, ?, ?, ?, ?, ?, ?)
                """, rows);
        return new IncomeTotals(rows.size(), received);
    }

    private Object[] income(
            String source,
            String description,
            BigDecimal amount,
            String status,
            LocalDate day,
            @Nullable UUID client,
            UUID owner,
            Instant now) {
        var expected = status.equals("EXPECTED");
        var recorded = clamp(at(day, 12), now);
        return new Object[] {
            UUID.randomUUID(),
            source,
            description,
            amount,
            status,
            expected ? Date.valueOf(day) : null,
            expected ? null : Date.valueOf(day),
            client,
            owner,
            expected ? Timestamp.from(now) : recorded,
            expected ? Timestamp.from(now) : recorded
        };
    }

    // Helpers -----------------------------------------------------------------------------------

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static Timestamp at(LocalDate day, int hour) {
        return Timestamp.from(day.atTime(hour, 0).atZone(BERLIN).toInstant());
    }

    private static Timestamp clamp(Timestamp at, Instant now) {
        return at.toInstant().isAfter(now) ? Timestamp.from(now) : at;
    }
}
