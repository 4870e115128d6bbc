package com.mediaflow.reports.internal.charts;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Horizontal bars, one per labelled amount, with the amount written at the end of each bar and an
 * x axis on nice money ticks. Long labels are shortened. An optional {@link Marker} draws a dashed
 * reference line across the bars (a budget, for budget against actual). Without bars, or when every
 * amount is zero, it shows {@code emptyMessage}.
 */
public final class BarChart {

    static final int WIDTH = 660;
    private static final double LABEL_WIDTH = 170;
    private static final double VALUE_WIDTH = 92;
    private static final double TOP = 10;
    private static final double ROW = 26;
    private static final double BAR = 15;
    private static final double AXIS = 26;
    private static final int EMPTY_HEIGHT = 120;

    /** One bar: its label, its amount and its colour. */
    public record Bar(String label, BigDecimal value, String colour) {
        public Bar {
            colour = ChartColors.checked(colour);
        }
    }

    /** A dashed vertical line at {@code value}, named {@code label} above the bars. */
    public record Marker(String label, BigDecimal value) {}

    private BarChart() {}

    /**
     * @param decimals the currency's decimals, for the amounts written beside the bars
     */
    public static String svg(String title, List<Bar> bars, int decimals, @Nullable Marker marker, String emptyMessage) {
        return svg(title, bars, decimals, "", marker, emptyMessage);
    }

    /**
     * @param decimals how many decimals the values written beside the bars have
     * @param unit written after each value, e.g. {@code %} or {@code  h}
     */
    public static String svg(
            String title, List<Bar> bars, int decimals, String unit, @Nullable Marker marker, String emptyMessage) {
        var markerSpace = marker == null ? 0 : 16;
        if (bars.isEmpty() || bars.stream().allMatch(bar -> bar.value().signum() == 0)) {
            return EmptyState.draw(new Svg(WIDTH, EMPTY_HEIGHT, title), WIDTH, EMPTY_HEIGHT, 8, emptyMessage)
                    .finish();
        }
        var height = (int) Math.ceil(TOP + markerSpace + bars.size() * ROW + AXIS);
        var svg = new Svg(WIDTH, height, title);
        var values = new java.util.ArrayList<>(bars.stream().map(Bar::value).toList());
        if (marker != null) {
            values.add(marker.value());
        }
        var scale = NiceScale.covering(values, 6);
        var left = LABEL_WIDTH;
        var plotWidth = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        var top = TOP + markerSpace;
        var bottom = top + bars.size() * ROW;
        for (var tick : scale.ticks()) {
            var x = left + plotWidth * scale.fraction(tick);
            var zero = tick.signum() == 0;
            svg.line(x, top - 4, x, bottom, zero ? ChartColors.AXIS : ChartColors.GRID, zero ? 1 : 0.7, false);
            var label = ChartNumbers.axis(tick, scale);
            svg.text(x, bottom + 15, zero ? label : label + unit.strip(), "middle", 9, ChartColors.MUTED, false);
        }
        if (marker != null) {
            var x = left + plotWidth * scale.fraction(marker.value());
            svg.line(x, top - 6, x, bottom, ChartColors.INK, 1.2, true);
            svg.text(
                    x,
                    top - 9,
                    Svg.shorten(marker.label(), 30) + " " + ChartNumbers.money(marker.value(), decimals) + unit,
                    x > WIDTH - 160 ? "end" : "middle",
                    9,
                    ChartColors.INK,
                    true);
        }
        var zeroX = left + plotWidth * scale.fraction(BigDecimal.ZERO);
        for (int i = 0; i < bars.size(); i++) {
            var bar = bars.get(i);
            var y = top + i * ROW + (ROW - BAR) / 2;
            var x = left + plotWidth * scale.fraction(bar.value());
            svg.text(left - 10, y + BAR - 3.5, Svg.shorten(bar.label(), 28), "end", 9.5, ChartColors.INK, false);
            svg.rect(Math.min(zeroX, x), y, Math.abs(x - zeroX), BAR, bar.colour(), 2.5);
            var amount = ChartNumbers.money(bar.value(), decimals) + unit;
            if (marker != null) {
                // keeps the amount readable where the marker line crosses it
                svg.rect(Math.max(zeroX, x) + 3, y, amount.length() * 6.0 + 6, BAR, "#FFFFFF", 0);
            }
            svg.text(Math.max(zeroX, x) + 6, y + BAR - 3.5, amount, "start", 9, ChartColors.INK, true);
        }
        return svg.finish();
    }
}
