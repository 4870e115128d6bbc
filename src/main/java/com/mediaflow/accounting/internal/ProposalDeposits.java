package com.mediaflow.accounting.internal;

import com.mediaflow.contacts.ContactDirectory;
import com.mediaflow.proposals.AcceptedProposalLinked;
import com.mediaflow.shared.audit.AuditActor;
import com.mediaflow.shared.audit.AuditLog;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Drafts the deposit invoice of an accepted proposal that asks for one: a single line of {@code
 * deposit_percent} % of the accepted total (tax included, so the line carries no tax of its own),
 * for the client and project of the proposal. Once per proposal, however often the event comes.
 */
@Component
class ProposalDeposits {

    private final InvoiceRepository invoices;
    private final InvoiceFinder finder;
    private final ContactDirectory contacts;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    ProposalDeposits(
            InvoiceRepository invoices,
            InvoiceFinder finder,
            ContactDirectory contacts,
            AuditLog audit,
            JdbcClient jdbc,
            Clock clock) {
        this.invoices = invoices;
        this.finder = finder;
        this.contacts = contacts;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(AcceptedProposalLinked accepted) {
        var amount = accepted.depositAmount();
        if (amount == null || amount.signum() <= 0) {
            return;
        }
        var claimed = jdbc.sql("""
                        INSERT INTO accounting_proposal_deposits (proposal_id, proposal_number)
                        VALUES (:proposal, :number) ON CONFLICT DO NOTHING
                        """)
                .param("proposal", accepted.proposalId())
                .param("number", accepted.number())
                .update();
        if (claimed == 0) {
            return;
        }
        var client = contacts.find(accepted.clientId()).orElseThrow();
        var percent = accepted.depositPercent() == null
                ? ""
                : accepted.depositPercent().stripTrailingZeros().toPlainString() + " % ";
        var draft = new InvoiceDraft(
                client.id(),
                client.displayName(),
                client.email(),
                null,
                accepted.projectId(),
                accepted.currency(),
                null,
                "Deposit for proposal " + accepted.number(),
                null);
        var line = new LineItem(
                "Deposit " + percent + "of the accepted total "
                        + accepted.total().toPlainString() + " " + accepted.currency() + " (proposal "
                        + accepted.number() + ")",
                BigDecimal.ONE,
                amount,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                null);
        var invoice = Invoice.draft(draft, List.of(line), accepted.ownerId(), clock.instant());
        invoices.saveAndFlush(invoice);
        jdbc.sql("UPDATE accounting_proposal_deposits SET invoice_id = :invoice WHERE proposal_id = :proposal")
                .param("invoice", invoice.id())
                .param("proposal", accepted.proposalId())
                .update();
        audit.recordAs(AuditActor.system(), "invoice.created", "invoice", invoice.id(), null, finder.view(invoice));
    }
}
