package com.mediaflow.proposals.internal;

import org.jspecify.annotations.Nullable;

/**
 * Who is on the other end of a public request: the client's IP address (the request's remote
 * address after the server's forwarded-header handling, so only trusted proxies are honoured) and
 * the browser's user agent.
 */
public record ClientInfo(String ip, @Nullable String userAgent) {

    public ClientInfo {
        if (userAgent != null && userAgent.length() > 500) {
            userAgent = userAgent.substring(0, 500);
        }
    }
}
