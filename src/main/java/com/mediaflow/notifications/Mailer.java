package com.mediaflow.notifications;

import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends e-mail through the configured SMTP server. Inside a transaction the message goes out only
 * after the commit, so a rolled-back change never mails anyone. A failed delivery is logged (with
 * the recipient's domain only) and does not undo the change that caused it.
 */
@Service
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final JavaMailSender sender;
    private final MailProperties properties;

    Mailer(JavaMailSender sender, MailProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    public void send(EmailMessage message) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver(message);
                }
            });
        } else {
            deliver(message);
        }
    }

    private void deliver(EmailMessage message) {
        try {
            var mime = sender.createMimeMessage();
            var multipart = message.html() != null || !message.attachments().isEmpty();
            var helper = new MimeMessageHelper(mime, multipart, "UTF-8");
            helper.setFrom(properties.from());
            helper.setTo(message.to());
            helper.setSubject(message.subject());
            if (message.html() != null) {
                helper.setText(message.text(), message.html());
            } else {
                helper.setText(message.text());
            }
            for (var attachment : message.attachments()) {
                helper.addAttachment(
                        attachment.filename(), new ByteArrayResource(attachment.content()), attachment.contentType());
            }
            sender.send(mime);
        } catch (MessagingException | MailException e) {
            log.error(
                    "Could not send '{}' to a recipient at {}: {}",
                    message.subject(),
                    domainOf(message.to()),
                    e.getMessage());
        }
    }

    private static String domainOf(String address) {
        var at = address.lastIndexOf('@');
        return at < 0 ? "?" : address.substring(at + 1);
    }
}
