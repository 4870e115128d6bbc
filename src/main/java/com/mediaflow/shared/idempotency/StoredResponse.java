package com.mediaflow.shared.idempotency;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** The part of a first response that a replay repeats. */
record StoredResponse(
        int status, @Nullable String contentType, @Nullable String location, byte[] body) {

    void replay(HttpServletResponse response) throws IOException {
        response.setStatus(status);
        if (contentType != null) {
            response.setContentType(contentType);
        }
        if (location != null) {
            response.setHeader("Location", location);
        }
        response.setHeader("Idempotent-Replayed", "true");
        response.getOutputStream().write(body);
    }
}
