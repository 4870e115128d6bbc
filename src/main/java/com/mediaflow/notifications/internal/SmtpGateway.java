package com.mediaflow.notifications.internal;

import com.mediaflow.notifications.EmailAttachment;
import com.mediaflow.notifications.NotificationProperties;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Talks SMTP for the mail worker: a connection is reused for message after message, and each
 * message can be recorded as sent the moment the server accepts it. Uses the session and server
 * settings of the application's {@link JavaMailSenderImpl} ({@code spring.mail.*}).
 */
class SmtpGateway {

    private static final Pattern PERMANENT_REPLY = Pattern.compile("^\\s*5\\d\\d\\b.*", Pattern.DOTALL);

    private final JavaMailSenderImpl sender;
    private final String from;

    SmtpGateway(JavaMailSenderImpl sender, NotificationProperties properties) {
        this.sender = sender;
        this.from = properties.mail().from();
    }

    /** Opens a connection to the SMTP server; close it when the batch is done. */
    Connection connect() throws MessagingException {
        var session = sender.getSession();
        var protocol = sender.getProtocol() != null
                ? sender.getProtocol()
                : session.getProperty("mail.transport.protocol") != null
                        ? session.getProperty("mail.transport.protocol")
                        : "smtp";
        var transport = session.getTransport(protocol);
        var username = emptyToNull(sender.getUsername());
        var password = username == null ? null : emptyToNull(sender.getPassword());
        transport.connect(sender.getHost(), sender.getPort(), username, password);
        return new Connection(transport);
    }

    MimeMessage toMime(ClaimedMail mail, List<EmailAttachment> attachments, Instant now) throws MessagingException {
        var mime = sender.createMimeMessage();
        var helper = new MimeMessageHelper(mime, mail.html() != null || !attachments.isEmpty(), "UTF-8");
        helper.setFrom(from);
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        if (mail.html() != null) {
            helper.setText(mail.text(), mail.html());
        } else {
            helper.setText(mail.text());
        }
        for (var attachment : attachments) {
            helper.addAttachment(
                    attachment.filename(), new ByteArrayResource(attachment.content()), attachment.contentType());
        }
        mime.setSentDate(Date.from(now));
        mime.saveChanges();
        // saveChanges() makes up a Message-ID; the outbox's own keeps a resent copy recognisable as the same message.
        mime.setHeader("Message-ID", mail.messageId());
        return mime;
    }

    /**
     * Whether retrying cannot help: the server refused the recipient or the message with a 5xx reply,
     * or the address is malformed. Connection problems and 4xx replies are worth another attempt.
     */
    static boolean isPermanent(Exception failure) {
        if (failure instanceof AddressException) {
            return true;
        }
        if (failure instanceof SendFailedException refused
                && refused.getInvalidAddresses() != null
                && refused.getInvalidAddresses().length > 0
                && (refused.getValidUnsentAddresses() == null || refused.getValidUnsentAddresses().length == 0)) {
            return true;
        }
        var depth = 0;
        for (Throwable cause = failure; cause != null && depth++ < 10; cause = next(cause)) {
            if (cause instanceof MessagingException
                    && cause.getMessage() != null
                    && PERMANENT_REPLY.matcher(cause.getMessage()).matches()) {
                return true;
            }
        }
        return false;
    }

    /** A short, log- and owner-safe description of a failure. */
    static String describe(Exception failure) {
        var message = new StringBuilder(failure.getClass().getSimpleName());
        var depth = 0;
        for (Throwable cause = failure; cause != null && depth++ < 10; cause = next(cause)) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                message.append(": ").append(cause.getMessage().strip());
                break;
            }
        }
        return message.toString().replaceAll("\\s+", " ");
    }

    private static @Nullable Throwable next(Throwable cause) {
        if (cause instanceof MessagingException messaging && messaging.getNextException() != null) {
            return messaging.getNextException();
        }
        return cause.getCause() == cause ? null : cause.getCause();
    }

    private static @Nullable String emptyToNull(@Nullable String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    /** An open SMTP connection. */
    static final class Connection implements AutoCloseable {

        private final Transport transport;

        private Connection(Transport transport) {
            this.transport = transport;
        }

        void send(MimeMessage message) throws MessagingException {
            transport.sendMessage(message, message.getAllRecipients());
        }

        boolean isOpen() {
            return transport.isConnected();
        }

        @Override
        public void close() {
            try {
                transport.close();
            } catch (MessagingException e) {
                // The messages are sent or recorded already; a failing QUIT changes nothing.
            }
        }
    }
}
