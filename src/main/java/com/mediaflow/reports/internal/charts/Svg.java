package com.mediaflow.reports.internal.charts;

import java.util.Locale;

/**
 * Writes SVG markup. Every piece of text (labels come from users: project and category names) is
 * XML-escaped, and characters XML cannot carry are dropped, so a label can never become markup.
 */
final class Svg {

    private final StringBuilder out = new StringBuilder(8 * 1024);

    Svg(int width, int height, String title) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" font-family=\"DejaVu Sans\" role=\"img\"><title>")
                .append(escape(title))
                .append("</title>");
    }

    Svg rect(double x, double y, double width, double height, String fill, double radius) {
        out.append("<rect x=\"")
                .append(n(x))
                .append("\" y=\"")
                .append(n(y))
                .append("\" width=\"")
                .append(n(Math.max(0, width)))
                .append("\" height=\"")
                .append(n(Math.max(0, height)))
                .append("\" rx=\"")
                .append(n(radius))
                .append("\" fill=\"")
                .append(fill)
                .append("\"/>");
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed) {
        out.append("<line x1=\"")
                .append(n(x1))
                .append("\" y1=\"")
                .append(n(y1))
                .append("\" x2=\"")
                .append(n(x2))
                .append("\" y2=\"")
                .append(n(y2))
                .append("\" stroke=\"")
                .append(stroke)
                .append("\" stroke-width=\"")
                .append(n(width))
                .append('"');
        if (dashed) {
            out.append(" stroke-dasharray=\"4 3\"");
        }
        out.append("/>");
        return this;
    }

    Svg polyline(double[] xs, double[] ys, String stroke, double width, boolean dashed) {
        out.append("<polyline fill=\"none\" stroke=\"")
                .append(stroke)
                .append("\" stroke-width=\"")
                .append(n(width))
                .append("\" stroke-linejoin=\"round\" stroke-linecap=\"round\"");
        if (dashed) {
            out.append(" stroke-dasharray=\"6 4\"");
        }
        out.append(" points=\"");
        for (int i = 0; i < xs.length; i++) {
            out.append(i == 0 ? "" : " ").append(n(xs[i])).append(',').append(n(ys[i]));
        }
        out.append("\"/>");
        return this;
    }

    Svg polygon(double[] xs, double[] ys, String fill, double opacity) {
        out.append("<polygon fill=\"")
                .append(fill)
                .append("\" fill-opacity=\"")
                .append(n(opacity))
                .append("\" points=\"");
        for (int i = 0; i < xs.length; i++) {
            out.append(i == 0 ? "" : " ").append(n(xs[i])).append(',').append(n(ys[i]));
        }
        out.append("\"/>");
        return this;
    }

    Svg circle(double cx, double cy, double r, String fill, String stroke) {
        out.append("<circle cx=\"")
                .append(n(cx))
                .append("\" cy=\"")
                .append(n(cy))
                .append("\" r=\"")
                .append(n(r))
                .append("\" fill=\"")
                .append(fill)
                .append("\" stroke=\"")
                .append(stroke)
                .append("\" stroke-width=\"1.5\"/>");
        return this;
    }

    /** Text anchored {@code start}, {@code middle} or {@code end} at (x, y), its baseline at y. */
    Svg text(double x, double y, String text, String anchor, double size, String fill, boolean bold) {
        out.append("<text x=\"")
                .append(n(x))
                .append("\" y=\"")
                .append(n(y))
                .append("\" text-anchor=\"")
                .append(anchor)
                .append("\" font-size=\"")
                .append(n(size))
                .append("\" fill=\"")
                .append(fill)
                .append('"');
        if (bold) {
            out.append(" font-weight=\"bold\"");
        }
        out.append('>').append(escape(text)).append("</text>");
        return this;
    }

    String finish() {
        return out.append("</svg>").toString();
    }

    /** {@code text} safe inside an XML element or attribute. */
    static String escape(String text) {
        var escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (allowedInXml(c)) {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }

    /** {@code text} cut to {@code max} characters with an ellipsis, for labels that must fit. */
    static String shorten(String text, int max) {
        var stripped = text.strip();
        if (stripped.codePointCount(0, stripped.length()) <= max) {
            return stripped;
        }
        return stripped.substring(0, stripped.offsetByCodePoints(0, max - 1)).strip() + "…";
    }

    private static boolean allowedInXml(int c) {
        return c == 0x9
                || c == 0xA
                || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    private static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
