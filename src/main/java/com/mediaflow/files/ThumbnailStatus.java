package com.mediaflow.files;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether a file has a thumbnail. */
public enum ThumbnailStatus {
    /** Still to be made: it is made right after the upload commits, or when first requested. */
    PENDING,
    /** Made; {@code GET /api/files/{id}/thumbnail} serves it. */
    READY,
    /** None can be made, for the reason in the file's {@code thumbnail_note}. */
    UNAVAILABLE,
    /** Making one failed (a corrupt image or video), for the reason in {@code thumbnail_note}. */
    FAILED;

    @JsonValue
    public String value() {
        return name().toLowerCase();
    }
}
