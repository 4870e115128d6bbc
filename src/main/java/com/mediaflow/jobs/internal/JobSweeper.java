package com.mediaflow.jobs.internal;

import com.mediaflow.files.GeneratedFiles;
import com.mediaflow.jobs.JobsProperties;
import java.io.IOException;
import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the jobs honest, on one instance at a time (ShedLock): a queued or running job whose
 * instance stopped confirming it (the instance died) is failed, and the results of finished jobs
 * are deleted from the files storage once they expire.
 */
@Component
public class JobSweeper {

    static final String ABANDONED = "The server running this job stopped before it finished. Please start it again.";
    private static final int BATCH = 200;
    private static final Logger log = LoggerFactory.getLogger(JobSweeper.class);

    private final JobRecords records;
    private final GeneratedFiles files;
    private final JobsProperties properties;
    private final Clock clock;

    JobSweeper(JobRecords records, GeneratedFiles files, JobsProperties properties, Clock clock) {
        this.records = records;
        this.files = files;
        this.properties = properties;
        this.clock = clock;
    }

    /** What one sweep did. */
    public record Swept(int abandoned, int expired) {}

    @Scheduled(
            fixedDelayString = "${mediaflow.jobs.sweep-interval:1m}",
            initialDelayString = "${mediaflow.jobs.sweep-interval:1m}")
    @SchedulerLock(name = "jobs.sweeper", lockAtMostFor = "PT10M")
    public Swept sweep() {
        var now = clock.instant();
        var abandoned = records.failAbandoned(now.minus(properties.staleAfter()), ABANDONED, properties.resultTtl());
        for (var id : abandoned) {
            log.warn("Job {} failed: its instance stopped confirming it", id);
        }
        var expired = 0;
        while (true) {
            var batch = records.expiredBy(now, BATCH);
            for (var job : batch) {
                try {
                    files.delete(job.resultKey());
                    records.markExpired(job.id());
                    expired++;
                } catch (IOException | RuntimeException e) {
                    log.warn("Cannot delete the result of job {}; will try again", job.id(), e);
                    return new Swept(abandoned.size(), expired);
                }
            }
            if (batch.size() < BATCH) {
                return new Swept(abandoned.size(), expired);
            }
        }
    }
}
