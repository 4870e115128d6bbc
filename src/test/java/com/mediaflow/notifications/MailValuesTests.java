package com.mediaflow.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The values other modules hand to the mailer check themselves. */
class MailValuesTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "not-an-address",
                "Anna <anna@client.test>",
                "anna@client.test, bob@client.test",
                "anna@client.test\r\nBcc: all@client.test",
                "anna@@client.test"
            })
    void aRecipientIsOnePlainAddress(String address) {
        assertThatThrownBy(() -> MailRecipient.address(address)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRecipientKnowsItsDomainAndMember() {
        var member = UUID.randomUUID();
        var recipient = MailRecipient.member(member, " Anna@Client.TEST ");

        assertThat(recipient.address()).isEqualTo("Anna@Client.TEST");
        assertThat(recipient.domain()).isEqualTo("client.test");
        assertThat(recipient.memberId()).isEqualTo(member);
        assertThat(MailRecipient.address("bob@client.test").memberId()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../etc/passwd", "folder/invoice.pdf", "C:\\invoice.pdf", " ", "a\nb.pdf"})
    void anAttachmentHasAPlainFileName(String filename) {
        assertThatThrownBy(() -> EmailAttachment.pdf(filename, new byte[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAttachmentHasAConcreteMediaType() {
        assertThatThrownBy(() -> new EmailAttachment("a.bin", "*/*", new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EmailAttachment("a.bin", "nonsense", new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new EmailAttachment("a.pdf", "application/pdf; name=a.pdf", new byte[0]).isPdf())
                .isTrue();
        assertThat(new EmailAttachment("a.png", "image/png", new byte[0]).isPdf())
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "/tasks/1", "crm.studio.test/tasks/1", "https://x.test/a b"})
    void linksInMailAreAbsoluteWebAddresses(String link) {
        assertThatThrownBy(() -> new MailModels.TaskAssigned("Ed", "Task", null, "Pam", null, link))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("taskUrl");
    }

    @Test
    void modelsRejectBlankNamesBadCurrenciesAndImpossiblePeriods() {
        assertThatThrownBy(() -> new MailModels.TaskAssigned(" ", "Task", null, "Pam", null, "https://x.test/t/1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MailModels.ExpenseApproved(
                        "Ed", "Lens", BigDecimal.ONE, "euro", LocalDate.now(), "Mia", "https://x.test/e/1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MailModels.ScheduledReport(
                        "Olivia",
                        "Revenue",
                        "weekly",
                        LocalDate.of(2026, 3, 15),
                        LocalDate.of(2026, 3, 9),
                        "https://x.test/r/1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MailModels.ScheduledReport(
                        "Olivia",
                        "Revenue",
                        "hourly",
                        LocalDate.of(2026, 3, 9),
                        LocalDate.of(2026, 3, 15),
                        "https://x.test/r/1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyTemplateIsNamedOnceAndOnlyMemberMailFollowsPreferences() {
        assertThat(MailTemplate.values()).extracting(MailTemplate::value).doesNotHaveDuplicates();
        assertThat(MailTemplate.fromValue("invoice_sent")).isSameAs(MailTemplate.INVOICE_SENT);
        assertThat(MailTemplate.INVITATION.isEssential()).isTrue();
        assertThat(MailTemplate.INVITATION.preference()).isNull();
        assertThat(MailTemplate.INVOICE_SENT.preference()).isNull();
        assertThat(MailTemplate.TASK_ASSIGNED.preference()).isEqualTo(NotificationType.TASK_ASSIGNED);
        assertThat(NotificationType.TASK_ASSIGNED.sendsEmail()).isTrue();
        assertThat(NotificationType.INVOICE_PAID.sendsEmail()).isFalse();
    }
}
