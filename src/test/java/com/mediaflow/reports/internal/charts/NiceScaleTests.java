package com.mediaflow.reports.internal.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NiceScaleTests {

    @ParameterizedTest
    @CsvSource({
        "0, 950, 0, 1000, 200",
        "0, 1234.56, 0, 1250, 250",
        "-320, 870, -500, 1000, 250",
        "0, 0.37, 0, 0.4, 0.1",
        "0, 98000, 0, 100000, 20000",
        "0, 5, 0, 5, 1",
        "-45, -3, -50, 0, 10",
    })
    void coversTheDataAndZeroOnRoundTicks(String low, String high, String min, String max, String step) {
        var scale = NiceScale.covering(List.of(new BigDecimal(low), new BigDecimal(high)), 6);

        assertThat(scale.min()).isEqualByComparingTo(min);
        assertThat(scale.max()).isEqualByComparingTo(max);
        assertThat(scale.step()).isEqualByComparingTo(step);
    }

    @Test
    void allZeroOrNoDataGivesZeroToOne() {
        assertThat(NiceScale.covering(List.of(), 6).ticks())
                .extracting(tick -> tick.stripTrailingZeros().toPlainString())
                .containsExactly("0", "0.2", "0.4", "0.6", "0.8", "1");
        assertThat(NiceScale.covering(List.of(BigDecimal.ZERO, BigDecimal.ZERO), 6)
                        .max())
                .isEqualByComparingTo("1");
    }

    @Test
    void randomDataIsAlwaysInsideTheScaleWithAFewStepsOfOneTwoOrFive() {
        var random = new Random(20261121L);
        for (int round = 0; round < 2_000; round++) {
            var values = new ArrayList<BigDecimal>();
            var count = 1 + random.nextInt(12);
            var magnitude = random.nextInt(9) - 2;
            for (int i = 0; i < count; i++) {
                var cents = (long) ((random.nextDouble() * 2 - 0.3) * Math.pow(10, magnitude + 2));
                values.add(BigDecimal.valueOf(cents, 2));
            }
            var scale = NiceScale.covering(values, 6);

            for (var value : values) {
                assertThat(value).isBetween(scale.min(), scale.max());
            }
            assertThat(BigDecimal.ZERO).isBetween(scale.min(), scale.max());
            var ticks = scale.ticks();
            assertThat(ticks.size()).as("ticks of %s", values).isBetween(2, 8);
            assertThat(ticks.get(ticks.size() - 1)).isEqualByComparingTo(scale.max());
            var leading = scale.step().unscaledValue().toString().replaceAll("0+$", "");
            assertThat(leading).isIn("1", "2", "25", "5");
        }
    }

    @Test
    void refusesFewerThanTwoTicks() {
        assertThatThrownBy(() -> NiceScale.covering(List.of(BigDecimal.TEN), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
