package com.mediaflow.files.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

/**
 * The bytes of a file (or its thumbnail) as a download serves them, read from the storage only
 * when asked, whole or as a byte range.
 */
public record FileContent(
        String fileName, String contentType, long size, String etag, Instant lastModified, Source source) {

    public InputStream open() throws IOException {
        return source.read(0, size);
    }

    /** {@code length} bytes from {@code offset}; both must lie within the content. */
    public InputStream open(long offset, long length) throws IOException {
        if (offset < 0 || length < 0 || offset + length > size) {
            throw new IllegalArgumentException("Range outside the content");
        }
        return source.read(offset, length);
    }

    @FunctionalInterface
    public interface Source {
        InputStream read(long offset, long length) throws IOException;
    }
}
