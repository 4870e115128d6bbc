package com.mediaflow.files.internal;

import com.mediaflow.shared.web.PayloadTooLargeException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * Passes an upload through while counting its bytes and hashing them with SHA-256, and stops it
 * with a {@code 413} as soon as it grows past the limit, so an oversized file is never read to the
 * end nor kept.
 */
final class MeasuringInputStream extends FilterInputStream {

    private final long limit;
    private final MessageDigest digest;
    private long count;

    MeasuringInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    @Override
    public int read() throws IOException {
        var b = super.read();
        if (b >= 0) {
            counted(1);
            digest.update((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        var n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
            digest.update(buffer, offset, n);
        }
        return n;
    }

    @Override
    public long skip(long n) {
        throw new UnsupportedOperationException("every byte of an upload is hashed");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void counted(int n) {
        count += n;
        if (count > limit) {
            throw PayloadTooLargeException.because(
                    "The file is larger than the limit of " + Sizes.readable(limit), Map.of("max_bytes", limit));
        }
    }

    long count() {
        return count;
    }

    /** The SHA-256 of everything read, in lower-case hex; call once the stream is exhausted. */
    String sha256() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
