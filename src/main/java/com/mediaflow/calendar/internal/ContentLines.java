package com.mediaflow.calendar.internal;

/**
 * Line folding of RFC 5545 (section 3.1): a content line longer than 75 octets of UTF-8 is split
 * into lines of at most 75 octets, each continuation starting with a single space, and never inside
 * a character. (ical4j folds by UTF-16 characters, which lets lines with accented or non-Latin text
 * run past 75 octets.)
 */
final class ContentLines {

    static final int MAX_OCTETS = 75;
    static final String CRLF = "\r\n";

    private ContentLines() {}

    /** Folds every CRLF-terminated line of {@code unfolded}; the result ends with CRLF. */
    static String fold(String unfolded) {
        var out = new StringBuilder(unfolded.length() + unfolded.length() / 32);
        var lines = unfolded.split(CRLF, -1);
        var count = unfolded.endsWith(CRLF) ? lines.length - 1 : lines.length;
        for (int i = 0; i < count; i++) {
            foldLine(lines[i], out);
        }
        return out.toString();
    }

    private static void foldLine(String line, StringBuilder out) {
        var octets = 0;
        for (int i = 0; i < line.length(); ) {
            var codePoint = line.codePointAt(i);
            var size = utf8Length(codePoint);
            if (octets + size > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
