package com.mediaflow.files;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A file attached to a record, as other modules and the API see it.
 *
 * @param fileName the name the uploader gave it, cleaned of paths and control characters; shown to
 *     people and offered on download, never used to store the bytes
 * @param contentType the media type read from the bytes, e.g. {@code image/jpeg}
 * @param sizeBytes the size in bytes
 * @param sha256 the SHA-256 of the bytes, in lower-case hex
 * @param thumbnailNote why there is no thumbnail, when {@code thumbnailStatus} is unavailable or failed
 */
public record StoredFile(
        UUID id,
        String entityType,
        UUID entityId,
        String fileName,
        String contentType,
        long sizeBytes,
        String sha256,
        @Nullable Integer width,
        @Nullable Integer height,
        ThumbnailStatus thumbnailStatus,
        @Nullable String thumbnailNote,
        @Nullable UUID uploadedBy,
        Instant uploadedAt) {}
