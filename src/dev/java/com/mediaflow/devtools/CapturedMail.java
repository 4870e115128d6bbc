package com.mediaflow.devtools;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An e-mail the development mailbox received, decoded: its plain-text and HTML parts, its links and
 * its attachments.
 *
 * @param index its position in the mailbox, for {@code /dev/mailbox/{index}/html}
 * @param links every web address in the text, so an invitation can be followed with one click
 */
record CapturedMail(
        int index,
        @Nullable Instant receivedAt,
        List<String> to,
        @Nullable String from,
        @Nullable String subject,
        @Nullable String messageId,
        String text,
        @Nullable String html,
        List<String> links,
        List<Attachment> attachments) {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s\"'<>]+");

    record Attachment(String filename, String contentType, int size) {}

    static CapturedMail of(int index, MimeMessage message) throws MessagingException, IOException {
        var recipients = message.getAllRecipients() == null
                ? List.<String>of()
                : Arrays.stream(message.getAllRecipients())
                        .map(Object::toString)
                        .toList();
        var from = message.getFrom() == null || message.getFrom().length == 0 ? null : message.getFrom()[0].toString();
        var received =
                message.getSentDate() == null ? null : message.getSentDate().toInstant();
        var parts = new Parts();
        parts.collect(message);
        var links = new LinkedHashSet<String>();
        var matcher = LINK.matcher(parts.text);
        while (matcher.find()) {
            links.add(matcher.group());
        }
        return new CapturedMail(
                index,
                received,
                recipients,
                from,
                message.getSubject(),
                message.getMessageID(),
                parts.text.toString(),
                parts.html,
                List.copyOf(links),
                List.copyOf(parts.attachments));
    }

    private static final class Parts {
        private final StringBuilder text = new StringBuilder();
        private @Nullable String html;
        private final List<Attachment> attachments = new ArrayList<>();

        void collect(Part part) throws MessagingException, IOException {
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
                var bytes = part.getInputStream().readAllBytes();
                attachments.add(new Attachment(
                        part.getFileName() == null ? "attachment" : part.getFileName(),
                        baseType(part.getContentType()),
                        bytes.length));
            } else if (part.isMimeType("text/plain")) {
                text.append(part.getContent());
            } else if (part.isMimeType("text/html")) {
                html = String.valueOf(part.getContent());
            } else if (part.getContent() instanceof Multipart multipart) {
                for (var i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    collect(child);
                }
            }
        }

        private static String baseType(String contentType) {
            var semicolon = contentType.indexOf(';');
            return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
                    .strip()
                    .toLowerCase(Locale.ROOT);
        }
    }
}
