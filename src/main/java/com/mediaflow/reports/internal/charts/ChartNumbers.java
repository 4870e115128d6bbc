package com.mediaflow.reports.internal.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How numbers read on a chart: full money amounts on values, compact ones (12.5k, 1.2M) on axes. */
public final class ChartNumbers {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
    private static final BigDecimal HUNDRED_THOUSAND = BigDecimal.valueOf(100_000);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private ChartNumbers() {}

    /** {@code 12,345.60} for two decimals; {@code 1,235} for none. Rounded half-up. */
    public static String money(BigDecimal amount, int decimals) {
        return grouped(decimals).format(amount.setScale(decimals, RoundingMode.HALF_UP));
    }

    /**
     * The label of a tick of {@code scale}. Every tick of one axis is in the same unit, chosen by the
     * step: thousands (k) from a step of 1,000, millions (M) from a step of 100,000; e.g. 0, 2.5k, 5k,
     * 7.5k or 0, 250, 500, 750, 1,000.
     */
    public static String axis(BigDecimal tick, NiceScale scale) {
        var step = scale.step();
        var unit = step.compareTo(HUNDRED_THOUSAND) >= 0 ? MILLION : step.compareTo(THOUSAND) >= 0 ? THOUSAND : null;
        if (tick.signum() == 0) {
            return "0";
        }
        var value = unit == null ? tick : tick.divide(unit);
        var stripped = value.stripTrailingZeros();
        var decimals = Math.max(0, stripped.scale());
        return grouped(decimals).format(stripped) + (unit == MILLION ? "M" : unit == THOUSAND ? "k" : "");
    }

    /** A percentage such as {@code 37.5%}, with at most one decimal. */
    public static String percent(BigDecimal value) {
        var format = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value) + "%";
    }

    private static DecimalFormat grouped(int decimals) {
        var pattern = decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
        var format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
