package com.mediaflow.files.web;

import com.mediaflow.files.internal.FileContent;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRange;

/**
 * Writes a file to the response: validators ({@code ETag}, {@code If-None-Match}), one byte range
 * ({@code Range}, {@code If-Range}; RFC 9110 §14) and a safe {@code Content-Disposition} (RFC 6266).
 * The bytes are copied from the storage as they are read, never held whole.
 */
final class Downloads {

    enum Disposition {
        ATTACHMENT,
        INLINE
    }

    private static final Logger log = LoggerFactory.getLogger(Downloads.class);

    private Downloads() {}

    static void send(
            FileContent content,
            @Nullable String range,
            @Nullable String ifRange,
            @Nullable String ifNoneMatch,
            Disposition disposition,
            HttpServletResponse response)
            throws IOException {
        response.setHeader(HttpHeaders.ETAG, content.etag());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        if (ifNoneMatch != null && matches(ifNoneMatch, content.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setHeader(HttpHeaders.ACCEPT_RANGES, "bytes");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(disposition, content.fileName()));
        var size = content.size();
        var requested = range == null || (ifRange != null && !ifRange.strip().equals(content.etag()))
                ? null
                : singleRange(range);
        if (requested == null) {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(content.contentType());
            response.setContentLengthLong(size);
            copy(content, 0, size, response);
            return;
        }
        long start;
        long end;
        try {
            start = requested.getRangeStart(size);
            end = requested.getRangeEnd(size);
        } catch (IllegalArgumentException e) {
            start = 0;
            end = -1;
        }
        if (end < start) {
            response.setStatus(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
            response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes */" + size);
            return;
        }
        var length = end - start + 1;
        response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
        response.setContentType(content.contentType());
        response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes " + start + "-" + end + "/" + size);
        response.setContentLengthLong(length);
        copy(content, start, length, response);
    }

    /**
     * The one range asked for, or {@code null} to send the whole file: a header that does not parse,
     * or asks for several ranges, is ignored as RFC 9110 allows.
     */
    private static @Nullable HttpRange singleRange(String header) {
        List<HttpRange> ranges;
        try {
            ranges = HttpRange.parseRanges(header);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (ranges.size() != 1) {
            return null;
        }
        return ranges.get(0);
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        for (var candidate : ifNoneMatch.split(",")) {
            var tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    /** {@code attachment; filename="Caf_ menu.pdf"; filename*=UTF-8''Caf%C3%A9%20menu.pdf} */
    static String contentDisposition(Disposition disposition, String fileName) {
        var type = disposition == Disposition.ATTACHMENT ? "attachment" : "inline";
        var encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return type + "; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + encoded;
    }

    private static String asciiFallback(String name) {
        var out = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            if (c < 0x20 || c > 0x7e || c == '"' || c == '\\' || c == '%' || c == ';' || c == '/') {
                out.append('_');
            } else {
                out.append((char) c);
            }
        });
        return out.toString();
    }

    private static void copy(FileContent content, long offset, long length, HttpServletResponse response)
            throws IOException {
        try (var in = content.open(offset, length)) {
            var out = response.getOutputStream();
            in.transferTo(out);
            out.flush();
        } catch (IOException e) {
            if (response.isCommitted()) {
                // Most often the client went away mid-download; nothing more can be said to it.
                log.debug("A download ended early: {}", e.toString());
                return;
            }
            throw e;
        }
    }
}
