package com.mediaflow.accounting.internal;

import com.mediaflow.accounting.InvoiceVoided;
import com.mediaflow.shared.audit.AuditLog;
import com.mediaflow.shared.security.CurrentUser;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Voids an issued invoice nothing was paid or credited on: it keeps its number (the series stays
 * gapless) but no longer asks for money, and the expenses it billed may be billed again.
 */
@Service
public class InvoiceVoiding {

    private final InvoiceFinder finder;
    private final InvoiceDrafts drafts;
    private final InvoiceRepository invoices;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InvoiceVoiding(
            InvoiceFinder finder,
            InvoiceDrafts drafts,
            InvoiceRepository invoices,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.finder = finder;
        this.drafts = drafts;
        this.invoices = invoices;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public InvoiceView voidInvoice(UUID id, String reason, CurrentUser actor) {
        var invoice = finder.changeable(id, actor);
        var before = finder.view(invoice);
        invoice.voidWith(reason, actor.id(), clock.instant());
        invoices.flush();
        drafts.releaseExpenses(invoice);
        var after = finder.view(invoice);
        audit.record("invoice.voided", "invoice", id, before, after);
        events.publishEvent(new InvoiceVoided(
                id, Objects.requireNonNull(invoice.number()), invoice.clientId(), invoice.projectId(), reason.strip()));
        return after;
    }
}
