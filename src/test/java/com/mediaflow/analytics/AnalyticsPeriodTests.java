package com.mediaflow.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mediaflow.shared.web.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AnalyticsPeriodTests {

    @Test
    void aMonthRunsFromItsFirstToItsLastDay() {
        var february = AnalyticsPeriod.monthOf(LocalDate.of(2028, 2, 17));
        assertThat(february.startDate()).isEqualTo(LocalDate.of(2028, 2, 1));
        assertThat(february.endDate()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(february.contains(LocalDate.of(2028, 2, 29))).isTrue();
        assertThat(february.contains(LocalDate.of(2028, 3, 1))).isFalse();
    }

    @Test
    void theEndMayNotBeBeforeTheStart() {
        assertThat(new AnalyticsPeriod(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 9))
                        .contains(LocalDate.of(2026, 3, 9)))
                .isTrue();
        assertThatThrownBy(() -> new AnalyticsPeriod(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 9)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).errors().get(0).field())
                        .isEqualTo("end_date"));
    }

    @Test
    void aPeriodIsAtMostTenYearsLong() {
        var start = LocalDate.of(2020, 1, 1);
        new AnalyticsPeriod(start, start.plusDays(AnalyticsPeriod.MAX_DAYS - 1));
        assertThatThrownBy(() -> new AnalyticsPeriod(start, start.plusDays(AnalyticsPeriod.MAX_DAYS)))
                .isInstanceOf(InvalidInputException.class);
    }
}
