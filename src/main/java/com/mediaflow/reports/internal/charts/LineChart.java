package com.mediaflow.reports.internal.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A line chart over labelled buckets (months, weeks, days): one line per {@link Series}, a y axis
 * on nice money ticks with grid lines, a legend, and a soft area under the first series. Without
 * buckets, or when every value is zero, it shows {@code emptyMessage} instead of flat lines.
 */
public final class LineChart {

    static final int WIDTH = 660;
    static final int HEIGHT = 250;
    private static final double LEFT = 58;
    // Room for half of the last bucket label, which is centred on the right edge of the plot.
    private static final double RIGHT = 30;
    private static final double TOP = 36;
    private static final double BOTTOM = 34;
    private static final int MAX_X_LABELS = 12;

    /** One line: its name in the legend, its colour, one value per bucket, drawn dashed or solid. */
    public record Series(String name, String colour, List<BigDecimal> values, boolean dashed) {
        public Series {
            colour = ChartColors.checked(colour);
            values = List.copyOf(values);
        }
    }

    private LineChart() {}

    public static String svg(String title, List<String> buckets, List<Series> series, String emptyMessage) {
        for (var line : series) {
            if (line.values().size() != buckets.size()) {
                throw new IllegalArgumentException("Series " + line.name() + " needs one value per bucket");
            }
        }
        var svg = new Svg(WIDTH, HEIGHT, title);
        legend(svg, series);
        var values = series.stream().flatMap(line -> line.values().stream()).toList();
        if (buckets.isEmpty() || values.stream().allMatch(value -> value.signum() == 0)) {
            return EmptyState.draw(svg, WIDTH, HEIGHT, TOP, emptyMessage).finish();
        }
        var scale = NiceScale.covering(values, 6);
        var plotWidth = WIDTH - LEFT - RIGHT;
        var plotHeight = HEIGHT - TOP - BOTTOM;
        for (var tick : scale.ticks()) {
            var y = TOP + plotHeight * (1 - scale.fraction(tick));
            var zero = tick.signum() == 0;
            svg.line(LEFT, y, WIDTH - RIGHT, y, zero ? ChartColors.AXIS : ChartColors.GRID, zero ? 1 : 0.7, false);
            svg.text(LEFT - 8, y + 3.5, ChartNumbers.axis(tick, scale), "end", 9, ChartColors.MUTED, false);
        }
        var xs = new double[buckets.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = xs.length == 1 ? LEFT + plotWidth / 2 : LEFT + plotWidth * i / (xs.length - 1);
        }
        var every = (int) Math.ceil(buckets.size() / (double) MAX_X_LABELS);
        for (int i = 0; i < xs.length; i += every) {
            svg.line(xs[i], HEIGHT - BOTTOM, xs[i], HEIGHT - BOTTOM + 4, ChartColors.AXIS, 0.8, false);
            svg.text(
                    xs[i],
                    HEIGHT - BOTTOM + 16,
                    Svg.shorten(buckets.get(i), 10),
                    "middle",
                    9,
                    ChartColors.MUTED,
                    false);
        }
        var zeroY = TOP + plotHeight * (1 - scale.fraction(BigDecimal.ZERO));
        var ys = new double[series.size()][xs.length];
        for (int s = 0; s < series.size(); s++) {
            for (int i = 0; i < xs.length; i++) {
                ys[s][i] = TOP
                        + plotHeight
                                * (1 - scale.fraction(series.get(s).values().get(i)));
            }
        }
        if (xs.length > 1) {
            area(svg, xs, ys[0], zeroY, series.get(0).colour());
        }
        // The first series is drawn last, so it stays on top where lines meet.
        for (int s = series.size() - 1; s >= 0; s--) {
            var line = series.get(s);
            if (xs.length > 1) {
                svg.polyline(xs, ys[s], line.colour(), s == 0 ? 2.4 : 1.8, line.dashed());
            }
            if (xs.length <= 31) {
                for (int i = 0; i < xs.length; i++) {
                    svg.circle(xs[i], ys[s][i], s == 0 ? 2.8 : 2.2, "#FFFFFF", line.colour());
                }
            }
        }
        return svg.finish();
    }

    private static void area(Svg svg, double[] xs, double[] ys, double baseline, String colour) {
        var px = new ArrayList<Double>();
        var py = new ArrayList<Double>();
        px.add(xs[0]);
        py.add(baseline);
        for (int i = 0; i < xs.length; i++) {
            px.add(xs[i]);
            py.add(ys[i]);
        }
        px.add(xs[xs.length - 1]);
        py.add(baseline);
        svg.polygon(
                px.stream().mapToDouble(Double::doubleValue).toArray(),
                py.stream().mapToDouble(Double::doubleValue).toArray(),
                colour,
                0.10);
    }

    private static void legend(Svg svg, List<Series> series) {
        var x = LEFT;
        for (var line : series) {
            svg.line(x, 14, x + 18, 14, line.colour(), 2.4, line.dashed());
            var name = Svg.shorten(line.name(), 24);
            svg.text(x + 24, 17.5, name, "start", 9.5, ChartColors.INK, false);
            x += 24 + name.length() * 6.2 + 22;
        }
    }
}
