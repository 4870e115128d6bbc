package com.mediaflow.notifications.internal;

import com.mediaflow.notifications.EmailAttachment;
import com.mediaflow.notifications.MailRecipient;
import com.mediaflow.notifications.MailTemplate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A rendered message on its way into the outbox.
 *
 * @param template the template it was rendered from, or {@code null} for a hand-written message
 * @param redactOnSend whether its text is erased from the outbox once sent (it holds a private link)
 */
public record OutgoingMail(
        @Nullable MailTemplate<?> template,
        MailRecipient recipient,
        String subject,
        String text,
        @Nullable String html,
        List<EmailAttachment> attachments,
        boolean redactOnSend) {

    public OutgoingMail {
        attachments = List.copyOf(attachments);
        if (subject.isBlank() || subject.chars().anyMatch(c -> c == '\r' || c == '\n')) {
            throw new IllegalArgumentException("the subject must be one non-blank line");
        }
    }
}
