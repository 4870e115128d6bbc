package com.mediaflow.files.internal;

import java.util.UUID;

/**
 * Storage keys are random: {@code files/3f/2a/3f2a9c…} for a file's bytes and
 * {@code thumbnails/…} for its thumbnail. Nothing a user sends ends up in a key. The two leading
 * pairs of hex digits spread the objects over folders on a local disk.
 */
final class StorageKeys {

    static final String FILES = "files/";
    static final String THUMBNAILS = "thumbnails/";

    private StorageKeys() {}

    static String newFileKey() {
        return key(FILES, "");
    }

    static String newThumbnailKey(String extension) {
        return key(THUMBNAILS, "." + extension);
    }

    private static String key(String prefix, String suffix) {
        var id = UUID.randomUUID().toString().replace("-", "");
        return prefix + id.substring(0, 2) + "/" + id.substring(2, 4) + "/" + id + suffix;
    }
}
