package com.mediaflow.jobs;

import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The answer to a request whose work became a background job.
 *
 * @param jobId the job's id
 * @param status {@code queued} (or already further)
 * @param statusUrl where to follow the job: {@code GET /api/jobs/{id}}
 */
public record JobTicket(UUID jobId, JobStatus status, String statusUrl) {

    public static JobTicket of(UUID jobId, JobStatus status) {
        return new JobTicket(jobId, status, "/api/jobs/" + jobId);
    }

    /** {@code 202 Accepted} with this ticket as the body and {@code Location} naming the status URL. */
    public ResponseEntity<JobTicket> accepted() {
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create(statusUrl))
                .body(this);
    }
}
