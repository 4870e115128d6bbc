package com.mediaflow.accounting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Currency;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineAmountsTests {

    @ParameterizedTest(name = "{0} × {1} {4} less {2} % at {3} % tax: net {5}, tax {6}")
    @CsvSource({
        // quantity, unit price, discount %, tax %, currency, net, tax, discount
        "3, 33.333, 0, 0, EUR, 100.00, 0.00, 0.00",
        "3, 33.333, 0, 19, EUR, 100.00, 19.00, 0.00",
        "1, 99.99, 0, 7, EUR, 99.99, 7.00, 0.00",
        "1, 0.05, 0, 10, EUR, 0.05, 0.01, 0.00",
        "1, 0.04, 0, 10, EUR, 0.04, 0.00, 0.00",
        "1, 10.00, 33.3333, 0, EUR, 6.67, 0.00, 3.33",
        "2.5, 19.99, 10, 19, EUR, 44.98, 8.55, 5.00",
        "1, 1000, 0, 8, JPY, 1000, 80, 0",
        "3, 333.5, 0, 10, JPY, 1001, 100, 0",
        "1, 0.5, 0, 0, JPY, 1, 0, 0",
        "1, 1.0005, 0, 5, BHD, 1.001, 0.050, 0.000",
        "7, 0, 0, 19, EUR, 0.00, 0.00, 0.00",
        "1, 100, 100, 19, EUR, 0.00, 0.00, 100.00"
    })
    void roundsHalfUpOncePerLine(
            String quantity,
            String unitPrice,
            String discount,
            String taxRate,
            String currency,
            String net,
            String tax,
            String discountAmount) {
        var amounts = LineAmounts.of(
                new BigDecimal(quantity),
                new BigDecimal(unitPrice),
                new BigDecimal(discount),
                new BigDecimal(taxRate),
                Currency.getInstance(currency));

        assertThat(amounts.net().amount()).isEqualTo(new BigDecimal(net));
        assertThat(amounts.tax().amount()).isEqualTo(new BigDecimal(tax));
        assertThat(amounts.discount().amount()).isEqualTo(new BigDecimal(discountAmount));
        assertThat(amounts.gross().minus(amounts.discount())).isEqualTo(amounts.net());
    }

    @Test
    void randomLinesAgreeWithAnIndependentComputationInIntegers() {
        var random = new Random(31_337L);
        for (int i = 0; i < 20_000; i++) {
            var currency = Currency.getInstance(i % 3 == 0 ? "JPY" : "EUR");
            var digits = currency.getDefaultFractionDigits();
            var quantity = BigDecimal.valueOf(1 + random.nextInt(100_000), 3);
            var unitPrice = BigDecimal.valueOf(random.nextInt(10_000_000), 4);
            var discount = BigDecimal.valueOf(random.nextInt(10_001), 2);
            var taxRate = BigDecimal.valueOf(random.nextInt(30_001), 3);

            var amounts = LineAmounts.of(quantity, unitPrice, discount, taxRate, currency);

            // Independent: scale everything to integers and round half-up with integer division.
            var exactNet = quantity.unscaledValue()
                    .multiply(unitPrice.unscaledValue())
                    .multiply(BigInteger.valueOf(10_000).subtract(discount.unscaledValue()));
            var netScale = 3 + 4 + 2 + 2;
            var net = halfUp(exactNet, netScale - digits);
            var tax = halfUp(net.multiply(taxRate.unscaledValue()), 3 + 2);
            assertThat(amounts.net().amount()).isEqualTo(new BigDecimal(net, digits));
            assertThat(amounts.tax().amount()).isEqualTo(new BigDecimal(tax, digits));
        }
    }

    /** {@code value / 10^shift} rounded half-up, for non-negative values. */
    private static BigInteger halfUp(BigInteger value, int shift) {
        var divisor = BigInteger.TEN.pow(shift);
        var quotientAndRemainder = value.divideAndRemainder(divisor);
        var twice = quotientAndRemainder[1].shiftLeft(1);
        return twice.compareTo(divisor) >= 0 ? quotientAndRemainder[0].add(BigInteger.ONE) : quotientAndRemainder[0];
    }
}
