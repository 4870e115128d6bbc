package com.mediaflow.notifications;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The e-mails the studio sends, each rendered from Handlebars templates with a model of type
 * {@code M}: {@code mailer.send(MailTemplate.INVOICE_SENT, recipient, new MailModels.InvoiceSent(...),
 * List.of(pdf))}. The files are {@code templates/mail/<name>.subject.hbs}, {@code <name>.html.hbs}
 * and {@code <name>.txt.hbs}; a folder named in {@code mediaflow.notifications.template-dir} may
 * replace any of them.
 *
 * <p>Invitation and password reset are essential: always sent. Mail to clients (proposal sent,
 * invoice sent, overdue reminder) is the studio's correspondence and not subject to a member's
 * preferences. The other kinds go to members, who can switch each off ({@link #preference()}).
 *
 * @param <M> the model record the template is rendered with
 */
public final class MailTemplate<M extends Record> {

    /** Model {@link MailModels.Invitation}. Essential; carries a sign-up link. */
    public static final MailTemplate<MailModels.Invitation> INVITATION =
            new MailTemplate<>("invitation", MailModels.Invitation.class, null, true, false);

    /** Model {@link MailModels.PasswordReset}. Essential; carries a reset link. */
    public static final MailTemplate<MailModels.PasswordReset> PASSWORD_RESET =
            new MailTemplate<>("password-reset", MailModels.PasswordReset.class, null, true, false);

    /** Model {@link MailModels.TaskAssigned}. To the assignee; preference {@code task_assigned}. */
    public static final MailTemplate<MailModels.TaskAssigned> TASK_ASSIGNED = new MailTemplate<>(
            "task-assigned", MailModels.TaskAssigned.class, NotificationType.TASK_ASSIGNED, false, false);

    /** Model {@link MailModels.ProposalSent}. To the client; carries the public proposal link. */
    public static final MailTemplate<MailModels.ProposalSent> PROPOSAL_SENT =
            new MailTemplate<>("proposal-sent", MailModels.ProposalSent.class, null, true, false);

    /** Model {@link MailModels.ProposalViewed}. To the proposal's owner; preference {@code proposal_viewed}. */
    public static final MailTemplate<MailModels.ProposalViewed> PROPOSAL_VIEWED = new MailTemplate<>(
            "proposal-viewed", MailModels.ProposalViewed.class, NotificationType.PROPOSAL_VIEWED, false, false);

    /** Model {@link MailModels.ProposalAccepted}. To the proposal's owner; preference {@code proposal_accepted}. */
    public static final MailTemplate<MailModels.ProposalAccepted> PROPOSAL_ACCEPTED = new MailTemplate<>(
            "proposal-accepted", MailModels.ProposalAccepted.class, NotificationType.PROPOSAL_ACCEPTED, false, false);

    /** Model {@link MailModels.ProposalRejected}. To the proposal's owner; preference {@code proposal_rejected}. */
    public static final MailTemplate<MailModels.ProposalRejected> PROPOSAL_REJECTED = new MailTemplate<>(
            "proposal-rejected", MailModels.ProposalRejected.class, NotificationType.PROPOSAL_REJECTED, false, false);

    /** Model {@link MailModels.ProposalSigned}. To the proposal's owner; preference {@code proposal_signed}. */
    public static final MailTemplate<MailModels.ProposalSigned> PROPOSAL_SIGNED = new MailTemplate<>(
            "proposal-signed", MailModels.ProposalSigned.class, NotificationType.PROPOSAL_SIGNED, false, false);

    /** Model {@link MailModels.InvoiceSent}. To the client; needs the invoice PDF attached. */
    public static final MailTemplate<MailModels.InvoiceSent> INVOICE_SENT =
            new MailTemplate<>("invoice-sent", MailModels.InvoiceSent.class, null, true, true);

    /** Model {@link MailModels.InvoiceOverdue}. To the client; the invoice PDF may be attached. */
    public static final MailTemplate<MailModels.InvoiceOverdue> INVOICE_OVERDUE =
            new MailTemplate<>("invoice-overdue", MailModels.InvoiceOverdue.class, null, true, false);

    /** Model {@link MailModels.ExpenseApproved}. To the submitter; preference {@code expense_approved}. */
    public static final MailTemplate<MailModels.ExpenseApproved> EXPENSE_APPROVED = new MailTemplate<>(
            "expense-approved", MailModels.ExpenseApproved.class, NotificationType.EXPENSE_APPROVED, false, false);

    /** Model {@link MailModels.ExpenseRejected}. To the submitter; preference {@code expense_rejected}. */
    public static final MailTemplate<MailModels.ExpenseRejected> EXPENSE_REJECTED = new MailTemplate<>(
            "expense-rejected", MailModels.ExpenseRejected.class, NotificationType.EXPENSE_REJECTED, false, false);

    /** Model {@link MailModels.ScheduledReport}. To a member; the report attached; preference {@code scheduled_report}. */
    public static final MailTemplate<MailModels.ScheduledReport> SCHEDULED_REPORT = new MailTemplate<>(
            "scheduled-report", MailModels.ScheduledReport.class, NotificationType.SCHEDULED_REPORT, false, false);

    private static final List<MailTemplate<?>> VALUES = List.of(
            INVITATION,
            PASSWORD_RESET,
            TASK_ASSIGNED,
            PROPOSAL_SENT,
            PROPOSAL_VIEWED,
            PROPOSAL_ACCEPTED,
            PROPOSAL_REJECTED,
            PROPOSAL_SIGNED,
            INVOICE_SENT,
            INVOICE_OVERDUE,
            EXPENSE_APPROVED,
            EXPENSE_REJECTED,
            SCHEDULED_REPORT);

    private final String name;
    private final Class<M> modelType;
    private final @Nullable NotificationType preference;
    private final boolean carriesPrivateLink;
    private final boolean requiresPdf;

    private MailTemplate(
            String name,
            Class<M> modelType,
            @Nullable NotificationType preference,
            boolean carriesPrivateLink,
            boolean requiresPdf) {
        this.name = name;
        this.modelType = modelType;
        this.preference = preference;
        this.carriesPrivateLink = carriesPrivateLink;
        this.requiresPdf = requiresPdf;
    }

    public static List<MailTemplate<?>> values() {
        return VALUES;
    }

    public static MailTemplate<?> fromValue(String value) {
        return VALUES.stream()
                .filter(template -> template.value().equalsIgnoreCase(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown mail template " + value));
    }

    /** The base name of the template files, e.g. {@code invoice-sent}. */
    public String fileName() {
        return name;
    }

    /** The name in the API, e.g. {@code invoice_sent}. */
    public String value() {
        return name.replace('-', '_');
    }

    /** The name in the database, e.g. {@code INVOICE_SENT}. */
    public String storedName() {
        return value().toUpperCase(Locale.ROOT);
    }

    public Class<M> modelType() {
        return modelType;
    }

    /** The kind of notification a member may switch off to stop this e-mail, or {@code null} if always sent. */
    public @Nullable NotificationType preference() {
        return preference;
    }

    /** Invitation and password reset: sent whatever the recipient's preferences. */
    public boolean isEssential() {
        return this == INVITATION || this == PASSWORD_RESET;
    }

    /**
     * Whether the message holds a link that works without signing in (a token); its text is then
     * erased from the outbox once it is sent.
     */
    public boolean carriesPrivateLink() {
        return carriesPrivateLink;
    }

    /** Whether the message must have a PDF attached (an invoice). */
    public boolean requiresPdf() {
        return requiresPdf;
    }

    @Override
    public String toString() {
        return value();
    }
}
