package com.mediaflow.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.calendar.CalendarProperties;
import java.time.Duration;
import java.util.HashSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FeedSecretsTests {

    static final String KEY = "a-test-key-that-is-long-enough-for-hmac-sha256";

    final FeedSecrets secrets = secrets(KEY);

    @Test
    void aSecretIsTheSameEveryTimeForTheSameMemberAndSeed() {
        var member = UUID.randomUUID();
        var seed = secrets.newSeed();

        assertThat(secrets.secretOf(member, seed)).isEqualTo(secrets.secretOf(member, seed));
        assertThat(secrets(KEY).secretOf(member, seed)).isEqualTo(secrets.secretOf(member, seed));
    }

    @Test
    void anotherSeedMemberOrKeyGivesAnotherSecret() {
        var member = UUID.randomUUID();
        var seed = secrets.newSeed();
        var secret = secrets.secretOf(member, seed);

        assertThat(secrets.secretOf(member, secrets.newSeed())).isNotEqualTo(secret);
        assertThat(secrets.secretOf(UUID.randomUUID(), seed)).isNotEqualTo(secret);
        assertThat(secrets(KEY + "!").secretOf(member, seed)).isNotEqualTo(secret);
    }

    @Test
    void secretsAreUrlSafeAndRecognisedAsWellFormed() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 200; i++) {
            var secret = secrets.secretOf(UUID.randomUUID(), secrets.newSeed());
            assertThat(secret).matches("[A-Za-z0-9_-]{43}");
            assertThat(secrets.isWellFormed(secret)).isTrue();
            seen.add(secret);
        }
        assertThat(seen).hasSize(200);
        assertThat(secrets.isWellFormed("too-short")).isFalse();
        assertThat(secrets.isWellFormed("A".repeat(42) + "/")).isFalse();
        assertThat(secrets.isWellFormed("A".repeat(44))).isFalse();
    }

    @Test
    void theStoredHashIsTheSha256OfTheSecretNotTheSecretOrTheSeed() {
        var seed = secrets.newSeed();
        var secret = secrets.secretOf(UUID.randomUUID(), seed);

        var hash = secrets.hashOf(secret);

        assertThat(hash).matches("[0-9a-f]{64}").doesNotContain(secret);
        assertThat(secret).isNotEqualTo(seed);
    }

    private static FeedSecrets secrets(String key) {
        return new FeedSecrets(new CalendarProperties(key, Duration.ofDays(90), Duration.ofDays(365)));
    }
}
