/**
 * Background jobs: long pieces of work (large exports, reports) that run outside the request on a
 * bounded pool, report their progress, and leave their result in the files storage for any instance
 * to serve. A route submits work through {@link com.mediaflow.jobs.BackgroundJobs} and answers
 * {@code 202 Accepted} with the {@link com.mediaflow.jobs.JobTicket}; the member then follows
 * {@code GET /api/jobs/{id}} and downloads the result from {@code GET /api/jobs/{id}/download}.
 *
 * <p>Job rows live in PostgreSQL. Each instance beats a heartbeat for the jobs it holds; a sweeper
 * (one instance at a time, ShedLock) fails the jobs whose instance stopped beating and deletes
 * results once they expire.
 */
@ApplicationModule(displayName = "Background jobs")
@NullMarked
package com.mediaflow.jobs;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
