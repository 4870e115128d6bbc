package com.mediaflow.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * {@code POST /api/files} over a real HTTP connection, with the file's bytes generated as they are
 * sent: a multipart body of any size that never exists whole, in memory or on disk, on the client.
 */
public final class MultipartUpload {

    private final MessageDigest digest;
    private final String boundary = "mediaflow-" + UUID.randomUUID();
    private final byte[] head;
    private final byte[] tail;
    private final InputStream body;
    private final long length;

    /** A file that starts with {@code start} and is padded with a repeating pattern to {@code size} bytes. */
    public MultipartUpload(String entityType, String entityId, String fileName, byte[] start, long size) {
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        var fields = field("entity_type", entityType) + field("entity_id", entityId);
        this.head = (fields + "--" + boundary + "\r\n"
                        + "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                        + "Content-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        this.tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        var content = new DigestInputStream(
                new SequenceInputStream(new ByteArrayInputStream(start), new Pattern(size - start.length)), digest);
        this.body = new SequenceInputStream(java.util.Collections.enumeration(
                List.of(new ByteArrayInputStream(head), content, new ByteArrayInputStream(tail))));
        this.length = head.length + size + tail.length;
    }

    private String field(String name, String value) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    public HttpResponse<String> send(HttpClient client, int port, String bearer)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/files"))
                .header("Authorization", bearer)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.fromPublisher(
                        HttpRequest.BodyPublishers.ofInputStream(() -> body), length))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The SHA-256 of the file's bytes, once they have been sent. */
    public String sha256() {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** {@code remaining} bytes of a fixed printable pattern, made as they are read. */
    private static final class Pattern extends InputStream {

        private static final byte[] BLOCK = block();
        private long remaining;
        private int position;

        Pattern(long remaining) {
            this.remaining = remaining;
        }

        private static byte[] block() {
            var block = new byte[64 * 1024];
            for (int i = 0; i < block.length; i++) {
                block[i] = (byte) (i * 31 + i / 251);
            }
            return block;
        }

        @Override
        public int read() {
            if (remaining <= 0) {
                return -1;
            }
            remaining--;
            var b = BLOCK[position] & 0xff;
            position = (position + 1) % BLOCK.length;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (remaining <= 0) {
                return -1;
            }
            var n = (int) Math.min(Math.min(length, remaining), BLOCK.length - position);
            System.arraycopy(BLOCK, position, buffer, offset, n);
            position = (position + n) % BLOCK.length;
            remaining -= n;
            return n;
        }
    }
}
