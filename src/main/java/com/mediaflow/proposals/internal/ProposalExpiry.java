package com.mediaflow.proposals.internal;

import java.time.Clock;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notes on each proposal's timeline when it expired: a sent, undecided version whose {@code
 * valid_until} has passed where the studio is. Its link stops working at that moment anyway (the
 * public routes check the date); this only records it, once, hourly on one instance.
 */
@Component
class ProposalExpiry {

    private final ProposalRepository proposals;
    private final ProposalActivities activities;
    private final ProposalCalendar calendar;
    private final JdbcClient jdbc;
    private final Clock clock;

    ProposalExpiry(
            ProposalRepository proposals,
            ProposalActivities activities,
            ProposalCalendar calendar,
            JdbcClient jdbc,
            Clock clock) {
        this.proposals = proposals;
        this.activities = activities;
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(cron = "0 5 * * * *")
    @SchedulerLock(name = "proposals.expiry", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
    void run() {
        noteExpired();
    }

    /** Records the expiry of every proposal that expired and has not been noted; how many. */
    @Transactional
    int noteExpired() {
        var expired =
                jdbc.sql("""
                        SELECT id FROM proposals_proposals
                        WHERE status IN ('SENT', 'VIEWED') AND valid_until < :today
                          AND expired_noted_at IS NULL AND deleted_at IS NULL
                        """).param("today", calendar.today()).query(UUID.class).list();
        var now = clock.instant();
        for (var id : expired) {
            var proposal = proposals.lockById(id).orElseThrow();
            proposal.noteExpired(now);
            activities.record(proposal, "expired", "Expired: it was valid until " + proposal.validUntil(), null, now);
        }
        return expired.size();
    }
}
