package com.mediaflow.reports.internal.charts;

/** What a chart shows when there is nothing to draw: a quiet frame with a sentence in it. */
final class EmptyState {

    private EmptyState() {}

    static Svg draw(Svg svg, int width, int height, double top, String message) {
        svg.rect(8, top, width - 16, height - top - 8, "#F9FAFB", 6);
        svg.text(width / 2.0, top + (height - top - 8) / 2.0 + 4, message, "middle", 11, ChartColors.MUTED, false);
        return svg;
    }
}
