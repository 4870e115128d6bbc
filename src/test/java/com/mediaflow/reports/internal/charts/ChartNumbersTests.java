package com.mediaflow.reports.internal.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartNumbersTests {

    @Test
    void moneyHasTheCurrencysDecimalsAndGroupsThousands() {
        assertThat(ChartNumbers.money(new BigDecimal("12345.6"), 2)).isEqualTo("12,345.60");
        assertThat(ChartNumbers.money(new BigDecimal("1234.5"), 0)).isEqualTo("1,235");
        assertThat(ChartNumbers.money(new BigDecimal("-0.125"), 2)).isEqualTo("-0.13");
        assertThat(ChartNumbers.money(new BigDecimal("7.0005"), 3)).isEqualTo("7.001");
    }

    @Test
    void axisLabelsShareOneUnitPerAxis() {
        var thousands = NiceScale.covering(List.of(new BigDecimal("9300")), 6);
        assertThat(thousands.ticks().stream().map(tick -> ChartNumbers.axis(tick, thousands)))
                .containsExactly("0", "2k", "4k", "6k", "8k", "10k");

        var halves = NiceScale.covering(List.of(new BigDecimal("4600")), 6);
        assertThat(halves.ticks().stream().map(tick -> ChartNumbers.axis(tick, halves)))
                .containsExactly("0", "1k", "2k", "3k", "4k", "5k");

        var millions = NiceScale.covering(List.of(new BigDecimal("-400000"), new BigDecimal("2300000")), 6);
        assertThat(millions.ticks().stream().map(tick -> ChartNumbers.axis(tick, millions)))
                .containsExactly("-1M", "0", "1M", "2M", "3M");

        var plain = NiceScale.covering(List.of(new BigDecimal("1234.56")), 6);
        assertThat(plain.ticks().stream().map(tick -> ChartNumbers.axis(tick, plain)))
                .containsExactly("0", "250", "500", "750", "1,000", "1,250");

        var quarterMillions = NiceScale.covering(List.of(new BigDecimal("1200000")), 6);
        assertThat(quarterMillions.ticks().stream().map(tick -> ChartNumbers.axis(tick, quarterMillions)))
                .containsExactly("0", "0.25M", "0.5M", "0.75M", "1M", "1.25M");

        var small = NiceScale.covering(List.of(new BigDecimal("0.8")), 6);
        assertThat(small.ticks().stream().map(tick -> ChartNumbers.axis(tick, small)))
                .containsExactly("0", "0.2", "0.4", "0.6", "0.8");
    }

    @Test
    void percentHasAtMostOneDecimal() {
        assertThat(ChartNumbers.percent(new BigDecimal("37.55"))).isEqualTo("37.6%");
        assertThat(ChartNumbers.percent(new BigDecimal("40.00"))).isEqualTo("40%");
    }
}
