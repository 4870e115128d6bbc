package com.mediaflow.accounting.internal;

import com.mediaflow.accounting.InvoiceIssued;
import com.mediaflow.organization.OrganizationDirectory;
import com.mediaflow.shared.audit.AuditLog;
import com.mediaflow.shared.security.CurrentUser;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues drafts: in one transaction the invoice takes the next number of the organization's
 * invoice series for the year of its issue date (see {@link InvoiceNumbers}), becomes immutable,
 * and its PDF is rendered and archived. Nothing of it is kept if any step fails, and the number
 * then goes to the next invoice issued.
 */
@Service
public class InvoiceIssuing {

    private final InvoiceFinder finder;
    private final InvoiceRepository invoices;
    private final InvoiceNumbers numbers;
    private final InvoicePdfs pdfs;
    private final InvoiceDocuments archive;
    private final OrganizationDirectory organization;
    private final AccountingCalendar calendar;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InvoiceIssuing(
            InvoiceFinder finder,
            InvoiceRepository invoices,
            InvoiceNumbers numbers,
            InvoicePdfs pdfs,
            InvoiceDocuments archive,
            OrganizationDirectory organization,
            AccountingCalendar calendar,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.finder = finder;
        this.invoices = invoices;
        this.numbers = numbers;
        this.pdfs = pdfs;
        this.archive = archive;
        this.organization = organization;
        this.calendar = calendar;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public InvoiceView issue(UUID id, CurrentUser actor) {
        var invoice = finder.changeable(id, actor);
        var before = finder.view(invoice);
        issueAndArchive(invoice, organization.current().invoicePrefix(), actor);
        var after = finder.view(invoice);
        audit.record("invoice.issued", "invoice", id, before, after);
        return after;
    }

    /** Numbers, issues, stores and archives {@code document} (an invoice or a credit note) in the caller's transaction. */
    void issueAndArchive(Invoice document, String series, CurrentUser actor) {
        var today = calendar.today();
        var now = clock.instant();
        var terms = organization.current().paymentTermsDays();
        // Checked before a number is taken, so a draft that cannot be issued takes none.
        document.requireIssuable(today, terms);
        var number = numbers.next(series, today.getYear());
        document.issue(number, today, terms, actor.id(), now);
        invoices.saveAndFlush(document);
        archive.archive(document.id(), pdfs.render(document, InvoicePdfs.issuedMark(document)), now);
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
    }
}
