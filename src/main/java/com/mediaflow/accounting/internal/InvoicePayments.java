package com.mediaflow.accounting.internal;

import com.mediaflow.accounting.InvoicePaymentReceived;
import com.mediaflow.shared.audit.AuditLog;
import com.mediaflow.shared.money.Money;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.web.InvalidInputException;
import com.mediaflow.shared.web.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payments on invoices. Each payment updates the invoice's balance and status and makes exactly
 * one received income entry, in the same transaction; the invoice's version guards against two
 * payments together exceeding the balance. Retries are safe with an {@code Idempotency-Key}.
 */
@Service
public class InvoicePayments {

    private final InvoiceFinder finder;
    private final InvoiceRepository invoices;
    private final IncomeLedger income;
    private final AccountingCalendar calendar;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InvoicePayments(
            InvoiceFinder finder,
            InvoiceRepository invoices,
            IncomeLedger income,
            AccountingCalendar calendar,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.finder = finder;
        this.invoices = invoices;
        this.income = income;
        this.calendar = calendar;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<PaymentView> list(UUID invoiceId, CurrentUser viewer) {
        var invoice = finder.visible(invoiceId, viewer);
        return invoice.payments().stream()
                .map(payment -> PaymentView.of(payment, income.incomeOfPayment(payment.id())))
                .toList();
    }

    @Transactional(readOnly = true)
    public PaymentView get(UUID invoiceId, UUID paymentId, CurrentUser viewer) {
        var invoice = finder.visible(invoiceId, viewer);
        return invoice.payments().stream()
                .filter(payment -> payment.id().equals(paymentId))
                .findFirst()
                .map(payment -> PaymentView.of(payment, income.incomeOfPayment(payment.id())))
                .orElseThrow(() -> NotFoundException.of("Payment", paymentId));
    }

    @Transactional
    public PaymentView record(
            UUID invoiceId,
            BigDecimal amount,
            @Nullable LocalDate paidOn,
            PaymentMethod method,
            @Nullable String reference,
            CurrentUser actor) {
        var invoice = finder.changeable(invoiceId, actor);
        var money = Amounts.exact("amount", amount, invoice.currency());
        if (money.isNegative() || money.isZero()) {
            throw InvalidInputException.field("amount", "must be more than 0");
        }
        return pay(invoice, money, paidOn, method, reference, actor);
    }

    /** Records a payment of the whole balance due. */
    @Transactional
    public PaymentView markPaid(
            UUID invoiceId,
            @Nullable LocalDate paidOn,
            PaymentMethod method,
            @Nullable String reference,
            CurrentUser actor) {
        var invoice = finder.changeable(invoiceId, actor);
        return pay(invoice, invoice.balanceDue(), paidOn, method, reference, actor);
    }

    private PaymentView pay(
            Invoice invoice,
            Money amount,
            @Nullable LocalDate paidOn,
            PaymentMethod method,
            @Nullable String reference,
            CurrentUser actor) {
        var date = paidOn == null ? calendar.today() : paidOn;
        if (date.isAfter(calendar.today())) {
            throw InvalidInputException.field("date", "cannot be in the future");
        }
        if (invoice.issueDate() != null && date.isBefore(invoice.issueDate())) {
            throw InvalidInputException.field("date", "cannot be before the invoice was issued");
        }
        var before = finder.view(invoice);
        var payment = invoice.recordPayment(amount, date, method, reference, actor.id(), clock.instant());
        invoices.saveAndFlush(invoice);
        var incomeId = income.recordPayment(invoice, payment);
        var view = PaymentView.of(payment, incomeId);
        audit.record("invoice.payment_recorded", "invoice", invoice.id(), before, finder.view(invoice));
        events.publishEvent(new InvoicePaymentReceived(
                invoice.id(),
                payment.id(),
                Objects.requireNonNull(invoice.number()),
                invoice.clientId(),
                invoice.projectId(),
                view.amount(),
                invoice.balanceDue().amount(),
                invoice.currencyCode(),
                date));
        return view;
    }
}
