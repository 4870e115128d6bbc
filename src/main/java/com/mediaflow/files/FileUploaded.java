package com.mediaflow.files;

import java.util.UUID;

/** A file was attached to a record. */
public record FileUploaded(UUID fileId, String entityType, UUID entityId, String contentType, long sizeBytes) {}
