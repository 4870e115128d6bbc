package com.mediaflow.jobs;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A job as its owner sees it.
 *
 * @param id the job's id
 * @param kind what it is, e.g. {@code export.contacts}
 * @param status queued, running, succeeded, failed or expired
 * @param percent how much of the work is done, 0 to 100 (100 only once it succeeded)
 * @param rowsDone rows written so far
 * @param rowsTotal rows expected, when known
 * @param fileName the name the result downloads as
 * @param contentType the media type of the result
 * @param sizeBytes the size of the result, once it succeeded
 * @param parameters what the job was asked for (filters, format)
 * @param error why it failed, in words meant for people (never a stack trace)
 * @param createdAt when it was submitted
 * @param startedAt when a worker started it
 * @param finishedAt when it succeeded or failed
 * @param expiresAt when its result is deleted
 * @param downloadUrl where to download the result, while it succeeded and has not expired
 */
public record JobView(
        UUID id,
        String kind,
        JobStatus status,
        int percent,
        long rowsDone,
        @Nullable Long rowsTotal,
        String fileName,
        String contentType,
        @Nullable Long sizeBytes,
        JsonNode parameters,
        @Nullable String error,
        Instant createdAt,
        @Nullable Instant startedAt,
        @Nullable Instant finishedAt,
        @Nullable Instant expiresAt,
        @Nullable String downloadUrl) {}
