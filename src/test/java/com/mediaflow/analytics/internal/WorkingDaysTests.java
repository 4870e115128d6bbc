package com.mediaflow.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.analytics.AnalyticsPeriod;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDaysTests {

    @ParameterizedTest
    @CsvSource({
        "2026-03-02, 2026-03-06, 5", // Monday to Friday
        "2026-03-07, 2026-03-08, 0", // a weekend
        "2026-03-06, 2026-03-09, 2", // Friday to Monday
        "2026-02-01, 2026-02-28, 20",
        "2028-02-01, 2028-02-29, 21", // a leap February
        "2026-01-01, 2026-12-31, 261"
    })
    void workingDaysAreMondayToFriday(LocalDate start, LocalDate end, int expected) {
        assertThat(TeamAnalytics.workingDays(new AnalyticsPeriod(start, end))).isEqualTo(expected);
    }
}
