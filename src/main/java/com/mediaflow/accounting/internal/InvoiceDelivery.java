package com.mediaflow.accounting.internal;

import com.mediaflow.accounting.AccountingProperties;
import com.mediaflow.accounting.InvoiceSent;
import com.mediaflow.contacts.ContactActivityOccurred;
import com.mediaflow.contacts.ContactDirectory;
import com.mediaflow.notifications.EmailAttachment;
import com.mediaflow.notifications.EmailMessage;
import com.mediaflow.notifications.MailModels;
import com.mediaflow.notifications.MailRecipient;
import com.mediaflow.notifications.MailTemplate;
import com.mediaflow.notifications.Mailer;
import com.mediaflow.organization.OrganizationDirectory;
import com.mediaflow.shared.audit.AuditLog;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.web.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * E-mails an issued invoice or credit note to the client (the contact's e-mail, or another
 * address given for this sending) with the archived PDF attached and a link to it in the front
 * end. The mail leaves after the transaction commits; the invoice becomes {@code sent} and an
 * {@link InvoiceSent} event lets the client's timeline show it.
 */
@Service
public class InvoiceDelivery {

    private final InvoiceFinder finder;
    private final InvoiceRepository invoices;
    private final InvoicePdfs pdfs;
    private final ContactDirectory contacts;
    private final OrganizationDirectory organization;
    private final Mailer mailer;
    private final AccountingProperties properties;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InvoiceDelivery(
            InvoiceFinder finder,
            InvoiceRepository invoices,
            InvoicePdfs pdfs,
            ContactDirectory contacts,
            OrganizationDirectory organization,
            Mailer mailer,
            AccountingProperties properties,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.finder = finder;
        this.invoices = invoices;
        this.pdfs = pdfs;
        this.contacts = contacts;
        this.organization = organization;
        this.mailer = mailer;
        this.properties = properties;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The outcome of a sending. */
    public record Sent(boolean success, Instant sentAt, String sentTo, String viewUrl, InvoiceView invoice) {}

    @Transactional
    public Sent send(UUID id, @Nullable String recipientEmail, @Nullable String message, CurrentUser actor) {
        var invoice = finder.changeable(id, actor);
        var recipient = recipientEmail != null
                ? recipientEmail.strip()
                : contacts.find(invoice.clientId())
                        .map(contact -> contact.email())
                        .orElse(invoice.clientEmail());
        if (recipient == null || recipient.isBlank()) {
            throw InvalidInputException.field(
                    "recipient_email", "is required because the client has no e-mail address on file");
        }
        var before = finder.view(invoice);
        var now = clock.instant();
        invoice.markSent(recipient, now);
        invoices.flush();
        var number = Objects.requireNonNull(invoice.number());
        var link = properties.invoiceLink(id);
        var pdf = EmailAttachment.pdf(number + ".pdf", pdfs.archived(invoice));
        if (invoice.kind() == InvoiceKind.INVOICE) {
            mailer.send(
                    MailTemplate.INVOICE_SENT,
                    MailRecipient.address(recipient),
                    new MailModels.InvoiceSent(
                            invoice.clientName(),
                            number,
                            invoice.balanceDue().amount(),
                            invoice.currencyCode(),
                            Objects.requireNonNull(invoice.dueDate()),
                            message == null || message.isBlank() ? null : message.strip(),
                            link),
                    List.of(pdf));
        } else {
            mailer.send(creditNoteMail(invoice, number, recipient, message, link, pdf));
        }
        var after = finder.view(invoice);
        audit.record("invoice.sent", "invoice", id, before, after);
        events.publishEvent(
                new InvoiceSent(id, number, invoice.clientId(), invoice.projectId(), recipient, actor.id(), now));
        var kind = invoice.kind() == InvoiceKind.INVOICE ? "invoice" : "credit_note";
        events.publishEvent(new ContactActivityOccurred(
                invoice.clientId(),
                kind + ".sent",
                (invoice.kind() == InvoiceKind.INVOICE ? "Invoice " : "Credit note ") + number + " sent to "
                        + recipient,
                actor.id(),
                "invoice",
                id,
                now));
        return new Sent(true, now, recipient, link, after);
    }

    /** Credit notes have no template of their own: a short letter with the PDF attached. */
    private EmailMessage creditNoteMail(
            Invoice note, String number, String recipient, @Nullable String message, String link, EmailAttachment pdf) {
        var studio = organization.current().name();
        var amount = InvoiceDocumentModel.amount(
                        note.totalMoney().amount(), note.currency().getDefaultFractionDigits())
                + " " + note.currencyCode();
        var summary = "Please find attached credit note " + number + " of " + amount + ".";
        var personal = message == null || message.isBlank() ? null : message.strip();
        var text = "Dear " + note.clientName() + ",\n\n" + (personal == null ? "" : personal + "\n\n") + summary
                + "\n\nYou can also view it online:\n" + link + "\n\nKind regards,\n" + studio + "\n";
        var html = "<p>Dear " + HtmlUtils.htmlEscape(note.clientName()) + ",</p>"
                + (personal == null
                        ? ""
                        : "<p style=\"white-space: pre-line\">" + HtmlUtils.htmlEscape(personal) + "</p>")
                + "<p>" + HtmlUtils.htmlEscape(summary) + "</p>"
                + "<p><a href=\"" + HtmlUtils.htmlEscape(link) + "\">View credit note " + number + " online</a></p>"
                + "<p>Kind regards,<br/>" + HtmlUtils.htmlEscape(studio) + "</p>";
        return new EmailMessage(recipient, "Credit note " + number + " from " + studio, text, html, List.of(pdf));
    }
}
