package com.mediaflow.support;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Request tweaks for tests. */
public final class Http {

    private Http() {}

    /** Makes the request come from this client address (rate limits and the audit log key on it). */
    public static RequestPostProcessor from(String ip) {
        return request -> {
            request.setRemoteAddr(ip);
            return request;
        };
    }

    /** A client address no other test uses. */
    public static String uniqueIp() {
        var n = (int) (Math.random() * 250 * 250 * 250);
        return "10." + (n / 62500 % 250 + 1) + "." + (n / 250 % 250) + "." + (n % 250 + 1);
    }
}
