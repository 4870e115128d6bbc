package com.mediaflow.devtools;

import com.icegreen.greenmail.util.GreenMailUtil;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The e-mail the application sent while running on the embedded mailbox, newest first, so a
 * developer can follow invitation and password-reset links without a mail server. Exists only in
 * development builds, and only when the embedded mailbox is running.
 */
@RestController
@ConditionalOnProperty("mediaflow.embedded.mailbox")
@Tag(name = "Development mailbox")
class DevMailboxController {

    record CapturedMail(
            @Nullable Instant receivedAt,
            List<String> to,
            @Nullable String from,
            @Nullable String subject,
            String body) {}

    @GetMapping("/dev/mailbox")
    @Operation(summary = "E-mail captured by the development mailbox (development builds only)")
    List<CapturedMail> list() throws MessagingException {
        var mailbox = EmbeddedServers.mailbox().orElseThrow();
        var messages = mailbox.getReceivedMessages();
        var captured = new java.util.ArrayList<CapturedMail>();
        for (int i = messages.length - 1; i >= 0; i--) {
            captured.add(toCaptured(messages[i]));
        }
        return captured;
    }

    @DeleteMapping("/dev/mailbox")
    @Operation(summary = "Empty the development mailbox")
    void clear() {
        EmbeddedServers.mailbox().ifPresent(mailbox -> {
            try {
                mailbox.purgeEmailFromAllMailboxes();
            } catch (Exception e) {
                throw new IllegalStateException("Could not empty the development mailbox", e);
            }
        });
    }

    private static CapturedMail toCaptured(MimeMessage message) throws MessagingException {
        var recipients = message.getAllRecipients() == null
                ? List.<String>of()
                : Arrays.stream(message.getAllRecipients())
                        .map(Object::toString)
                        .toList();
        var from = message.getFrom() == null || message.getFrom().length == 0 ? null : message.getFrom()[0].toString();
        var received =
                message.getSentDate() == null ? null : message.getSentDate().toInstant();
        return new CapturedMail(received, recipients, from, message.getSubject(), GreenMailUtil.getBody(message));
    }
}
