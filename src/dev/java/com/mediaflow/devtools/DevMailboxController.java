package com.mediaflow.devtools;

import com.icegreen.greenmail.util.GreenMail;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The e-mail the application sent while running on the embedded mailbox, newest first, so a
 * developer can follow invitation and password-reset links without a mail server: as JSON at
 * {@code /dev/mailbox}, as a page at {@code /dev/mailbox.html}. Exists only in development builds,
 * and only when the embedded mailbox is running.
 */
@RestController
@ConditionalOnProperty("mediaflow.embedded.mailbox")
@Tag(name = "Development mailbox")
class DevMailboxController {

    private final Supplier<Optional<GreenMail>> mailbox;

    @Autowired
    DevMailboxController() {
        this(EmbeddedServers::mailbox);
    }

    DevMailboxController(Supplier<Optional<GreenMail>> mailbox) {
        this.mailbox = mailbox;
    }

    @GetMapping("/dev/mailbox")
    @Operation(summary = "E-mail captured by the development mailbox (development builds only)")
    List<CapturedMail> list() throws MessagingException, IOException {
        var messages = mailbox.get().orElseThrow().getReceivedMessages();
        var captured = new ArrayList<CapturedMail>();
        for (int i = messages.length - 1; i >= 0; i--) {
            captured.add(CapturedMail.of(i, messages[i]));
        }
        return captured;
    }

    @GetMapping(value = "/dev/mailbox.html", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "The development mailbox as a page to read in a browser")
    String page() throws MessagingException, IOException {
        var page = new StringBuilder("""
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>MediaFlow mailbox</title>
                <style>body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:60rem;color:#1f2328}
                article{border:1px solid #d0d7de;border-radius:8px;padding:1rem 1.25rem;margin:1rem 0}
                h2{font-size:1.1rem;margin:0 0 .25rem}.meta{color:#656d76;font-size:.85rem}
                pre{white-space:pre-wrap;background:#f6f8fa;padding:.75rem;border-radius:6px}</style></head><body>
                <h1>Development mailbox</h1>
                <p class="meta">Every e-mail the application sent, newest first. JSON: <a href="/dev/mailbox">/dev/mailbox</a></p>
                """);
        var mails = list();
        if (mails.isEmpty()) {
            page.append("<p>No e-mail yet.</p>");
        }
        for (var mail : mails) {
            page.append("<article><h2>")
                    .append(escape(mail.subject()))
                    .append("</h2><div class=\"meta\">To ")
                    .append(escape(String.join(", ", mail.to())))
                    .append(" &middot; from ")
                    .append(escape(mail.from()))
                    .append(" &middot; ")
                    .append(
                            mail.receivedAt() == null
                                    ? ""
                                    : escape(mail.receivedAt().toString()))
                    .append("</div>");
            if (!mail.links().isEmpty()) {
                page.append("<p>");
                for (var link : mail.links()) {
                    page.append("<a href=\"")
                            .append(escape(link))
                            .append("\">")
                            .append(escape(link))
                            .append("</a><br>");
                }
                page.append("</p>");
            }
            for (var attachment : mail.attachments()) {
                page.append("<p class=\"meta\">Attachment: ")
                        .append(escape(attachment.filename()))
                        .append(" (")
                        .append(escape(attachment.contentType()))
                        .append(", ")
                        .append(attachment.size())
                        .append(" bytes)</p>");
            }
            if (mail.html() != null) {
                page.append("<p><a href=\"/dev/mailbox/")
                        .append(mail.index())
                        .append("/html\">Open the HTML version</a></p>");
            }
            page.append("<pre>").append(escape(mail.text())).append("</pre></article>");
        }
        return page.append("</body></html>").toString();
    }

    @GetMapping(value = "/dev/mailbox/{index}/html", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "The HTML part of one captured e-mail")
    ResponseEntity<String> html(@PathVariable int index) throws MessagingException, IOException {
        var messages = mailbox.get().orElseThrow().getReceivedMessages();
        if (index < 0 || index >= messages.length) {
            return ResponseEntity.notFound().build();
        }
        var html = CapturedMail.of(index, messages[index]).html();
        return html == null ? ResponseEntity.notFound().build() : ResponseEntity.ok(html);
    }

    @DeleteMapping("/dev/mailbox")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Empty the development mailbox")
    void clear() {
        mailbox.get().ifPresent(server -> {
            try {
                server.purgeEmailFromAllMailboxes();
            } catch (Exception e) {
                throw new IllegalStateException("Could not empty the development mailbox", e);
            }
        });
    }

    private static String escape(@org.jspecify.annotations.Nullable String value) {
        return value == null ? "" : HtmlUtils.htmlEscape(value);
    }
}
