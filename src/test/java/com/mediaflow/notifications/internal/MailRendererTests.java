package com.mediaflow.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.mediaflow.notifications.MailModels;
import com.mediaflow.notifications.MailTemplate;
import com.mediaflow.notifications.NotificationProperties;
import com.mediaflow.organization.OrganizationDirectory;
import com.mediaflow.organization.OrganizationProfile;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class MailRendererTests {

    @TempDir
    Path overrides;

    private static final MailModels.TaskAssigned TASK = new MailModels.TaskAssigned(
            "Ed Editor",
            "Colour grade the teaser",
            "Spring Campaign",
            "Pam Producer",
            LocalDate.of(2026, 3, 20),
            "https://crm.studio.test/tasks/42");

    @Test
    void theTextPartReadsAsPlainTextWithTheStudioSignatureAndThePreferencesLink() {
        var mail = renderer(studio("#1F6FEB"), null).render(MailTemplate.TASK_ASSIGNED, "ed@studio.test", TASK);

        assertThat(mail.subject()).isEqualTo("New task: Colour grade the teaser");
        assertThat(mail.text()).isEqualTo("""
                Hello Ed Editor,

                Pam Producer assigned you a task in Spring Campaign:

                  Colour grade the teaser
                  Due 20 March 2026

                Open it here:
                https://crm.studio.test/tasks/42

                --
                Northwind Studio
                Hafenstrasse 5
                20457 Hamburg, DE
                hello@northwind.test

                Choose which e-mails you get: https://app.studio.test/settings/notifications
                """);
    }

    @Test
    void optionalPartsLeaveNoGapsWhenMissing() {
        var bare = new MailModels.TaskAssigned(
                "Ed Editor", "Colour grade the teaser", null, "Pam Producer", null, "https://crm.studio.test/tasks/42");

        var mail = renderer(studio("#1F6FEB"), null).render(MailTemplate.TASK_ASSIGNED, "ed@studio.test", bare);

        assertThat(mail.text()).startsWith("""
                        Hello Ed Editor,

                        Pam Producer assigned you a task:

                          Colour grade the teaser

                        Open it here:
                        https://crm.studio.test/tasks/42

                        --
                        """);
    }

    @Test
    void datesAreShownInTheStudiosTimeZone() {
        var mail = renderer(studio("#1F6FEB"), null)
                .render(
                        MailTemplate.PROPOSAL_VIEWED,
                        "pam@studio.test",
                        new MailModels.ProposalViewed(
                                "Pam",
                                "PROP-2026-0001",
                                "Teaser",
                                "Northwind",
                                Instant.parse("2026-07-01T22:30:00Z"),
                                "https://crm.studio.test/proposals/1"));

        assertThat(mail.text()).contains("on 2 July 2026, 00:30 (Europe/Berlin)");
    }

    @Test
    void amountsUseTheCurrencysDecimalsRoundedHalfUp() {
        var mail = renderer(studio("#1F6FEB"), null)
                .render(
                        MailTemplate.EXPENSE_APPROVED,
                        "ed@studio.test",
                        new MailModels.ExpenseApproved(
                                "Ed",
                                "Lenses",
                                new BigDecimal("1234567.125"),
                                "EUR",
                                LocalDate.of(2026, 1, 5),
                                "Mia",
                                "https://crm.studio.test/expenses/1"));

        assertThat(mail.text()).contains("1,234,567.13 EUR");
    }

    @Test
    void aLightBrandColourGetsDarkTextInTheHeader() {
        var light = renderer(studio("#FFE066"), null).render(MailTemplate.TASK_ASSIGNED, "ed@studio.test", TASK);
        var dark = renderer(studio("#102A43"), null).render(MailTemplate.TASK_ASSIGNED, "ed@studio.test", TASK);

        assertThat(light.html()).contains("background:#FFE066;color:#000000");
        assertThat(dark.html()).contains("background:#102A43;color:#FFFFFF");
    }

    @Test
    void aTemplateInTheConfiguredFolderReplacesTheBuiltInOneAndTheRestStay() throws IOException {
        Files.writeString(overrides.resolve("task-assigned.subject.hbs"), "[{{studio.name}}] {{taskTitle}} is yours");
        var renderer = renderer(studio("#1F6FEB"), overrides);

        var mail = renderer.render(MailTemplate.TASK_ASSIGNED, "ed@studio.test", TASK);

        assertThat(mail.subject()).isEqualTo("[Northwind Studio] Colour grade the teaser is yours");
        assertThat(mail.text()).contains("Pam Producer assigned you a task");
    }

    @Test
    void anOverrideIsReadAgainWhenItChanges() throws IOException {
        var subject = overrides.resolve("task-assigned.subject.hbs");
        Files.writeString(subject, "First {{taskTitle}}");
        var renderer = renderer(studio("#1F6FEB"), overrides);
        assertThat(renderer.render(MailTemplate.TASK_ASSIGNED, "ed@studio.test", TASK)
                        .subject())
                .startsWith("First");

        Files.writeString(subject, "Second {{taskTitle}}");
        Files.setLastModifiedTime(
                subject, java.nio.file.attribute.FileTime.from(Instant.now().plus(Duration.ofMinutes(1))));

        assertThat(renderer.render(MailTemplate.TASK_ASSIGNED, "ed@studio.test", TASK)
                        .subject())
                .startsWith("Second");
    }

    @Test
    void aSubjectIsAlwaysOneLine() throws IOException {
        Files.writeString(overrides.resolve("task-assigned.subject.hbs"), "New task:\r\n{{taskTitle}}\nBcc: x@y.test");

        var mail = renderer(studio("#1F6FEB"), overrides).render(MailTemplate.TASK_ASSIGNED, "ed@studio.test", TASK);

        assertThat(mail.subject()).isEqualTo("New task: Colour grade the teaser Bcc: x@y.test");
    }

    @Test
    void aMissingTemplateFolderStopsTheStart() {
        var missing = overrides.resolve("nope");

        assertThatThrownBy(() -> renderer(studio("#1F6FEB"), missing))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("template-dir");
    }

    @Test
    void everyTemplateHasItsThreeFiles() {
        for (var template : MailTemplate.values()) {
            for (var part : new String[] {".subject.hbs", ".txt.hbs", ".html.hbs"}) {
                assertThat(getClass().getResource(MailRenderer.CLASSPATH_FOLDER + "/" + template.fileName() + part))
                        .as(template.fileName() + part)
                        .isNotNull();
            }
        }
    }

    static MailRenderer renderer(OrganizationProfile profile, @Nullable Path templateDir) {
        var organization = mock(OrganizationDirectory.class);
        when(organization.current()).thenReturn(profile);
        return new MailRenderer(organization, properties(templateDir));
    }

    static NotificationProperties properties(@Nullable Path templateDir) {
        return new NotificationProperties(
                "https://app.studio.test/",
                templateDir,
                new NotificationProperties.Mail(
                        "Studio <no-reply@studio.test>",
                        0,
                        20,
                        Duration.ofSeconds(2),
                        Duration.ofMinutes(5),
                        Duration.ofSeconds(30),
                        Duration.ofMinutes(30),
                        5,
                        DataSize.ofMegabytes(20)),
                new NotificationProperties.Stream(
                        Duration.ofSeconds(15), Duration.ofMinutes(30), 500, "mediaflow:notifications"),
                new NotificationProperties.Retention(Duration.ofDays(30), Duration.ofDays(90), Duration.ofDays(90)),
                "0 17 3 * * *");
    }

    static OrganizationProfile studio(String brandColor) {
        return new OrganizationProfile(
                "Northwind Studio",
                null,
                "hello@northwind.test",
                null,
                null,
                new OrganizationProfile.Address("Hafenstrasse 5", null, "Hamburg", "20457", null, "DE"),
                null,
                null,
                "EUR",
                "INV",
                "CN",
                "PROP",
                30,
                new OrganizationProfile.BankDetails(null, null, null, null, null),
                brandColor,
                "Europe/Berlin",
                0);
    }
}
