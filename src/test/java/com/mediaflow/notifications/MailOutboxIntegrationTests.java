package com.mediaflow.notifications;

import static com.mediaflow.support.Http.from;
import static com.mediaflow.support.Http.uniqueIp;
import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.shared.security.Role;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.Mailbox;
import com.mediaflow.support.TestUsers;
import com.mediaflow.support.TestUsers.TestUser;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox as callers and owners meet it: transactional, preference-aware, visible to owners only. */
@IntegrationTest
class MailOutboxIntegrationTests {

    @Autowired
    Mailer mailer;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    private final Mailbox mailbox = Mailbox.shared();

    @Test
    void mailOfARolledBackChangeIsNeverQueued() {
        var address = "rolled-back-" + UUID.randomUUID() + "@studio.test";

        transactions.executeWithoutResult(status -> {
            mailer.send(new EmailMessage(address, "Never", "Never sent"));
            status.setRollbackOnly();
        });

        assertThat(outboxRows(address)).isZero();
    }

    @Test
    void mailIsStoredWithTheChangeAndSentOnlyAfterTheCommit() throws InterruptedException {
        var address = "after-commit-" + UUID.randomUUID() + "@studio.test";

        var id = transactions.execute(status -> {
            var queued = mailer.send(new EmailMessage(address, "After commit", "Sent after the commit"));
            sleep(Duration.ofMillis(500));
            assertThat(mailbox.to(address))
                    .as("nothing leaves before the commit")
                    .isEmpty();
            return queued;
        });

        mailbox.await(address, mail -> mail.subject().equals("After commit"));
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(status(id)).isEqualTo("SENT"));
        assertThat(mailbox.to(address)).hasSize(1);
    }

    @Test
    void privateLinksAreErasedAndAttachmentBytesDroppedOnceSentWhileOwnersStillSeeWhatWasSent() {
        var address = "invoice-" + UUID.randomUUID() + "@client.test";
        var pdf = "%PDF-1.7 invoice".getBytes(StandardCharsets.US_ASCII);
        var id = mailer.send(
                        MailTemplate.INVOICE_SENT,
                        MailRecipient.address(address),
                        new MailModels.InvoiceSent(
                                "Nora",
                                "INV-2026-0100",
                                new BigDecimal("99.00"),
                                "EUR",
                                LocalDate.of(2026, 6, 1),
                                null,
                                "https://crm.studio.test/i/secret-token"),
                        List.of(EmailAttachment.pdf("INV-2026-0100.pdf", pdf)))
                .orElseThrow();
        assertThat(mailbox.await(address, any -> true).attachments()).hasSize(1);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> status(id).equals("SENT"));

        var stored = jdbc.sql("SELECT text_body, html_body FROM notification_mail_outbox WHERE id = ?")
                .param(id)
                .query((rs, row) -> new String[] {rs.getString("text_body"), rs.getString("html_body")})
                .single();
        assertThat(stored[0]).doesNotContain("secret-token").contains("erased");
        assertThat(stored[1]).isNull();
        var bytes = jdbc.sql("SELECT length(content) FROM notification_mail_attachments WHERE outbox_id = ?")
                .param(id)
                .query(Integer.class)
                .single();
        assertThat(bytes).isZero();
        var owner = users.create(Role.OWNER);
        var view = get(owner, "/api/notifications/outbox/" + id);
        assertThat(view).hasStatusOk();
        assertThat(view).bodyJson().extractingPath("$.status").isEqualTo("sent");
        assertThat(view).bodyJson().extractingPath("$.template").isEqualTo("invoice_sent");
        assertThat(view).bodyJson().extractingPath("$.attachments[0].filename").isEqualTo("INV-2026-0100.pdf");
        assertThat(view)
                .bodyJson()
                .extractingPath("$.attachments[0].content_type")
                .isEqualTo("application/pdf");
        assertThat(view).bodyJson().extractingPath("$.attachments[0].size").isEqualTo(pdf.length);
    }

    @Test
    void aMemberWhoTurnedAKindOffGetsNoSuchMailButEssentialMailStillArrives() {
        var editor = users.create(Role.EDITOR);
        var muted = mvc.put()
                .uri("/api/notifications/preferences")
                .header("Authorization", editor.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"preferences\":[{\"type\":\"task_assigned\",\"in_app\":true,\"email\":false}]}")
                .exchange();
        assertThat(muted).hasStatusOk();

        var taskMail =
                mailer.send(MailTemplate.TASK_ASSIGNED, MailRecipient.member(editor.id(), editor.email()), task());
        var expenseMail = mailer.send(
                MailTemplate.EXPENSE_APPROVED,
                MailRecipient.member(editor.id(), editor.email()),
                new MailModels.ExpenseApproved(
                        "Ed",
                        "Lens hire",
                        BigDecimal.TEN,
                        "EUR",
                        LocalDate.of(2026, 2, 2),
                        "Mia",
                        "https://crm.studio.test/expenses/1"));
        var forgot = mvc.post()
                .uri("/api/auth/password/forgot")
                .with(from(uniqueIp()))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"" + editor.email() + "\"}")
                .exchange();

        assertThat(taskMail).isEmpty();
        assertThat(expenseMail).isPresent();
        assertThat(forgot).hasStatus(202);
        mailbox.await(editor.email(), mail -> mail.subject().equals("Reset your MediaFlow password"));
        mailbox.await(editor.email(), mail -> mail.subject().contains("Lens hire"));
        assertThat(mailbox.to(editor.email())).noneMatch(mail -> mail.subject().startsWith("New task"));
    }

    @Test
    void onlyOwnersSeeTheOutboxAndRetryMail() {
        var owner = users.create(Role.OWNER);
        var manager = users.create(Role.MANAGER);
        var editor = users.create(Role.EDITOR);
        var address = "outbox-" + UUID.randomUUID() + "@client.test";
        var id = mailer.send(MailTemplate.TASK_ASSIGNED, MailRecipient.address(address), task())
                .orElseThrow();
        mailbox.await(address, any -> true);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> status(id).equals("SENT"));

        var asOwner = get(owner, "/api/notifications/outbox?recipient=" + address.toUpperCase());
        assertThat(asOwner).hasStatusOk();
        assertThat(asOwner).bodyJson().extractingPath("$.pagination.total").isEqualTo(1);
        assertThat(asOwner).bodyJson().extractingPath("$.data[0].id").isEqualTo(id.toString());
        assertThat(asOwner).bodyJson().extractingPath("$.data[0].recipient").isEqualTo(address);
        assertThat(asOwner).bodyJson().extractingPath("$.data[0].subject").isEqualTo("New task: Colour grade");
        assertThat(asOwner).bodyJson().extractingPath("$.data[0].status").isEqualTo("sent");
        assertThat(asOwner).bodyJson().extractingPath("$.data[0].attempts").isEqualTo(1);
        assertThat(asOwner).bodyJson().extractingPath("$.data[0].last_error").isNull();
        assertThat(get(owner, "/api/notifications/outbox?status=failed&recipient=" + address))
                .bodyJson()
                .extractingPath("$.pagination.total")
                .isEqualTo(0);
        assertThat(get(owner, "/api/notifications/outbox?template=task_assigned&status=sent&sort=-sent_at&limit=1"))
                .bodyJson()
                .extractingPath("$.data[0].template")
                .isEqualTo("task_assigned");
        var unknownTemplate = get(owner, "/api/notifications/outbox?template=birthday");
        assertThat(unknownTemplate).hasStatus(400);
        assertThat(unknownTemplate)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("template");
        assertThat(get(owner, "/api/notifications/outbox?body=x")).hasStatus(400);

        assertThat(get(manager, "/api/notifications/outbox")).hasStatus(403);
        assertThat(get(editor, "/api/notifications/outbox")).hasStatus(403);
        assertThat(get(editor, "/api/notifications/outbox/" + id)).hasStatus(403);
        assertThat(retry(manager, id)).hasStatus(403);
        var sentAgain = retry(owner, id);
        assertThat(sentAgain).hasStatus(409);
        assertThat(sentAgain).bodyJson().extractingPath("$.code").isEqualTo("INVALID_STATE");
        assertThat(retry(owner, UUID.randomUUID())).hasStatus(404);
        assertThat(mailbox.to(address)).hasSize(1);
    }

    private static MailModels.TaskAssigned task() {
        return new MailModels.TaskAssigned("Ed", "Colour grade", null, "Pam", null, "https://crm.studio.test/tasks/1");
    }

    private MvcTestResult get(TestUser user, String uri) {
        return mvc.get().uri(uri).header("Authorization", user.bearer()).exchange();
    }

    private MvcTestResult retry(TestUser user, UUID id) {
        return mvc.post()
                .uri("/api/notifications/outbox/{id}/retry", id)
                .header("Authorization", user.bearer())
                .exchange();
    }

    private String status(UUID id) {
        return jdbc.sql("SELECT status FROM notification_mail_outbox WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private long outboxRows(String address) {
        return jdbc.sql("SELECT count(*) FROM notification_mail_outbox WHERE recipient = ?")
                .param(address)
                .query(Long.class)
                .single();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
