package com.mediaflow.notifications;

import com.mediaflow.notifications.internal.MailOutbox;
import com.mediaflow.notifications.internal.MailRenderer;
import com.mediaflow.notifications.internal.NotificationPreferences;
import com.mediaflow.notifications.internal.OutgoingMail;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends the studio's e-mail. Mail is never sent from the caller's thread: it is rendered and
 * written to an outbox in the caller's transaction (a change that rolls back mails nobody; a
 * committed one never loses its mail), then sent after the commit by a worker on any instance,
 * retried with growing delays while the SMTP server is unavailable. Owners see every message's
 * status at {@code GET /api/notifications/outbox}.
 *
 * <p>Call it inside the transaction of the change the mail is about. Without one, it commits the
 * message on its own.
 */
@Service
public class Mailer {

    private final MailRenderer renderer;
    private final MailOutbox outbox;
    private final NotificationPreferences preferences;

    Mailer(MailRenderer renderer, MailOutbox outbox, NotificationPreferences preferences) {
        this.renderer = renderer;
        this.outbox = outbox;
        this.preferences = preferences;
    }

    /**
     * Queues an e-mail rendered from a template, for example
     * {@code mailer.send(MailTemplate.TASK_ASSIGNED, MailRecipient.member(id, email), model)}.
     *
     * @return the message's id in the outbox, or empty if the recipient is a member who switched
     *     this kind of e-mail off
     * @throws IllegalArgumentException if the template needs a PDF and none is attached, or the
     *     attachments are too large
     */
    @Transactional
    public <M extends Record> Optional<UUID> send(
            MailTemplate<M> template, MailRecipient to, M model, List<EmailAttachment> attachments) {
        if (template.requiresPdf() && attachments.stream().noneMatch(EmailAttachment::isPdf)) {
            throw new IllegalArgumentException("The " + template + " e-mail needs a PDF attached");
        }
        var preference = template.preference();
        if (preference != null && to.memberId() != null && !preferences.wantsEmail(to.memberId(), preference)) {
            return Optional.empty();
        }
        var rendered = renderer.render(template, to.address(), model);
        return Optional.of(outbox.enqueue(new OutgoingMail(
                template,
                to,
                rendered.subject(),
                rendered.text(),
                rendered.html(),
                attachments,
                template.carriesPrivateLink())));
    }

    /** {@link #send(MailTemplate, MailRecipient, Record, List)} without attachments. */
    @Transactional
    public <M extends Record> Optional<UUID> send(MailTemplate<M> template, MailRecipient to, M model) {
        return send(template, to, model, List.of());
    }

    /**
     * Queues a message written by hand (no template, no preferences). Its text is erased from the
     * outbox once sent, as it may hold a private link.
     *
     * @return the message's id in the outbox
     */
    @Transactional
    public UUID send(EmailMessage message) {
        return outbox.enqueue(new OutgoingMail(
                null,
                MailRecipient.address(message.to()),
                message.subject(),
                message.text(),
                message.html(),
                message.attachments(),
                true));
    }
}
