package com.mediaflow.accounting.internal;

import com.mediaflow.accounting.AccountingProperties;
import com.mediaflow.contacts.ContactDirectory;
import com.mediaflow.notifications.EmailAttachment;
import com.mediaflow.notifications.MailModels;
import com.mediaflow.notifications.MailRecipient;
import com.mediaflow.notifications.MailTemplate;
import com.mediaflow.notifications.Mailer;
import com.mediaflow.organization.OrganizationDirectory;
import com.mediaflow.shared.audit.AuditActor;
import com.mediaflow.shared.audit.AuditLog;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds clients of overdue invoices, on one instance at a time (ShedLock). An open invoice with a
 * balance gets its first reminder {@code first-after} its due date and another at most every
 * {@code interval}, e-mailed (with its PDF) to where it was sent, or else to the client's address.
 * Each invoice is reminded in a transaction of its own, so one failure does not hold up the rest.
 */
@Component
class OverdueReminders {

    private static final Logger log = LoggerFactory.getLogger(OverdueReminders.class);

    private final InvoiceRepository invoices;
    private final InvoicePdfs pdfs;
    private final ContactDirectory contacts;
    private final OrganizationDirectory organization;
    private final Mailer mailer;
    private final AccountingProperties properties;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OverdueReminders(
            InvoiceRepository invoices,
            InvoicePdfs pdfs,
            ContactDirectory contacts,
            OrganizationDirectory organization,
            Mailer mailer,
            AccountingProperties properties,
            AuditLog audit,
            TransactionTemplate transactions,
            Clock clock) {
        this.invoices = invoices;
        this.pdfs = pdfs;
        this.contacts = contacts;
        this.organization = organization;
        this.mailer = mailer;
        this.properties = properties;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "${mediaflow.accounting.reminders.cron:0 0 8 * * *}")
    @SchedulerLock(name = "accounting.overdue-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void run() {
        if (properties.reminders().enabled()) {
            remindAt(clock.instant());
        }
    }

    /** Sends the reminders that are due at {@code now}; how many were sent. */
    int remindAt(Instant now) {
        var today = LocalDate.ofInstant(now, ZoneId.of(organization.current().timezone()));
        var firstAfterDays = properties.reminders().firstAfter().toDays();
        int sent = 0;
        for (var id : invoices.openAndPastDue(today)) {
            try {
                if (Boolean.TRUE.equals(transactions.execute(status -> remind(id, today, firstAfterDays, now)))) {
                    sent++;
                }
            } catch (RuntimeException e) {
                log.error("Could not remind the client of overdue invoice {}", id, e);
            }
        }
        return sent;
    }

    private boolean remind(UUID id, LocalDate today, long firstAfterDays, Instant now) {
        var invoice = invoices.findById(id).orElse(null);
        if (invoice == null || !invoice.isOverdue(today) || invoice.dueDate() == null) {
            return false;
        }
        if (invoice.dueDate().plusDays(firstAfterDays).isAfter(today)) {
            return false;
        }
        var last = invoice.lastReminderAt();
        if (last != null && last.plus(properties.reminders().interval()).isAfter(now)) {
            return false;
        }
        var recipient = invoice.sentTo() != null
                ? invoice.sentTo()
                : contacts.find(invoice.clientId())
                        .map(contact -> contact.email())
                        .orElse(invoice.clientEmail());
        if (recipient == null || recipient.isBlank()) {
            return false;
        }
        var number = Objects.requireNonNull(invoice.number());
        mailer.send(
                MailTemplate.INVOICE_OVERDUE,
                MailRecipient.address(recipient),
                new MailModels.InvoiceOverdue(
                        invoice.clientName(),
                        number,
                        invoice.balanceDue().amount(),
                        invoice.currencyCode(),
                        invoice.dueDate(),
                        (int) invoice.daysOverdue(today),
                        properties.invoiceLink(id)),
                java.util.List.of(EmailAttachment.pdf(number + ".pdf", pdfs.archived(invoice))));
        invoice.recordReminder(now);
        audit.recordAs(
                AuditActor.system(),
                "invoice.reminder_sent",
                "invoice",
                id,
                null,
                java.util.Map.of("sent_to", recipient, "days_overdue", invoice.daysOverdue(today)));
        return true;
    }
}
