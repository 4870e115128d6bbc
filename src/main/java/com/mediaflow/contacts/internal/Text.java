package com.mediaflow.contacts.internal;

import org.jspecify.annotations.Nullable;

/** Input text as it is stored: without surrounding white space, and absent rather than blank. */
final class Text {

    private Text() {}

    static @Nullable String clean(@Nullable String value) {
        if (value == null) {
            return null;
        }
        var stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
