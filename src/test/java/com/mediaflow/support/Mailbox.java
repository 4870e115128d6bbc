package com.mediaflow.support;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Reads what an SMTP test server received, decoded: subject, recipients, the plain-text and HTML
 * parts and the attachments. Mail is sent by a worker after the commit, so reads can wait.
 */
public final class Mailbox {

    private final GreenMail server;

    public Mailbox(GreenMail server) {
        this.server = server;
    }

    /** The mailbox of the application under test. */
    public static Mailbox shared() {
        return new Mailbox(TestInfrastructure.mailbox());
    }

    public record Attachment(String filename, String contentType, byte[] content) {}

    public record Mail(
            String subject,
            List<String> to,
            String from,
            String messageId,
            String text,
            @Nullable String html,
            List<Attachment> attachments) {}

    /** Every message received for the address, oldest first. */
    public List<Mail> to(String address) {
        return all().stream().filter(mail -> mail.to().contains(address)).toList();
    }

    public List<Mail> all() {
        var decoded = new ArrayList<Mail>();
        for (var message : server.getReceivedMessages()) {
            decoded.add(decode(message));
        }
        return decoded;
    }

    /** Waits up to 10 seconds for a message to the address that matches, and returns the first. */
    public Mail await(String address, Predicate<Mail> matching) {
        return awaitCount(address, matching, 1).get(0);
    }

    /** Waits up to 10 seconds until at least {@code count} messages to the address match. */
    public List<Mail> awaitCount(String address, Predicate<Mail> matching, int count) {
        var deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<Mail> found = List.of();
        while (System.nanoTime() < deadline) {
            found = to(address).stream().filter(matching).toList();
            if (found.size() >= count) {
                return found;
            }
            sleep();
        }
        throw new AssertionError("Expected " + count + " matching e-mail(s) to " + address + ", found " + found.size());
    }

    private static void sleep() {
        try {
            Thread.sleep(25);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for e-mail", e);
        }
    }

    private static Mail decode(MimeMessage message) {
        try {
            var parts = new Parts();
            parts.collect(message);
            return new Mail(
                    message.getSubject(),
                    Arrays.stream(message.getAllRecipients())
                            .map(Object::toString)
                            .toList(),
                    message.getFrom()[0].toString(),
                    message.getMessageID(),
                    parts.text.toString(),
                    parts.html,
                    List.copyOf(parts.attachments));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Cannot decode a received message", e);
        }
    }

    private static final class Parts {
        private final StringBuilder text = new StringBuilder();
        private @Nullable String html;
        private final List<Attachment> attachments = new ArrayList<>();

        void collect(Part part) throws MessagingException, IOException {
            if (part.getFileName() != null) {
                var type = part.getContentType();
                var semicolon = type.indexOf(';');
                attachments.add(new Attachment(
                        part.getFileName(),
                        (semicolon < 0 ? type : type.substring(0, semicolon)).strip(),
                        part.getInputStream().readAllBytes()));
            } else if (part.isMimeType("text/plain")) {
                text.append(part.getContent());
            } else if (part.isMimeType("text/html")) {
                html = String.valueOf(part.getContent());
            } else if (part.getContent() instanceof Multipart multipart) {
                for (var i = 0; i < multipart.getCount(); i++) {
                    collect(multipart.getBodyPart(i));
                }
            }
        }
    }
}
