package com.mediaflow.accounting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.shared.security.Role;
import com.mediaflow.support.AccountingFixtures;
import com.mediaflow.support.Api;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.TestInfrastructure;
import com.mediaflow.support.TestUsers;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class OverdueRemindersIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    @Autowired
    OverdueReminders reminders;

    Api api;
    AccountingFixtures fixtures;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        fixtures = new AccountingFixtures(api, jdbc);
    }

    @Test
    void anOverdueInvoiceIsRemindedAfterTheGraceDaysAndAtMostOncePerInterval() throws Exception {
        var manager = users.create(Role.MANAGER);
        var email = "late-" + UUID.randomUUID().toString().substring(0, 8) + "@client.test";
        var id = overdueInvoice(manager, email, 1);
        // Whole milliseconds, which the database keeps exactly.
        var now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);

        reminders.remindAt(now);
        assertThat(lastReminder(id)).as("within the grace days").isNull();

        var third = now.plus(Duration.ofDays(2));
        reminders.remindAt(third);
        assertThat(lastReminder(id)).isEqualTo(third);
        var mail = awaitMail(email);
        assertThat(mail.getSubject()).contains("overdue").contains(number(id));

        reminders.remindAt(third.plus(Duration.ofDays(6)));
        assertThat(lastReminder(id)).isEqualTo(third);

        var later = third.plus(Duration.ofDays(7));
        reminders.remindAt(later);
        assertThat(lastReminder(id)).isEqualTo(later);
        assertThat(mailsTo(email)).isEqualTo(2);
    }

    @Test
    void paidInvoicesAreNotReminded() {
        var manager = users.create(Role.MANAGER);
        var email = "paid-" + UUID.randomUUID().toString().substring(0, 8) + "@client.test";
        var id = overdueInvoice(manager, email, 10);
        assertThat(api.patch(manager, "/api/accounting/invoices/" + id + "/mark-paid", Map.of()))
                .hasStatusOk();

        reminders.remindAt(Instant.now());

        assertThat(lastReminder(id)).isNull();
    }

    /** An issued invoice of a client with an e-mail address, due {@code daysAgo} days ago. */
    private String overdueInvoice(TestUsers.TestUser manager, String email, int daysAgo) {
        var client = fixtures.clientWithEmail(manager, email);
        var id = fixtures.draft(
                manager,
                AccountingFixtures.invoiceBody(
                        client, "EUR", List.of(AccountingFixtures.item("Grade", "1", "500.00", "0"))));
        assertThat(fixtures.issue(manager, id)).hasStatusOk();
        var due = fixtures.projects().today().minusDays(daysAgo);
        jdbc.sql("UPDATE accounting_invoices SET issue_date = :due, due_date = :due WHERE id = :id")
                .param("due", due)
                .param("id", UUID.fromString(id))
                .update();
        return id;
    }

    private @Nullable Instant lastReminder(String id) {
        return jdbc.sql("SELECT last_reminder_at FROM accounting_invoices WHERE id = :id")
                .param("id", UUID.fromString(id))
                .query((rs, n) -> {
                    var value = rs.getTimestamp(1);
                    return value == null ? null : value.toInstant();
                })
                .optional()
                .orElse(null);
    }

    private String number(String id) {
        return jdbc.sql("SELECT number FROM accounting_invoices WHERE id = :id")
                .param("id", UUID.fromString(id))
                .query(String.class)
                .single();
    }

    private static MimeMessage awaitMail(String recipient) throws Exception {
        for (int i = 0; i < 150; i++) {
            for (var message : TestInfrastructure.mailbox().getReceivedMessages()) {
                if (Arrays.stream(message.getAllRecipients())
                        .anyMatch(a -> a.toString().equals(recipient))) {
                    return message;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No mail to " + recipient);
    }

    private static long mailsTo(String recipient) throws Exception {
        for (int i = 0; i < 150; i++) {
            var count = Arrays.stream(TestInfrastructure.mailbox().getReceivedMessages())
                    .filter(message -> {
                        try {
                            return Arrays.stream(message.getAllRecipients())
                                    .anyMatch(a -> a.toString().equals(recipient));
                        } catch (jakarta.mail.MessagingException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .count();
            if (count >= 2) {
                return count;
            }
            Thread.sleep(100);
        }
        return 0;
    }
}
