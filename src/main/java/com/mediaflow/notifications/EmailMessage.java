package com.mediaflow.notifications;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An e-mail to one recipient: a plain-text part, optionally an HTML part, and attachments.
 *
 * @param to the recipient's address
 * @param subject the subject line
 * @param text the plain-text part, always present so every mail client can show the message
 * @param html the HTML part, or {@code null} for plain text only
 * @param attachments files sent with the message (an invoice PDF, a report)
 */
public record EmailMessage(
        String to, String subject, String text, @Nullable String html, List<EmailAttachment> attachments) {

    public EmailMessage {
        attachments = List.copyOf(attachments);
    }

    public EmailMessage(String to, String subject, String text) {
        this(to, subject, text, null, List.of());
    }
}
