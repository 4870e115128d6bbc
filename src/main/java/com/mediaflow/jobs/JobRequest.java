package com.mediaflow.jobs;

import java.util.Map;
import java.util.UUID;

/**
 * A piece of work to run in the background.
 *
 * @param kind what it is, short and stable, e.g. {@code export.contacts}
 * @param ownerMemberId who started it: only they (and owners) may see it and download its result
 * @param fileName the name the result is downloaded as, e.g. {@code contacts-2026-11-21.xlsx}
 * @param contentType the media type of the result
 * @param parameters what the work was asked for (filters, format), shown with the job's status;
 *     values must be JSON-serialisable (strings, numbers, booleans, lists, maps)
 */
public record JobRequest(
        String kind, UUID ownerMemberId, String fileName, String contentType, Map<String, ?> parameters) {

    public JobRequest {
        if (kind.isBlank() || fileName.isBlank() || contentType.isBlank()) {
            throw new IllegalArgumentException("A job needs a kind, a file name and a content type");
        }
        parameters = Map.copyOf(parameters);
    }
}
