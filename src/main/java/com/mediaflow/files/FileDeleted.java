package com.mediaflow.files;

import java.util.UUID;

/** A file was removed from a record; its bytes are deleted once the removal commits. */
public record FileDeleted(UUID fileId, String entityType, UUID entityId) {}
