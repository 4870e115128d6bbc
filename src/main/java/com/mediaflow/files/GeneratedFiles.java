package com.mediaflow.files;

import com.mediaflow.files.internal.FileStorage;
import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Files the application makes itself (export results, rendered reports), kept in the same storage
 * as uploads (the local folder or the S3 bucket) so that any instance can serve them. They have no
 * file record and are not attachments: the module that makes one keeps its key and deletes it when
 * it is no longer wanted. Keys live under {@code generated/}, which the orphan sweep of uploads
 * never touches.
 */
@Service
public class GeneratedFiles {

    private static final String PREFIX = "generated/";

    private final FileStorage storage;

    GeneratedFiles(FileStorage storage) {
        this.storage = storage;
    }

    /** A new random key, e.g. {@code generated/3f/2a/3f2a9c…}; nothing is stored under it yet. */
    public String newKey() {
        var id = UUID.randomUUID().toString().replace("-", "");
        return PREFIX + id.substring(0, 2) + "/" + id.substring(2, 4) + "/" + id;
    }

    /**
     * Stores the whole stream under a key from {@link #newKey()}; the object appears only once it is
     * complete. The caller closes {@code content}.
     *
     * @return the number of bytes stored
     */
    public long store(String key, InputStream content) throws IOException {
        return storage.write(requireGenerated(key), content);
    }

    /** The stored bytes; the caller closes the stream. */
    public InputStream open(String key) throws IOException {
        return storage.read(requireGenerated(key));
    }

    /** Deletes the object; nothing happens when there is none. */
    public void delete(String key) throws IOException {
        storage.delete(requireGenerated(key));
    }

    private static String requireGenerated(String key) {
        if (!key.startsWith(PREFIX)) {
            throw new IllegalArgumentException("Not a key of a generated file: " + key);
        }
        return key;
    }
}
