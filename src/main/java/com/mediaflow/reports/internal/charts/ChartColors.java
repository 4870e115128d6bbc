package com.mediaflow.reports.internal.charts;

import java.util.regex.Pattern;

/** The colours of the charts: the studio's brand colour first, then a calm palette around it. */
public final class ChartColors {

    public static final String INK = "#1F2937";
    public static final String MUTED = "#6B7280";
    public static final String GRID = "#E5E7EB";
    public static final String AXIS = "#9CA3AF";
    public static final String SLATE = "#475569";
    public static final String CORAL = "#E4572E";
    public static final String GREEN = "#16A34A";
    public static final String RED = "#DC2626";
    public static final String AMBER = "#D97706";

    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    private ChartColors() {}

    /** {@code colour} if it is a {@code #RRGGBB} colour, else the default blue: it goes into markup. */
    public static String checked(String colour) {
        return HEX.matcher(colour).matches() ? colour : "#1F6FEB";
    }

    /** {@code colour} mixed with white, {@code amount} from 0 (unchanged) to 1 (white). */
    public static String lighter(String colour, double amount) {
        var hex = checked(colour);
        var mixed = new StringBuilder("#");
        for (int i = 1; i < 7; i += 2) {
            var channel = Integer.parseInt(hex.substring(i, i + 2), 16);
            var light = (int) Math.round(channel + (255 - channel) * amount);
            mixed.append(String.format("%02X", Math.min(255, Math.max(0, light))));
        }
        return mixed.toString();
    }
}
