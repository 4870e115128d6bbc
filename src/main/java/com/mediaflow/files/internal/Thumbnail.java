package com.mediaflow.files.internal;

import org.jspecify.annotations.Nullable;

/** What an attempt to make a thumbnail came to: the image, or why there is none. */
record Thumbnail(
        Outcome outcome,
        byte @Nullable [] bytes,
        @Nullable String contentType,
        @Nullable String note) {

    enum Outcome {
        MADE,
        UNAVAILABLE,
        FAILED
    }

    static Thumbnail made(byte[] bytes, String contentType) {
        return new Thumbnail(Outcome.MADE, bytes, contentType, null);
    }

    static Thumbnail unavailable(String note) {
        return new Thumbnail(Outcome.UNAVAILABLE, null, null, note);
    }

    static Thumbnail failed(String note) {
        return new Thumbnail(Outcome.FAILED, null, null, note);
    }

    String extension() {
        return "image/png".equals(contentType) ? "png" : "jpg";
    }
}
