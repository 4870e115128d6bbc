package com.mediaflow.reports.internal.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * An axis from {@link #min} to {@link #max} in steps of 1, 2, 2.5 or 5 times a power of ten, covering
 * the data and zero, so that tick labels read 0, 250, 500, 750 rather than 0, 217.3, 434.6: the
 * smallest such step that spans the data in {@code targetTicks - 1} steps, so an axis has at most
 * {@code targetTicks + 2} ticks. Computed in {@link BigDecimal} so the labels are exact.
 */
public record NiceScale(BigDecimal min, BigDecimal max, BigDecimal step) {

    private static final List<BigDecimal> STEPS = List.of(
            BigDecimal.ONE, BigDecimal.valueOf(2), new BigDecimal("2.5"), BigDecimal.valueOf(5), BigDecimal.TEN);

    public NiceScale {
        if (step.signum() <= 0 || max.compareTo(min) <= 0) {
            throw new IllegalArgumentException("A scale needs min < max and a positive step");
        }
    }

    /**
     * The nice scale holding every value of {@code values} and zero, with at most about {@code
     * targetTicks} ticks. All-zero or no data gives 0 to 1.
     */
    public static NiceScale covering(List<BigDecimal> values, int targetTicks) {
        if (targetTicks < 2) {
            throw new IllegalArgumentException("A scale needs at least two ticks");
        }
        var low = BigDecimal.ZERO;
        var high = BigDecimal.ZERO;
        for (var value : values) {
            low = low.min(value);
            high = high.max(value);
        }
        if (low.compareTo(high) == 0) {
            high = low.add(BigDecimal.ONE);
        }
        var step = niceStep(high.subtract(low).divide(BigDecimal.valueOf(targetTicks - 1L), 20, RoundingMode.UP));
        var min = low.divide(step, 0, RoundingMode.FLOOR).multiply(step);
        var max = high.divide(step, 0, RoundingMode.CEILING).multiply(step);
        return new NiceScale(strip(min), strip(max), strip(step));
    }

    /** The tick values from {@link #min} to {@link #max}, both included. */
    public List<BigDecimal> ticks() {
        var ticks = new ArrayList<BigDecimal>();
        for (var tick = min; tick.compareTo(max) <= 0; tick = tick.add(step)) {
            ticks.add(tick);
        }
        return ticks;
    }

    /** Where {@code value} falls between {@link #min} (0) and {@link #max} (1). */
    public double fraction(BigDecimal value) {
        return value.subtract(min).doubleValue() / max.subtract(min).doubleValue();
    }

    /** The smallest of 1, 2, 2.5, 5 or 10 times a power of ten that is at least {@code raw}. */
    static BigDecimal niceStep(BigDecimal raw) {
        var exponent = raw.precision() - raw.scale() - 1;
        var fraction = raw.movePointLeft(exponent);
        for (var candidate : STEPS) {
            if (fraction.compareTo(candidate) <= 0) {
                return candidate.movePointRight(exponent);
            }
        }
        return BigDecimal.TEN.movePointRight(exponent);
    }

    private static BigDecimal strip(BigDecimal value) {
        var stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
