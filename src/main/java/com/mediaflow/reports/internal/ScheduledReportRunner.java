package com.mediaflow.reports.internal;

import com.mediaflow.analytics.AnalyticsPeriod;
import com.mediaflow.notifications.EmailAttachment;
import com.mediaflow.notifications.MailModels;
import com.mediaflow.notifications.MailRecipient;
import com.mediaflow.notifications.MailTemplate;
import com.mediaflow.notifications.Mailer;
import com.mediaflow.reports.ReportsProperties;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.security.Permission;
import com.mediaflow.shared.web.ApiException;
import com.mediaflow.team.MemberAccount;
import com.mediaflow.team.TeamDirectory;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the scheduled reports that are due. Each due time is sent once, however many instances run
 * and however often they look: ShedLock lets one instance look at a time, and each schedule is
 * claimed by moving its {@code next_run_at} on only where it still holds the due time, in the same
 * transaction that renders the report and queues its e-mails (the mail outbox sends them after the
 * commit). A run that cannot be made (its creator lost access, the project is gone) records why in
 * {@code last_error} and moves on to the next due time rather than retrying every minute.
 *
 * <p>The report covers the day, week or month before the due time and shows what its creator may
 * see at the time it runs.
 */
@Component
public class ScheduledReportRunner {

    private static final Logger log = LoggerFactory.getLogger(ScheduledReportRunner.class);
    private static final int BATCH = 50;

    private final ScheduleStore store;
    private final Reports reports;
    private final TeamDirectory team;
    private final Mailer mailer;
    private final ReportBranding studio;
    private final ReportsProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ScheduledReportRunner(
            ScheduleStore store,
            Reports reports,
            TeamDirectory team,
            Mailer mailer,
            ReportBranding studio,
            ReportsProperties properties,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.store = store;
        this.reports = reports;
        this.team = team;
        this.mailer = mailer;
        this.studio = studio;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** The same runner on another clock, for tests that move time by hand. */
    ScheduledReportRunner withClock(Clock other) {
        return new ScheduledReportRunner(
                store,
                reports,
                team,
                mailer,
                studio,
                properties,
                java.util.Objects.requireNonNull(transactions.getTransactionManager()),
                other);
    }

    @Scheduled(
            fixedDelayString = "${mediaflow.reports.scheduler-interval:1m}",
            initialDelayString = "${mediaflow.reports.scheduler-interval:1m}")
    @SchedulerLock(name = "reports.scheduled", lockAtMostFor = "PT30M")
    public void tick() {
        runDue();
    }

    /** Sends every schedule due now; how many were sent. */
    public int runDue() {
        var now = clock.instant();
        var sent = 0;
        for (var row : store.due(now, BATCH)) {
            if (run(row, now)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean run(ScheduleStore.Row row, Instant now) {
        var times = ReportSchedules.times(
                row.frequency(), row.timeOfDay(), row.dayOfWeek(), row.dayOfMonth(), studio.zone());
        var due = row.nextRunAt();
        // After a pause (every instance down), send once for the last due time, not once per missed one.
        var next = times.nextAfter(now.isAfter(due) ? now : due);
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> {
                if (!store.claim(row.id(), due, next, now)) {
                    return false;
                }
                send(row, times, due);
                return true;
            }));
        } catch (RuntimeException e) {
            var expected = e instanceof ApiException || e instanceof Unsendable;
            var reason = expected ? e.getMessage() : "The report could not be made (see the server log at " + now + ")";
            if (expected) {
                log.info("Scheduled report {} due at {} was not sent: {}", row.id(), due, reason);
            } else {
                log.error("Scheduled report {} due at {} was not sent", row.id(), due, e);
            }
            transactions.executeWithoutResult(status -> store.failed(row.id(), due, next, now, reason));
            return false;
        }
    }

    private void send(ScheduleStore.Row row, ScheduleTimes times, Instant due) {
        var creator = team.findAccount(row.createdBy())
                .filter(MemberAccount::isActive)
                .orElseThrow(() -> new Unsendable("The member who scheduled this report is no longer active"));
        if (row.kind() == ReportKind.FINANCIAL && !creator.role().has(Permission.CAN_VIEW_FINANCIALS)) {
            throw new Unsendable("The member who scheduled this report may no longer view financials");
        }
        var user = new CurrentUser(
                creator.id(), creator.email(), creator.fullName(), creator.role(), "scheduled-report:" + row.id());
        var days = times.periodFor(due);
        var file = reports.render(
                new ReportRequest(
                        row.kind(), row.projectId(), new AnalyticsPeriod(days[0], days[1]), null, row.format()),
                user);
        var attachment = new EmailAttachment(file.fileName(), file.contentType(), file.content());
        for (var memberId : row.memberIds()) {
            team.findAccount(memberId)
                    .filter(MemberAccount::isActive)
                    .ifPresent(member -> mailer.send(
                            MailTemplate.SCHEDULED_REPORT,
                            MailRecipient.member(member.id(), member.email()),
                            model(member.fullName(), row, days),
                            List.of(attachment)));
        }
        for (var email : row.emails()) {
            mailer.send(
                    MailTemplate.SCHEDULED_REPORT,
                    MailRecipient.address(email),
                    model(email, row, days),
                    List.of(attachment));
        }
    }

    private MailModels.ScheduledReport model(String recipient, ScheduleStore.Row row, java.time.LocalDate[] days) {
        return new MailModels.ScheduledReport(
                recipient, row.name(), row.frequency().value(), days[0], days[1], properties.reportsLink());
    }

    /** A run that cannot be made, with a reason for the member who scheduled it. */
    static final class Unsendable extends RuntimeException {
        Unsendable(String reason) {
            super(reason);
        }
    }
}
