package com.mediaflow.notifications;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The data each {@link MailTemplate} is rendered with: one record per template. In a template a
 * component is a variable of the same name ({@code {{taskTitle}}}); every template can also use
 * {@code studio.name}, {@code studio.brandColor}, {@code studio.addressLines}, {@code studio.email},
 * {@code studio.phone}, {@code studio.website} (the studio's settings), {@code recipient} (the address
 * the mail goes to) and, for kinds a member can switch off, {@code preferencesUrl}. Helpers:
 * {@code {{date d}}} and {@code {{dateTime t}}} (in the studio's time zone) and
 * {@code {{money amount currency}}}.
 *
 * <p>Links must be absolute {@code http(s)} addresses; every value is HTML-escaped in the HTML part.
 */
public final class MailModels {

    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s\"'<>\\\\]{1,2000}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private MailModels() {}

    /**
     * {@link MailTemplate#INVITATION}: someone is asked to join the studio.
     *
     * @param inviterName who invited them
     * @param role the role they will have, e.g. {@code producer}
     * @param message a personal note from the inviter, or {@code null}
     * @param acceptUrl the front-end page that accepts the invitation
     * @param token the invitation token, for API clients
     * @param expiresAt when the link stops working
     */
    public record Invitation(
            String inviterName,
            String role,
            @Nullable String message,
            String acceptUrl,
            String token,
            Instant expiresAt) {
        public Invitation {
            text(inviterName, "inviterName");
            text(role, "role");
            link(acceptUrl, "acceptUrl");
            text(token, "token");
        }
    }

    /**
     * {@link MailTemplate#PASSWORD_RESET}: a member asked to reset a forgotten password.
     *
     * @param memberName the member's name
     * @param resetUrl the front-end page where the new password is chosen
     * @param token the reset token, for API clients
     * @param validMinutes how long the link works, in minutes
     */
    public record PasswordReset(String memberName, String resetUrl, String token, long validMinutes) {
        public PasswordReset {
            text(memberName, "memberName");
            link(resetUrl, "resetUrl");
            text(token, "token");
            if (validMinutes < 1) {
                throw new IllegalArgumentException("validMinutes must be 1 or more");
            }
        }
    }

    /**
     * {@link MailTemplate#TASK_ASSIGNED}: a task was given to a member.
     *
     * @param assigneeName the member who now has the task
     * @param taskTitle the task's title
     * @param projectName the production it belongs to, or {@code null}
     * @param assignedByName who assigned it
     * @param dueDate when it is due, or {@code null}
     * @param taskUrl the task's page in the front end
     */
    public record TaskAssigned(
            String assigneeName,
            String taskTitle,
            @Nullable String projectName,
            String assignedByName,
            @Nullable LocalDate dueDate,
            String taskUrl) {
        public TaskAssigned {
            text(assigneeName, "assigneeName");
            text(taskTitle, "taskTitle");
            text(assignedByName, "assignedByName");
            link(taskUrl, "taskUrl");
        }
    }

    /**
     * {@link MailTemplate#PROPOSAL_SENT}: a proposal goes to a client, with the link to read, accept or
     * sign it.
     *
     * @param recipientName the client's contact person
     * @param proposalNumber e.g. {@code PROP-2026-0001}
     * @param proposalTitle the proposal's title
     * @param senderName the member who sent it
     * @param message a personal note, or {@code null}
     * @param validUntil the last day it can be accepted, or {@code null}
     * @param publicUrl the public page of the proposal
     */
    public record ProposalSent(
            String recipientName,
            String proposalNumber,
            String proposalTitle,
            String senderName,
            @Nullable String message,
            @Nullable LocalDate validUntil,
            String publicUrl) {
        public ProposalSent {
            text(recipientName, "recipientName");
            text(proposalNumber, "proposalNumber");
            text(proposalTitle, "proposalTitle");
            text(senderName, "senderName");
            link(publicUrl, "publicUrl");
        }
    }

    /**
     * {@link MailTemplate#PROPOSAL_VIEWED}: the client opened a proposal for the first time.
     *
     * @param ownerName the member responsible for the proposal
     * @param proposalNumber e.g. {@code PROP-2026-0001}
     * @param proposalTitle the proposal's title
     * @param clientName the client
     * @param viewedAt when it was first opened
     * @param proposalUrl the proposal's page in the front end
     */
    public record ProposalViewed(
            String ownerName,
            String proposalNumber,
            String proposalTitle,
            String clientName,
            Instant viewedAt,
            String proposalUrl) {
        public ProposalViewed {
            text(ownerName, "ownerName");
            text(proposalNumber, "proposalNumber");
            text(proposalTitle, "proposalTitle");
            text(clientName, "clientName");
            link(proposalUrl, "proposalUrl");
        }
    }

    /**
     * {@link MailTemplate#PROPOSAL_ACCEPTED}: the client accepted a proposal.
     *
     * @param ownerName the member responsible for the proposal
     * @param proposalNumber e.g. {@code PROP-2026-0001}
     * @param proposalTitle the proposal's title
     * @param clientName the client
     * @param acceptedAt when it was accepted
     * @param total the accepted total
     * @param currency its ISO 4217 code
     * @param proposalUrl the proposal's page in the front end
     */
    public record ProposalAccepted(
            String ownerName,
            String proposalNumber,
            String proposalTitle,
            String clientName,
            Instant acceptedAt,
            BigDecimal total,
            String currency,
            String proposalUrl) {
        public ProposalAccepted {
            text(ownerName, "ownerName");
            text(proposalNumber, "proposalNumber");
            text(proposalTitle, "proposalTitle");
            text(clientName, "clientName");
            currencyCode(currency);
            link(proposalUrl, "proposalUrl");
        }
    }

    /**
     * {@link MailTemplate#PROPOSAL_REJECTED}: the client turned a proposal down.
     *
     * @param ownerName the member responsible for the proposal
     * @param proposalNumber e.g. {@code PROP-2026-0001}
     * @param proposalTitle the proposal's title
     * @param clientName the client
     * @param reason the client's reason, or {@code null}
     * @param rejectedAt when it was rejected
     * @param proposalUrl the proposal's page in the front end
     */
    public record ProposalRejected(
            String ownerName,
            String proposalNumber,
            String proposalTitle,
            String clientName,
            @Nullable String reason,
            Instant rejectedAt,
            String proposalUrl) {
        public ProposalRejected {
            text(ownerName, "ownerName");
            text(proposalNumber, "proposalNumber");
            text(proposalTitle, "proposalTitle");
            text(clientName, "clientName");
            link(proposalUrl, "proposalUrl");
        }
    }

    /**
     * {@link MailTemplate#PROPOSAL_SIGNED}: the client signed a proposal.
     *
     * @param ownerName the member responsible for the proposal
     * @param proposalNumber e.g. {@code PROP-2026-0001}
     * @param proposalTitle the proposal's title
     * @param signerName who signed
     * @param signerEmail the signer's e-mail address
     * @param signedAt when it was signed
     * @param proposalUrl the proposal's page in the front end
     */
    public record ProposalSigned(
            String ownerName,
            String proposalNumber,
            String proposalTitle,
            String signerName,
            String signerEmail,
            Instant signedAt,
            String proposalUrl) {
        public ProposalSigned {
            text(ownerName, "ownerName");
            text(proposalNumber, "proposalNumber");
            text(proposalTitle, "proposalTitle");
            text(signerName, "signerName");
            text(signerEmail, "signerEmail");
            link(proposalUrl, "proposalUrl");
        }
    }

    /**
     * {@link MailTemplate#INVOICE_SENT}: an invoice goes to a client, its PDF attached.
     *
     * @param recipientName the client's contact person
     * @param invoiceNumber e.g. {@code INV-2026-0001}
     * @param total the amount due
     * @param currency its ISO 4217 code
     * @param dueDate the day payment is due
     * @param message a personal note, or {@code null}
     * @param viewUrl where the invoice can be viewed online
     */
    public record InvoiceSent(
            String recipientName,
            String invoiceNumber,
            BigDecimal total,
            String currency,
            LocalDate dueDate,
            @Nullable String message,
            String viewUrl) {
        public InvoiceSent {
            text(recipientName, "recipientName");
            text(invoiceNumber, "invoiceNumber");
            currencyCode(currency);
            link(viewUrl, "viewUrl");
        }
    }

    /**
     * {@link MailTemplate#INVOICE_OVERDUE}: a reminder to a client that an invoice is past its due date.
     *
     * @param recipientName the client's contact person
     * @param invoiceNumber e.g. {@code INV-2026-0001}
     * @param balanceDue what is still unpaid
     * @param currency its ISO 4217 code
     * @param dueDate the day payment was due
     * @param daysOverdue days since then
     * @param viewUrl where the invoice can be viewed online
     */
    public record InvoiceOverdue(
            String recipientName,
            String invoiceNumber,
            BigDecimal balanceDue,
            String currency,
            LocalDate dueDate,
            int daysOverdue,
            String viewUrl) {
        public InvoiceOverdue {
            text(recipientName, "recipientName");
            text(invoiceNumber, "invoiceNumber");
            currencyCode(currency);
            if (daysOverdue < 1) {
                throw new IllegalArgumentException("daysOverdue must be 1 or more");
            }
            link(viewUrl, "viewUrl");
        }
    }

    /**
     * {@link MailTemplate#EXPENSE_APPROVED}: a member's expense was approved.
     *
     * @param submitterName the member who submitted it
     * @param description what it was for
     * @param amount the amount
     * @param currency its ISO 4217 code
     * @param spentOn the day of the expense
     * @param approverName who approved it
     * @param expenseUrl the expense's page in the front end
     */
    public record ExpenseApproved(
            String submitterName,
            String description,
            BigDecimal amount,
            String currency,
            LocalDate spentOn,
            String approverName,
            String expenseUrl) {
        public ExpenseApproved {
            text(submitterName, "submitterName");
            text(description, "description");
            currencyCode(currency);
            text(approverName, "approverName");
            link(expenseUrl, "expenseUrl");
        }
    }

    /**
     * {@link MailTemplate#EXPENSE_REJECTED}: a member's expense was rejected.
     *
     * @param submitterName the member who submitted it
     * @param description what it was for
     * @param amount the amount
     * @param currency its ISO 4217 code
     * @param spentOn the day of the expense
     * @param approverName who rejected it
     * @param reason why
     * @param expenseUrl the expense's page in the front end
     */
    public record ExpenseRejected(
            String submitterName,
            String description,
            BigDecimal amount,
            String currency,
            LocalDate spentOn,
            String approverName,
            String reason,
            String expenseUrl) {
        public ExpenseRejected {
            text(submitterName, "submitterName");
            text(description, "description");
            currencyCode(currency);
            text(approverName, "approverName");
            text(reason, "reason");
            link(expenseUrl, "expenseUrl");
        }
    }

    /**
     * {@link MailTemplate#SCHEDULED_REPORT}: a report a member scheduled, attached.
     *
     * @param recipientName the member who receives it
     * @param reportName the report's name
     * @param frequency {@code daily}, {@code weekly} or {@code monthly}
     * @param periodStart the first day the report covers
     * @param periodEnd the last day the report covers
     * @param reportUrl where the report can be opened in the front end
     */
    public record ScheduledReport(
            String recipientName,
            String reportName,
            String frequency,
            LocalDate periodStart,
            LocalDate periodEnd,
            String reportUrl) {
        public ScheduledReport {
            text(recipientName, "recipientName");
            text(reportName, "reportName");
            if (!frequency.equals("daily") && !frequency.equals("weekly") && !frequency.equals("monthly")) {
                throw new IllegalArgumentException("frequency must be daily, weekly or monthly");
            }
            if (periodEnd.isBefore(periodStart)) {
                throw new IllegalArgumentException("periodEnd must not be before periodStart");
            }
            link(reportUrl, "reportUrl");
        }
    }

    private static void text(String value, String name) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    private static void link(String value, String name) {
        if (!WEB_ADDRESS.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " must be an absolute http(s) address");
        }
    }

    private static void currencyCode(String value) {
        if (!CURRENCY.matcher(value).matches()) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code such as EUR");
        }
    }
}
