package com.mediaflow.accounting.internal;

import com.mediaflow.shared.money.Money;
import com.mediaflow.shared.web.InvalidStateException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An invoice or a credit note. A draft has no number and may be changed or deleted. Issuing gives
 * it the next number of its series and year and makes it immutable: from then on only its delivery
 * and settlement change (sent, paid, credited, voided). Corrections are credit notes, which are
 * issued at once and reduce the balance of the invoice they credit. Totals are computed here from
 * the lines (see {@link LineAmounts}) and never taken from a client.
 */
@Entity
@Table(name = "accounting_invoices")
class Invoice {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private InvoiceKind kind;

    private @Nullable String number;

    @Column(name = "number_series")
    private @Nullable String numberSeries;

    @Column(name = "number_year")
    private @Nullable Integer numberYear;

    @Column(name = "number_sequence")
    private @Nullable Integer numberSequence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InvoiceStatus status;

    @Column(name = "client_id", nullable = false)
    private UUID clientId;

    @Column(name = "client_name", nullable = false)
    private String clientName;

    @Column(name = "client_email")
    private @Nullable String clientEmail;

    @Column(name = "billing_address")
    private @Nullable String billingAddress;

    @Column(name = "project_id")
    private @Nullable UUID projectId;

    @Column(nullable = false)
    private String currency;

    @Column(name = "issue_date")
    private @Nullable LocalDate issueDate;

    @Column(name = "due_date")
    private @Nullable LocalDate dueDate;

    private @Nullable String notes;

    private @Nullable String terms;

    @Column(name = "credit_note_of", updatable = false)
    private @Nullable UUID creditNoteOf;

    @Column(name = "credit_reason", updatable = false)
    private @Nullable String creditReason;

    @Column(name = "gross_total", nullable = false)
    private BigDecimal grossTotal;

    @Column(name = "discount_total", nullable = false)
    private BigDecimal discountTotal;

    @Column(nullable = false)
    private BigDecimal subtotal;

    @Column(name = "tax_total", nullable = false)
    private BigDecimal taxTotal;

    @Column(nullable = false)
    private BigDecimal total;

    @Column(name = "amount_paid", nullable = false)
    private BigDecimal amountPaid;

    @Column(name = "amount_credited", nullable = false)
    private BigDecimal amountCredited;

    @Column(name = "issued_by")
    private @Nullable UUID issuedBy;

    @Column(name = "issued_at")
    private @Nullable Instant issuedAt;

    @Column(name = "sent_at")
    private @Nullable Instant sentAt;

    @Column(name = "sent_to")
    private @Nullable String sentTo;

    @Column(name = "sent_count", nullable = false)
    private int sentCount;

    @Column(name = "settled_on")
    private @Nullable LocalDate settledOn;

    @Column(name = "voided_by")
    private @Nullable UUID voidedBy;

    @Column(name = "voided_at")
    private @Nullable Instant voidedAt;

    @Column(name = "void_reason")
    private @Nullable String voidReason;

    @Column(name = "last_reminder_at")
    private @Nullable Instant lastReminderAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private UUID createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "invoice", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<InvoiceLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "invoice", cascade = CascadeType.ALL)
    @OrderBy("paidOn, recordedAt")
    private List<InvoicePayment> payments = new ArrayList<>();

    @SuppressWarnings("NullAway.Init")
    protected Invoice() {}

    private Invoice(InvoiceKind kind, InvoiceDraft draft, UUID createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.status = InvoiceStatus.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.amountPaid = BigDecimal.ZERO;
        this.amountCredited = BigDecimal.ZERO;
        applyHeading(draft, now);
    }

    static Invoice draft(InvoiceDraft draft, List<LineItem> items, UUID createdBy, Instant now) {
        var invoice = new Invoice(InvoiceKind.INVOICE, draft, createdBy, now);
        invoice.replaceLines(items);
        return invoice;
    }

    /**
     * A credit note against {@code original}, not yet numbered: the caller issues it at once, in the
     * same transaction as {@link #credit} on the original.
     */
    static Invoice creditNoteFor(Invoice original, List<LineItem> items, String reason, UUID createdBy, Instant now) {
        var heading = new InvoiceDraft(
                original.clientId,
                original.clientName,
                original.clientEmail,
                original.billingAddress,
                original.projectId,
                original.currency,
                null,
                null,
                null);
        var note = new Invoice(InvoiceKind.CREDIT_NOTE, heading, createdBy, now);
        note.creditNoteOf = original.id;
        note.creditReason = reason.strip();
        note.replaceLines(items);
        return note;
    }

    /** Changes a draft: its heading and all of its lines. */
    void revise(InvoiceDraft draft, List<LineItem> items, Instant now) {
        requireDraft("changed");
        applyHeading(draft, now);
        replaceLines(items);
    }

    void requireDeletable() {
        requireDraft("deleted");
    }

    /**
     * Makes the draft a binding document with {@code number}. The due date defaults to the issue
     * date plus the studio's payment terms; a credit note is due at once.
     */
    void issue(InvoiceNumber assigned, LocalDate on, int paymentTermsDays, UUID actor, Instant now) {
        var due = requireIssuable(on, paymentTermsDays);
        this.number = assigned.formatted();
        this.numberSeries = assigned.series();
        this.numberYear = assigned.year();
        this.numberSequence = assigned.sequence();
        this.issueDate = on;
        this.dueDate = due;
        this.issuedBy = actor;
        this.issuedAt = now;
        this.status = InvoiceStatus.ISSUED;
        this.updatedAt = now;
    }

    /**
     * Checks that this draft can be issued on {@code on}, before a number is taken for it, and
     * returns the due date it would get.
     */
    LocalDate requireIssuable(LocalDate on, int paymentTermsDays) {
        requireDraft("issued");
        if (lines.isEmpty()) {
            throw InvalidStateException.because("An invoice needs at least one line to be issued");
        }
        var due = kind == InvoiceKind.CREDIT_NOTE ? on : (dueDate != null ? dueDate : on.plusDays(paymentTermsDays));
        if (due.isBefore(on)) {
            throw InvalidStateException.because(
                    "The due date " + due + " is before the issue date " + on + "; change it on the draft first",
                    Map.of("due_date", due.toString(), "issue_date", on.toString()));
        }
        return due;
    }

    /** The invoice was e-mailed to {@code recipient}; an issued one is now {@code sent}. */
    void markSent(String recipient, Instant now) {
        if (status == InvoiceStatus.DRAFT || status == InvoiceStatus.VOID) {
            throw InvalidStateException.because(
                    "A " + status.value() + " invoice cannot be sent; issue it first",
                    Map.of("status", status.value()));
        }
        if (status == InvoiceStatus.ISSUED) {
            status = InvoiceStatus.SENT;
        }
        this.sentAt = now;
        this.sentTo = recipient;
        this.sentCount++;
        this.updatedAt = now;
    }

    /**
     * Records money the client paid. It must be more than zero and no more than the balance due
     * (an over-payment is refused, not kept as credit).
     */
    InvoicePayment recordPayment(
            Money amount, LocalDate paidOn, PaymentMethod method, @Nullable String reference, UUID actor, Instant now) {
        requireKind(InvoiceKind.INVOICE, "take payments");
        requireOpen("paid");
        if (amount.isNegative() || amount.isZero()) {
            throw new IllegalArgumentException("A payment is more than zero");
        }
        var balance = balanceDue();
        if (amount.compareTo(balance) > 0) {
            throw InvalidStateException.because(
                    "The payment of " + amount + " is more than the balance due of " + balance,
                    Map.of("balance_due", balance.amount()));
        }
        var payment = new InvoicePayment(this, amount.amount(), paidOn, method, reference, actor, now);
        payments.add(payment);
        amountPaid = money(amountPaid).plus(amount).amount();
        settle(paidOn, now);
        return payment;
    }

    /** A credit note of {@code amount} was issued against this invoice. */
    void credit(Money amount, LocalDate on, Instant now) {
        requireKind(InvoiceKind.INVOICE, "be credited");
        requireOpen("credited");
        var balance = balanceDue();
        if (amount.isZero() || amount.compareTo(balance) > 0) {
            throw InvalidStateException.because(
                    "A credit note must be more than zero and at most the balance due of " + balance + " (it is "
                            + amount + ")",
                    Map.of("balance_due", balance.amount()));
        }
        amountCredited = money(amountCredited).plus(amount).amount();
        settle(on, now);
    }

    /** Voids an issued invoice that nothing was paid or credited on. It keeps its number. */
    void voidWith(String reason, UUID actor, Instant now) {
        requireKind(InvoiceKind.INVOICE, "be voided");
        if (!(status == InvoiceStatus.ISSUED || status == InvoiceStatus.SENT)) {
            throw InvalidStateException.because(
                    "Only an issued or sent invoice without payments can be voided (this one is " + status.value()
                            + "); a draft is deleted instead, and a paid one corrected by a credit note",
                    Map.of("status", status.value()));
        }
        if (money(amountCredited).compareTo(Money.zero(currency())) > 0) {
            throw InvalidStateException.because("An invoice with credit notes cannot be voided");
        }
        this.status = InvoiceStatus.VOID;
        this.voidedBy = actor;
        this.voidedAt = now;
        this.voidReason = reason.strip();
        this.updatedAt = now;
    }

    void recordReminder(Instant now) {
        this.lastReminderAt = now;
    }

    Money balanceDue() {
        if (kind == InvoiceKind.CREDIT_NOTE || status == InvoiceStatus.VOID || status == InvoiceStatus.DRAFT) {
            return Money.zero(currency());
        }
        return money(total).minus(money(amountPaid)).minus(money(amountCredited));
    }

    /** Past its due date with money still owed, measured against the studio's {@code today}. */
    boolean isOverdue(LocalDate today) {
        return status.isOpen()
                && dueDate != null
                && dueDate.isBefore(today)
                && !balanceDue().isZero();
    }

    long daysOverdue(LocalDate today) {
        return isOverdue(today) && dueDate != null ? ChronoUnit.DAYS.between(dueDate, today) : 0;
    }

    Currency currency() {
        return Money.currency(currency);
    }

    Money totalMoney() {
        return money(total);
    }

    private void settle(LocalDate on, Instant now) {
        if (balanceDue().isZero()) {
            status = money(amountPaid).isZero() ? InvoiceStatus.CREDITED : InvoiceStatus.PAID;
            settledOn = on;
        } else if (!money(amountPaid).isZero()) {
            status = InvoiceStatus.PARTIALLY_PAID;
        }
        updatedAt = now;
    }

    private void applyHeading(InvoiceDraft draft, Instant now) {
        this.clientId = draft.clientId();
        this.clientName = draft.clientName();
        this.clientEmail = draft.clientEmail();
        this.billingAddress = blankToNull(draft.billingAddress());
        this.projectId = draft.projectId();
        this.currency = Money.currency(draft.currency()).getCurrencyCode();
        this.dueDate = draft.dueDate();
        this.notes = blankToNull(draft.notes());
        this.terms = blankToNull(draft.terms());
        this.updatedAt = now;
    }

    private void replaceLines(List<LineItem> items) {
        lines.clear();
        var currency = currency();
        var gross = Money.zero(currency);
        var discount = Money.zero(currency);
        var net = Money.zero(currency);
        var tax = Money.zero(currency);
        int position = 1;
        for (var item : items) {
            var line = new InvoiceLine(this, position++, item, currency);
            lines.add(line);
            gross = gross.plus(money(line.grossAmount()));
            discount = discount.plus(money(line.discountAmount()));
            net = net.plus(money(line.netAmount()));
            tax = tax.plus(money(line.taxAmount()));
        }
        this.grossTotal = gross.amount();
        this.discountTotal = discount.amount();
        this.subtotal = net.amount();
        this.taxTotal = tax.amount();
        this.total = net.plus(tax).amount();
    }

    private Money money(BigDecimal amount) {
        return new Money(amount, currency());
    }

    private void requireDraft(String what) {
        if (status != InvoiceStatus.DRAFT) {
            throw InvalidStateException.because(
                    "Invoice " + number + " is " + status.value() + " and cannot be " + what
                            + "; an issued invoice is corrected with a credit note",
                    Map.of("status", status.value()));
        }
    }

    private void requireOpen(String what) {
        if (!status.isOpen()) {
            throw InvalidStateException.because(
                    "A " + status.value() + " invoice cannot be " + what + "; only an issued, sent or partially"
                            + " paid one can",
                    Map.of("status", status.value()));
        }
    }

    private void requireKind(InvoiceKind required, String what) {
        if (kind != required) {
            throw InvalidStateException.because(
                    "A " + kind.value().replace('_', ' ') + " cannot " + what, Map.of("kind", kind.value()));
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    UUID id() {
        return id;
    }

    InvoiceKind kind() {
        return kind;
    }

    @Nullable
    String number() {
        return number;
    }

    InvoiceStatus status() {
        return status;
    }

    UUID clientId() {
        return clientId;
    }

    String clientName() {
        return clientName;
    }

    @Nullable
    String clientEmail() {
        return clientEmail;
    }

    @Nullable
    String billingAddress() {
        return billingAddress;
    }

    @Nullable
    UUID projectId() {
        return projectId;
    }

    String currencyCode() {
        return currency;
    }

    @Nullable
    LocalDate issueDate() {
        return issueDate;
    }

    @Nullable
    LocalDate dueDate() {
        return dueDate;
    }

    @Nullable
    String notes() {
        return notes;
    }

    @Nullable
    String terms() {
        return terms;
    }

    @Nullable
    UUID creditNoteOf() {
        return creditNoteOf;
    }

    @Nullable
    String creditReason() {
        return creditReason;
    }

    BigDecimal grossTotal() {
        return grossTotal;
    }

    BigDecimal discountTotal() {
        return discountTotal;
    }

    BigDecimal subtotal() {
        return subtotal;
    }

    BigDecimal taxTotal() {
        return taxTotal;
    }

    BigDecimal total() {
        return total;
    }

    BigDecimal amountPaid() {
        return amountPaid;
    }

    BigDecimal amountCredited() {
        return amountCredited;
    }

    @Nullable
    UUID issuedBy() {
        return issuedBy;
    }

    @Nullable
    Instant issuedAt() {
        return issuedAt;
    }

    @Nullable
    Instant sentAt() {
        return sentAt;
    }

    @Nullable
    String sentTo() {
        return sentTo;
    }

    int sentCount() {
        return sentCount;
    }

    @Nullable
    LocalDate settledOn() {
        return settledOn;
    }

    @Nullable
    Instant voidedAt() {
        return voidedAt;
    }

    @Nullable
    String voidReason() {
        return voidReason;
    }

    @Nullable
    Instant lastReminderAt() {
        return lastReminderAt;
    }

    UUID createdBy() {
        return createdBy;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    long version() {
        return version;
    }

    List<InvoiceLine> lines() {
        return List.copyOf(lines);
    }

    List<InvoicePayment> payments() {
        return List.copyOf(payments);
    }
}
