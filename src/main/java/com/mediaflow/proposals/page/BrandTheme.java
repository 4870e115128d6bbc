package com.mediaflow.proposals.page;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The studio's brand colour as the page uses it, with the colours derived from it so that text stays
 * readable whatever the studio chose: {@code onBrand} (black or white) for text on the brand colour;
 * {@code soft}, a tint for highlighted rows; and {@code ink}, the brand colour darkened until it
 * reaches a contrast of 4.5:1 (WCAG AA for body text) on that tint and therefore on white, for links,
 * accents and focus rings.
 *
 * @param brand {@code #rrggbb}, lower case
 */
record BrandTheme(String brand, String onBrand, String ink, String soft) {

    static final String FALLBACK = "#1f6feb";
    private static final Pattern HEX = Pattern.compile("#?([0-9a-fA-F]{6})");
    private static final double READABLE = 4.5;

    /** The theme of a colour given as {@code #rrggbb} (or without the {@code #}); anything else gets the default. */
    static BrandTheme of(@Nullable String colour) {
        var matcher = colour == null ? null : HEX.matcher(colour.strip());
        var brand =
                matcher != null && matcher.matches() ? "#" + matcher.group(1).toLowerCase(Locale.ROOT) : FALLBACK;
        var rgb = rgb(brand);
        var onBrand =
                contrast(rgb, new int[] {0, 0, 0}) >= contrast(rgb, new int[] {255, 255, 255}) ? "#000000" : "#ffffff";
        var soft = mix(rgb, new int[] {255, 255, 255}, 0.9);
        return new BrandTheme(brand, onBrand, hex(readableOn(soft, rgb)), hex(soft));
    }

    /** The six hex digits, as they appear in the stylesheet's address. */
    String digits() {
        return brand.substring(1);
    }

    String css() {
        return ":root{--brand:" + brand + ";--on-brand:" + onBrand + ";--brand-ink:" + ink + ";--brand-soft:" + soft
                + "}\n";
    }

    private static int[] readableOn(int[] background, int[] rgb) {
        var colour = rgb;
        for (var step = 1; step <= 20 && contrast(colour, background) < READABLE; step++) {
            colour = mix(rgb, new int[] {0, 0, 0}, step / 20.0);
        }
        return colour;
    }

    private static int[] mix(int[] colour, int[] with, double share) {
        var mixed = new int[3];
        for (var i = 0; i < 3; i++) {
            mixed[i] = (int) Math.round(colour[i] * (1 - share) + with[i] * share);
        }
        return mixed;
    }

    /** The WCAG 2 contrast ratio of two colours, from 1 to 21. */
    static double contrast(int[] a, int[] b) {
        var la = luminance(a);
        var lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(int[] rgb) {
        return 0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2]);
    }

    private static double channel(int value) {
        var c = value / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    static int[] rgb(String hex) {
        return new int[] {
            Integer.parseInt(hex.substring(1, 3), 16),
            Integer.parseInt(hex.substring(3, 5), 16),
            Integer.parseInt(hex.substring(5, 7), 16)
        };
    }

    private static String hex(int[] rgb) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
    }
}
