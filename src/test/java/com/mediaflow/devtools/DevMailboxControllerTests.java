package com.mediaflow.devtools;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** The development mailbox shows what the application sent, links clickable, as JSON and as a page. */
class DevMailboxControllerTests {

    private GreenMail mailbox;
    private MockMvcTester mvc;

    @BeforeEach
    void setUp() throws MessagingException {
        mailbox = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mailbox.start();
        mvc = MockMvcTester.create(MockMvcBuilders.standaloneSetup(new DevMailboxController(() -> Optional.of(mailbox)))
                .build());
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(mailbox.getSmtp().getPort());
        var message = sender.createMimeMessage();
        var helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom("MediaFlow <no-reply@mediaflow.local>");
        helper.setTo("new.member@studio.test");
        helper.setSubject("You're <b>invited</b> — join My Studio");
        helper.setText(
                "Accept here: http://localhost:3000/invitations/tok-123\n\nSee you soon.",
                "<p><a href=\"http://localhost:3000/invitations/tok-123\">Accept</a></p>");
        helper.addAttachment("welcome.pdf", new ByteArrayResource(new byte[] {37, 80, 68, 70}), "application/pdf");
        sender.send(message);
    }

    @AfterEach
    void tearDown() {
        mailbox.stop();
    }

    @Test
    void theListDecodesTextLinksAndAttachments() {
        var list = mvc.get().uri("/dev/mailbox").exchange();

        assertThat(list).hasStatusOk();
        assertThat(list).bodyJson().extractingPath("$[0].subject").isEqualTo("You're <b>invited</b> — join My Studio");
        assertThat(list).bodyJson().extractingPath("$[0].to[0]").isEqualTo("new.member@studio.test");
        assertThat(list)
                .bodyJson()
                .extractingPath("$[0].links")
                .asArray()
                .containsExactly("http://localhost:3000/invitations/tok-123");
        assertThat(list).bodyJson().extractingPath("$[0].text").asString().contains("See you soon.");
        assertThat(list)
                .bodyJson()
                .extractingPath("$[0].attachments[0].filename")
                .isEqualTo("welcome.pdf");
        assertThat(list).bodyJson().extractingPath("$[0].attachments[0].size").isEqualTo(4);
    }

    @Test
    void thePageEscapesWhatItShowsAndLinksEveryAddress() {
        var page = mvc.get().uri("/dev/mailbox.html").exchange();

        assertThat(page).hasStatusOk();
        assertThat(page)
                .bodyText()
                .contains("You&#39;re &lt;b&gt;invited&lt;/b&gt;")
                .doesNotContain("<b>invited</b>")
                .contains("<a href=\"http://localhost:3000/invitations/tok-123\">")
                .contains("Attachment: welcome.pdf")
                .contains("href=\"/dev/mailbox/0/html\"");
    }

    @Test
    void theHtmlPartOfAMessageCanBeOpened() {
        assertThat(mvc.get().uri("/dev/mailbox/0/html").exchange())
                .bodyText()
                .isEqualTo("<p><a href=\"http://localhost:3000/invitations/tok-123\">Accept</a></p>");
        assertThat(mvc.get().uri("/dev/mailbox/7/html").exchange()).hasStatus(404);
    }
}
