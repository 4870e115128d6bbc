package com.mediaflow.files.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Where the bytes of files live, by key. Keys are made by this module from random ids (never from
 * a user's file name) and look like {@code files/3f/2a/3f2a…}. Two implementations: the local disk
 * and an S3-compatible bucket, chosen by {@code mediaflow.files.storage}.
 */
public interface FileStorage {

    /**
     * Writes the whole stream under {@code key}. The object appears only once it is complete: when
     * the stream fails (or is cut off by a size limit) nothing is left under the key.
     *
     * @return the number of bytes written
     */
    long write(String key, InputStream content) throws IOException;

    /** The object's bytes; the caller closes the stream. */
    InputStream read(String key) throws IOException;

    /** {@code length} bytes from {@code offset} (both within the object). */
    InputStream read(String key, long offset, long length) throws IOException;

    boolean exists(String key) throws IOException;

    /** Deletes the object; nothing happens when there is none. */
    void delete(String key) throws IOException;

    /** Every object under {@code prefix}, with when it was written, for the orphan sweep. */
    void forEach(String prefix, Consumer<StoredObject> action) throws IOException;

    /**
     * Gives up writes that started before {@code startedBefore} and never completed (temporary files,
     * unfinished multipart uploads), for the orphan sweep.
     */
    void abandonIncomplete(Instant startedBefore) throws IOException;

    record StoredObject(String key, Instant lastModified) {}

    /** No object is stored under the key. */
    class MissingObjectException extends IOException {
        public MissingObjectException(String key) {
            super("No stored object " + key);
        }
    }
}
