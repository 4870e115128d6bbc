package com.mediaflow.accounting.internal;

import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.web.NotFoundException;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Loads invoices for a member, answering 404 for one they may not see, and shows them. */
@Component
class InvoiceFinder {

    private final InvoiceRepository invoices;
    private final AccountingAccess access;
    private final AccountingCalendar calendar;

    InvoiceFinder(InvoiceRepository invoices, AccountingAccess access, AccountingCalendar calendar) {
        this.invoices = invoices;
        this.access = access;
        this.calendar = calendar;
    }

    /** An invoice the caller may see (those who may view financials, producers for their projects). */
    Invoice visible(UUID id, CurrentUser viewer) {
        access.requireFinancials(viewer);
        var invoice = invoices.findById(id).orElseThrow(() -> NotFoundException.of("Invoice", id));
        if (!access.canSeeMoneyOf(viewer, invoice.projectId())) {
            throw NotFoundException.of("Invoice", id);
        }
        return invoice;
    }

    /** An invoice the caller may change (those who may view financials). */
    Invoice changeable(UUID id, CurrentUser actor) {
        access.requireBookkeeper(actor);
        return visible(id, actor);
    }

    InvoiceView view(Invoice invoice) {
        var creditNotes = invoice.kind() == InvoiceKind.INVOICE && invoice.status() != InvoiceStatus.DRAFT
                ? invoices.creditNotesOf(invoice.id())
                : java.util.List.<Invoice>of();
        return InvoiceView.of(invoice, creditNotes, calendar.today());
    }
}
