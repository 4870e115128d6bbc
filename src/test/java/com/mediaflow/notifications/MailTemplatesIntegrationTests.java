package com.mediaflow.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mediaflow.organization.OrganizationDirectory;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.Mailbox;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every e-mail template, rendered, queued and delivered over real SMTP. */
@IntegrationTest
class MailTemplatesIntegrationTests {

    private static final String FROM = "MediaFlow <no-reply@mediaflow.local>";
    private static final String PREFERENCES = "http://localhost:3000/settings/notifications";
    private static final Instant AT = Instant.parse("2026-03-12T14:30:00Z");
    private static final byte[] PDF = "%PDF-1.7 invoice".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    Mailer mailer;

    @Autowired
    OrganizationDirectory organization;

    @Autowired
    JdbcClient jdbc;

    private final Mailbox mailbox = Mailbox.shared();

    /** A template with a model, what its subject must read and the link it must carry. */
    record Sample<M extends Record>(
            MailTemplate<M> template,
            M model,
            String subject,
            String link,
            String phrase,
            List<EmailAttachment> attachments) {

        UUID sendWith(Mailer mailer, MailRecipient to) {
            return mailer.send(template, to, model, attachments).orElseThrow();
        }

        @Override
        public String toString() {
            return template.value();
        }
    }

    static Stream<Sample<?>> samples() {
        return Stream.of(
                new Sample<>(
                        MailTemplate.INVITATION,
                        new MailModels.Invitation(
                                "Olivia Owner",
                                "producer",
                                "Welcome aboard!",
                                "https://crm.studio.test/invitations/tok-1",
                                "tok-1",
                                AT),
                        "Olivia Owner invited you to join {studio} on MediaFlow",
                        "https://crm.studio.test/invitations/tok-1",
                        "as producer",
                        List.of()),
                new Sample<>(
                        MailTemplate.PASSWORD_RESET,
                        new MailModels.PasswordReset(
                                "Ed Editor", "https://crm.studio.test/reset-password?token=tok-2", "tok-2", 60),
                        "Reset your MediaFlow password",
                        "https://crm.studio.test/reset-password?token=tok-2",
                        "for 60 minutes",
                        List.of()),
                new Sample<>(
                        MailTemplate.TASK_ASSIGNED,
                        new MailModels.TaskAssigned(
                                "Ed Editor",
                                "Colour grade the teaser",
                                "Spring Campaign",
                                "Pam Producer",
                                LocalDate.of(2026, 3, 20),
                                "https://crm.studio.test/tasks/42"),
                        "New task: Colour grade the teaser",
                        "https://crm.studio.test/tasks/42",
                        "Due 20 March 2026",
                        List.of()),
                new Sample<>(
                        MailTemplate.PROPOSAL_SENT,
                        new MailModels.ProposalSent(
                                "Nora North",
                                "PROP-2026-0007",
                                "Spring campaign film",
                                "Pam Producer",
                                null,
                                LocalDate.of(2026, 4, 30),
                                "https://crm.studio.test/p/public-token"),
                        "Proposal PROP-2026-0007 from {studio}: Spring campaign film",
                        "https://crm.studio.test/p/public-token",
                        "valid until 30 April 2026",
                        List.of()),
                new Sample<>(
                        MailTemplate.PROPOSAL_VIEWED,
                        new MailModels.ProposalViewed(
                                "Pam Producer",
                                "PROP-2026-0007",
                                "Spring campaign film",
                                "Northwind Films",
                                AT,
                                "https://crm.studio.test/proposals/7"),
                        "Northwind Films opened proposal PROP-2026-0007",
                        "https://crm.studio.test/proposals/7",
                        "for the first time on 12 March 2026, 14:30",
                        List.of()),
                new Sample<>(
                        MailTemplate.PROPOSAL_ACCEPTED,
                        new MailModels.ProposalAccepted(
                                "Pam Producer",
                                "PROP-2026-0007",
                                "Spring campaign film",
                                "Northwind Films",
                                AT,
                                new BigDecimal("12500"),
                                "EUR",
                                "https://crm.studio.test/proposals/7"),
                        "Northwind Films accepted proposal PROP-2026-0007",
                        "https://crm.studio.test/proposals/7",
                        "worth 12,500.00 EUR",
                        List.of()),
                new Sample<>(
                        MailTemplate.PROPOSAL_REJECTED,
                        new MailModels.ProposalRejected(
                                "Pam Producer",
                                "PROP-2026-0007",
                                "Spring campaign film",
                                "Northwind Films",
                                "Budget moved to next year",
                                AT,
                                "https://crm.studio.test/proposals/7"),
                        "Northwind Films declined proposal PROP-2026-0007",
                        "https://crm.studio.test/proposals/7",
                        "Budget moved to next year",
                        List.of()),
                new Sample<>(
                        MailTemplate.PROPOSAL_SIGNED,
                        new MailModels.ProposalSigned(
                                "Pam Producer",
                                "PROP-2026-0007",
                                "Spring campaign film",
                                "Nora North",
                                "nora@northwind.test",
                                AT,
                                "https://crm.studio.test/proposals/7"),
                        "Proposal PROP-2026-0007 was signed by Nora North",
                        "https://crm.studio.test/proposals/7",
                        "nora@northwind.test",
                        List.of()),
                new Sample<>(
                        MailTemplate.INVOICE_SENT,
                        new MailModels.InvoiceSent(
                                "Nora North",
                                "INV-2026-0042",
                                new BigDecimal("1250.5"),
                                "EUR",
                                LocalDate.of(2026, 4, 11),
                                null,
                                "https://crm.studio.test/i/view-token"),
                        "Invoice INV-2026-0042 from {studio}",
                        "https://crm.studio.test/i/view-token",
                        "for 1,250.50 EUR, due on 11 April 2026",
                        List.of(EmailAttachment.pdf("INV-2026-0042.pdf", PDF))),
                new Sample<>(
                        MailTemplate.INVOICE_OVERDUE,
                        new MailModels.InvoiceOverdue(
                                "Nora North",
                                "INV-2026-0042",
                                new BigDecimal("750"),
                                "JPY",
                                LocalDate.of(2026, 4, 11),
                                14,
                                "https://crm.studio.test/i/view-token"),
                        "Reminder: invoice INV-2026-0042 is overdue",
                        "https://crm.studio.test/i/view-token",
                        "(14 days ago) and 750 JPY is still open",
                        List.of()),
                new Sample<>(
                        MailTemplate.EXPENSE_APPROVED,
                        new MailModels.ExpenseApproved(
                                "Ed Editor",
                                "Camera rental",
                                new BigDecimal("320.00"),
                                "EUR",
                                LocalDate.of(2026, 3, 2),
                                "Mia Manager",
                                "https://crm.studio.test/expenses/9"),
                        "Your expense \"Camera rental\" was approved",
                        "https://crm.studio.test/expenses/9",
                        "approved your expense of 320.00 EUR from 2 March 2026",
                        List.of()),
                new Sample<>(
                        MailTemplate.EXPENSE_REJECTED,
                        new MailModels.ExpenseRejected(
                                "Ed Editor",
                                "Camera rental",
                                new BigDecimal("320.00"),
                                "EUR",
                                LocalDate.of(2026, 3, 2),
                                "Mia Manager",
                                "No receipt attached",
                                "https://crm.studio.test/expenses/9"),
                        "Your expense \"Camera rental\" was rejected",
                        "https://crm.studio.test/expenses/9",
                        "No receipt attached",
                        List.of()),
                new Sample<>(
                        MailTemplate.SCHEDULED_REPORT,
                        new MailModels.ScheduledReport(
                                "Olivia Owner",
                                "Weekly revenue",
                                "weekly",
                                LocalDate.of(2026, 3, 9),
                                LocalDate.of(2026, 3, 15),
                                "https://crm.studio.test/reports/3"),
                        "Weekly revenue: 9 March 2026 to 15 March 2026",
                        "https://crm.studio.test/reports/3",
                        "Your weekly report",
                        List.of(new EmailAttachment(
                                "weekly-revenue.xlsx",
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                new byte[] {1, 2, 3}))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void eachTemplateIsDeliveredWithSubjectLinksBrandingAndAttachments(Sample<?> sample) {
        var address = "to-" + UUID.randomUUID() + "@client.test";
        var recipient = sample.template().preference() == null
                ? MailRecipient.address(address)
                : MailRecipient.member(UUID.randomUUID(), address);
        var studio = organization.current();

        sample.sendWith(mailer, recipient);

        var mail = mailbox.await(address, any -> true);
        assertThat(mail.subject()).isEqualTo(sample.subject().replace("{studio}", studio.name()));
        assertThat(mail.to()).containsExactly(address);
        assertThat(mail.from()).isEqualTo(FROM);
        assertThat(mail.messageId()).endsWith("@mediaflow.local>");
        assertThat(mail.text()).contains(sample.link(), sample.phrase(), studio.name());
        assertThat(mail.html())
                .contains("href=\"" + escapeHtml(sample.link()) + "\"", studio.name(), studio.brandColor());
        assertThat(mail.html().replaceAll("<[^>]+>", "")).contains(escapeHtml(sample.phrase()));
        if (sample.template().preference() != null) {
            assertThat(mail.text()).contains(PREFERENCES);
            assertThat(mail.html()).contains(PREFERENCES);
        } else {
            assertThat(mail.text()).doesNotContain(PREFERENCES);
        }
        assertThat(mail.attachments())
                .extracting(Mailbox.Attachment::filename)
                .containsExactlyElementsOf(sample.attachments().stream()
                        .map(EmailAttachment::filename)
                        .toList());
        for (var i = 0; i < sample.attachments().size(); i++) {
            assertThat(mail.attachments().get(i).content())
                    .isEqualTo(sample.attachments().get(i).content());
            assertThat(mail.attachments().get(i).contentType())
                    .isEqualToIgnoringCase(sample.attachments().get(i).contentType());
        }
    }

    @Test
    void userValuesAreEscapedInTheHtmlPartAndKeptAsTheyAreInTheText() {
        var address = "escape-" + UUID.randomUUID() + "@studio.test";
        var title = "<script>alert('x')</script> & \"quotes\"";

        mailer.send(
                MailTemplate.TASK_ASSIGNED,
                MailRecipient.member(UUID.randomUUID(), address),
                new MailModels.TaskAssigned(
                        "Ed <b>Editor</b>", title, null, "Pam", null, "https://crm.studio.test/tasks/1?a=1&b=2"));

        var mail = mailbox.await(address, any -> true);
        assertThat(mail.html())
                .doesNotContain("<script>", "<b>Editor</b>")
                .contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;quotes&quot;")
                .contains("Ed &lt;b&gt;Editor&lt;/b&gt;")
                .contains("href=\"https://crm.studio.test/tasks/1?a&#x3D;1&amp;b&#x3D;2\"");
        assertThat(mail.text()).contains(title, "Ed <b>Editor</b>", "https://crm.studio.test/tasks/1?a=1&b=2");
        assertThat(mail.subject()).isEqualTo("New task: " + title);
    }

    @Test
    void anInvoiceCannotBeSentWithoutItsPdf() {
        var address = "no-pdf-" + UUID.randomUUID() + "@client.test";
        var model = new MailModels.InvoiceSent(
                "Nora", "INV-2026-0001", BigDecimal.TEN, "EUR", LocalDate.of(2026, 5, 1), null, "https://x.test/i/1");

        assertThatThrownBy(() -> mailer.send(MailTemplate.INVOICE_SENT, MailRecipient.address(address), model))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PDF");
        assertThat(jdbc.sql("SELECT count(*) FROM notification_mail_outbox WHERE recipient = ?")
                        .param(address)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aHandWrittenMessageStillGoesOutThroughTheOutbox() {
        var address = "plain-" + UUID.randomUUID() + "@studio.test";

        var id = mailer.send(new EmailMessage(address, "Studio closed on Friday", "See you Monday."));

        var mail = mailbox.await(address, any -> true);
        assertThat(mail.subject()).isEqualTo("Studio closed on Friday");
        assertThat(mail.text()).contains("See you Monday.");
        assertThat(mail.html()).isNull();
        assertThat(mail.messageId()).isEqualTo("<" + id + "@mediaflow.local>");
    }

    private static String escapeHtml(String value) {
        return value.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#x27;")
                .replace("=", "&#x3D;");
    }
}
