package com.mediaflow.shared.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTests {

    @ParameterizedTest(name = "{0} {1} is held as {2}")
    @CsvSource({
        "10.005, EUR, 10.01",
        "10.004, EUR, 10.00",
        "10.015, EUR, 10.02",
        "-10.005, EUR, -10.01",
        "0.5, JPY, 1",
        "1.49, JPY, 1",
        "2.5, JPY, 3",
        "1.0005, BHD, 1.001",
        "7, EUR, 7.00",
        "0, USD, 0.00"
    })
    void roundsHalfUpToTheCurrencysMinorUnit(String amount, String currency, String expected) {
        var money = Money.of(amount, currency);

        assertThat(money.amount()).isEqualTo(new BigDecimal(expected));
        assertThat(money.amount().scale()).isEqualTo(new BigDecimal(expected).scale());
    }

    @ParameterizedTest
    @ValueSource(strings = {"eur", "EURO", "E1R", "ABC", "XXX", "XAU", ""})
    void refusesWhatIsNotTheCodeOfRealMoney(String code) {
        assertThatThrownBy(() -> Money.currency(code)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void addsAndSubtractsWithinOneCurrency() {
        var total = Money.of("10.10", "EUR").plus(Money.of("0.25", "EUR")).minus(Money.of("5", "EUR"));

        assertThat(total).isEqualTo(Money.of("5.35", "EUR"));
        assertThat(total.toString()).isEqualTo("5.35 EUR");
    }

    @Test
    void neverMixesCurrencies() {
        var euros = Money.of("1", "EUR");
        var dollars = Money.of("1", "USD");

        assertThatThrownBy(() -> euros.plus(dollars))
                .hasMessageContaining("EUR")
                .hasMessageContaining("USD");
        assertThatThrownBy(() -> euros.compareTo(dollars)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> euros.percentOf(dollars)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void proratesAnHourlyRateWithOneRoundingAtTheEnd() {
        var rate = Money.of("10.00", "EUR");

        // 7 minutes of 10.00 an hour is 1.1666…; rounding first to 0.17 a minute would give 1.19.
        assertThat(rate.prorate(BigDecimal.valueOf(7), BigDecimal.valueOf(60))).isEqualTo(Money.of("1.17", "EUR"));
        // 0.125 exactly, the half goes up.
        assertThat(Money.of("0.15", "EUR").prorate(BigDecimal.valueOf(50), BigDecimal.valueOf(60)))
                .isEqualTo(Money.of("0.13", "EUR"));
    }

    @Test
    void proratingMatchesAnIndependentIntegerComputation() {
        var random = new Random(20260301L);
        for (int i = 0; i < 20_000; i++) {
            var minorUnits = random.nextInt(5_000_000);
            var part = 1 + random.nextInt(1440);
            var whole = 1 + random.nextInt(240);
            var rate = new Money(BigDecimal.valueOf(minorUnits, 2), Money.currency("EUR"));

            var prorated = rate.prorate(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));

            // half-up on non-negative integers: floor((2·a·p + w) / (2·w)) minor units
            var expected = BigInteger.valueOf(minorUnits)
                    .multiply(BigInteger.valueOf(2L * part))
                    .add(BigInteger.valueOf(whole))
                    .divide(BigInteger.valueOf(2L * whole));
            assertThat(prorated.amount().unscaledValue())
                    .as("%s × %d / %d", rate, part, whole)
                    .isEqualTo(expected);
        }
    }

    @Test
    void percentOfIsRoundedHalfUpToTwoDecimals() {
        var budget = Money.of("3000.00", "EUR");

        assertThat(Money.of("1000.00", "EUR").percentOf(budget)).isEqualTo(new BigDecimal("33.33"));
        assertThat(Money.of("2000.00", "EUR").percentOf(budget)).isEqualTo(new BigDecimal("66.67"));
        assertThat(Money.of("4500.00", "EUR").percentOf(budget)).isEqualTo(new BigDecimal("150.00"));
        assertThatThrownBy(() -> budget.percentOf(Money.zero(budget.currency())))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void knowsWhetherAnAmountNeedsRounding() {
        assertThat(Money.fitsMinorUnit(new BigDecimal("12.50"), Money.currency("EUR")))
                .isTrue();
        assertThat(Money.fitsMinorUnit(new BigDecimal("12.500"), Money.currency("EUR")))
                .isTrue();
        assertThat(Money.fitsMinorUnit(new BigDecimal("12.505"), Money.currency("EUR")))
                .isFalse();
        assertThat(Money.fitsMinorUnit(new BigDecimal("1200.5"), Money.currency("JPY")))
                .isFalse();
    }

    @Test
    void equalAmountsCompareEqualWhateverTheirWrittenScale() {
        assertThat(Money.of("5", "EUR")).isEqualTo(Money.of("5.000", "EUR"));
        assertThat(Money.of("5", "EUR")).isEqualByComparingTo(Money.of("5.00", "EUR"));
    }
}
