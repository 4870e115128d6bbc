package com.mediaflow.calendar.internal;

import com.mediaflow.calendar.CalendarProperties;
import com.mediaflow.shared.security.SecretTokens;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * The secrets in members' feed URLs. A secret is the HMAC-SHA256, under a key derived from the
 * configured feed key, of the member's id and a random 256-bit seed kept in the database. So the
 * member's URL can be shown again whenever they ask for it, while the database holds only the seed
 * and the secret's SHA-256: a copy of the database alone opens no feed. A new seed (rotation)
 * makes a new secret, and the old URL stops working.
 */
@Component
class FeedSecrets {

    private static final String ALGORITHM = "HmacSHA256";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final SecretKeySpec key;

    FeedSecrets(CalendarProperties properties) {
        // A key of its own, derived for this one purpose, even when the configured key is shared.
        var derived = hmac(
                new SecretKeySpec(properties.feedKey().getBytes(StandardCharsets.UTF_8), ALGORITHM),
                "mediaflow/calendar-feed/v1");
        this.key = new SecretKeySpec(derived, ALGORITHM);
    }

    /** A new random seed, for a first secret or a rotation. */
    String newSeed() {
        return SecretTokens.generate();
    }

    /** The secret of the member's URL: 43 URL-safe characters (256 bits). */
    String secretOf(UUID memberId, String seed) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(key, memberId + ":" + seed));
    }

    /** What the database keeps to recognise a secret. */
    String hashOf(String secret) {
        return SecretTokens.hash(secret);
    }

    /** Whether the text could be a secret at all, so that garbage never reaches the database. */
    boolean isWellFormed(String candidate) {
        return WELL_FORMED.matcher(candidate).matches();
    }

    private static byte[] hmac(SecretKeySpec key, String message) {
        try {
            var mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JVM", e);
        }
    }
}
