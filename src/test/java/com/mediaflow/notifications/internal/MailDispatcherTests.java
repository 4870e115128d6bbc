package com.mediaflow.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MailDispatcherTests {

    @ParameterizedTest(name = "after attempt {0}: wait {1}")
    @CsvSource({"1, PT30S", "2, PT1M", "3, PT2M", "4, PT4M", "6, PT16M", "7, PT30M", "15, PT30M", "100, PT30M"})
    void theWaitDoublesAfterEachFailedAttemptUpToTheLimit(int attempts, Duration expected) {
        var settings = MailRendererTests.properties(null).mail();

        assertThat(MailDispatcher.backoff(settings, attempts)).isEqualTo(expected);
    }
}
