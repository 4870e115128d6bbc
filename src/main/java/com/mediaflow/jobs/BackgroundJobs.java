package com.mediaflow.jobs;

import com.mediaflow.jobs.internal.JobRecords;
import com.mediaflow.jobs.internal.JobRunner;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.web.NotFoundException;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Runs long work in the background. A route that would take too long submits the work and answers
 * {@code 202 Accepted} with the ticket ({@code return jobs.submit(request, work).accepted();}); the
 * member follows {@code GET /api/jobs/{id}} and downloads the result from
 * {@code GET /api/jobs/{id}/download}, on any instance.
 *
 * <pre>{@code
 * var ticket = jobs.submit(
 *         new JobRequest("export.contacts", user.id(), "contacts.csv", "text/csv", Map.of("q", q)),
 *         context -> {
 *             for (...) { write(context.output(), row); context.progress(++done, total); }
 *         });
 * }</pre>
 */
@Service
public class BackgroundJobs {

    private final JobRunner runner;
    private final JobRecords records;

    BackgroundJobs(JobRunner runner, JobRecords records) {
        this.runner = runner;
        this.records = records;
    }

    /**
     * Records the job as queued and runs {@code work} on a worker of this instance. Called within a
     * transaction, the work starts only once it commits (and never if it rolls back).
     */
    public JobTicket submit(JobRequest request, JobWork work) {
        return runner.submit(request, work);
    }

    /**
     * The job, for its owner or an owner of the studio.
     *
     * @throws NotFoundException when there is no such job or {@code viewer} may not see it
     */
    public JobView find(UUID id, CurrentUser viewer) {
        return records.find(id)
                .filter(job -> viewer.isOwner() || job.ownerId().equals(viewer.id()))
                .map(JobRecords.StoredJob::view)
                .orElseThrow(() -> NotFoundException.of("Job", id));
    }
}
