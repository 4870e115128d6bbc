package com.mediaflow.accounting.internal;

import com.mediaflow.organization.OrganizationDirectory;
import com.mediaflow.shared.audit.AuditLog;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.web.InvalidInputException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Corrects issued invoices. A credit note names the invoice it credits, has lines of its own (or,
 * when none are given, repeats all of the invoice's lines, which is possible while nothing was paid
 * or credited on it), is issued at once in the organization's credit-note series, and reduces the
 * invoice's balance by its total; it can never credit more than the balance due.
 */
@Service
public class CreditNotes {

    private final InvoiceFinder finder;
    private final InvoiceIssuing issuing;
    private final OrganizationDirectory organization;
    private final AccountingCalendar calendar;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transactions;

    CreditNotes(
            InvoiceFinder finder,
            InvoiceIssuing issuing,
            OrganizationDirectory organization,
            AccountingCalendar calendar,
            AuditLog audit,
            Clock clock,
            TransactionTemplate transactions) {
        this.finder = finder;
        this.issuing = issuing;
        this.organization = organization;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** Issues the credit note in one transaction with the credit on the invoice, then archives its PDF. */
    public InvoiceView credit(UUID invoiceId, String reason, List<LineItem> items, CurrentUser actor) {
        var note = Objects.requireNonNull(transactions.execute(status -> issue(invoiceId, reason, items, actor)));
        issuing.archive(note.id());
        return note;
    }

    private InvoiceView issue(UUID invoiceId, String reason, List<LineItem> items, CurrentUser actor) {
        var original = finder.changeable(invoiceId, actor);
        var before = finder.view(original);
        var lines = items;
        if (lines.isEmpty()) {
            if (original.amountPaid().signum() != 0 || original.amountCredited().signum() != 0) {
                throw InvalidInputException.field(
                        "items", "are required to credit part of an invoice that was already paid or credited");
            }
            lines = original.lines().stream()
                    .map(line -> {
                        var item = line.item();
                        return new LineItem(
                                item.description(),
                                item.quantity(),
                                item.unitPrice(),
                                item.taxRate(),
                                item.discountPercent(),
                                null);
                    })
                    .toList();
        }
        var now = clock.instant();
        var note = Invoice.creditNoteFor(original, lines, reason, actor.id(), now);
        original.credit(note.totalMoney(), calendar.today(), now);
        issuing.issueNumbered(note, organization.current().creditNotePrefix(), actor);
        var view = finder.view(note);
        audit.record("credit_note.issued", "invoice", note.id(), null, view);
        audit.record("invoice.credited", "invoice", invoiceId, before, finder.view(original));
        return view;
    }
}
