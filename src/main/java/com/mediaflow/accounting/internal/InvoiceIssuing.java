package com.mediaflow.accounting.internal;

import com.mediaflow.accounting.InvoiceIssued;
import com.mediaflow.contacts.ContactActivityOccurred;
import com.mediaflow.organization.OrganizationDirectory;
import com.mediaflow.shared.audit.AuditLog;
import com.mediaflow.shared.security.CurrentUser;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues drafts: in one transaction the invoice takes the next number of the organization's
 * invoice series for the year of its issue date (see {@link InvoiceNumbers}) and becomes
 * immutable; nothing of it is kept if a step fails, and the number then goes to the next invoice
 * issued. Its PDF is rendered and archived right after.
 */
@Service
public class InvoiceIssuing {

    private static final Logger log = LoggerFactory.getLogger(InvoiceIssuing.class);

    private final InvoiceFinder finder;
    private final InvoiceRepository invoices;
    private final InvoiceNumbers numbers;
    private final InvoicePdfs pdfs;
    private final OrganizationDirectory organization;
    private final AccountingCalendar calendar;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;

    InvoiceIssuing(
            InvoiceFinder finder,
            InvoiceRepository invoices,
            InvoiceNumbers numbers,
            InvoicePdfs pdfs,
            OrganizationDirectory organization,
            AccountingCalendar calendar,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock,
            TransactionTemplate transactions) {
        this.finder = finder;
        this.invoices = invoices;
        this.numbers = numbers;
        this.pdfs = pdfs;
        this.organization = organization;
        this.calendar = calendar;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** Issues the draft in one transaction, then archives its PDF (see {@link #archive}). */
    public InvoiceView issue(UUID id, CurrentUser actor) {
        var view = Objects.requireNonNull(transactions.execute(status -> {
            var invoice = finder.changeable(id, actor);
            var before = finder.view(invoice);
            issueNumbered(invoice, organization.current().invoicePrefix(), actor);
            var after = finder.view(invoice);
            audit.record("invoice.issued", "invoice", id, before, after);
            return after;
        }));
        archive(id);
        return view;
    }

    /**
     * Renders and keeps the PDF of a document just issued, in a transaction of its own after the
     * issuing one: the numbering lock is held only as long as issuing takes, not while a PDF is laid
     * out. Should this fail, the first request for the PDF (or the first sending) archives it.
     */
    void archive(UUID id) {
        try {
            transactions.executeWithoutResult(status -> pdfs.archived(invoices.getReferenceById(id)));
        } catch (RuntimeException e) {
            log.warn("Could not archive the PDF of issued invoice {}; it is archived when first asked for", id, e);
        }
    }

    /** Numbers, issues and stores {@code document} (an invoice or a credit note) in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    void issueNumbered(Invoice document, String series, CurrentUser actor) {
        var today = calendar.today();
        var now = clock.instant();
        var terms = organization.current().paymentTermsDays();
        // Checked before a number is taken, so a draft that cannot be issued takes none.
        document.requireIssuable(today, terms);
        var number = numbers.next(series, today.getYear());
        document.issue(number, today, terms, actor.id(), now);
        invoices.saveAndFlush(document);
        events.publishEvent(new InvoiceIssued(
                document.id(),
                Objects.requireNonNull(document.number()),
                document.kind() == InvoiceKind.CREDIT_NOTE,
                document.creditNoteOf(),
                document.clientId(),
                document.projectId(),
                document.totalMoney().amount(),
                document.currencyCode(),
                Objects.requireNonNull(document.issueDate()),
                Objects.requireNonNull(document.dueDate())));
        var creditNote = document.kind() == InvoiceKind.CREDIT_NOTE;
        events.publishEvent(new ContactActivityOccurred(
                document.clientId(),
                creditNote ? "credit_note.issued" : "invoice.issued",
                (creditNote ? "Credit note " : "Invoice ") + document.number() + " issued for "
                        + InvoiceDocumentModel.amount(
                                document.totalMoney().amount(),
                                document.currency().getDefaultFractionDigits())
                        + " " + document.currencyCode(),
                actor.id(),
                "invoice",
                document.id(),
                now));
    }
}
