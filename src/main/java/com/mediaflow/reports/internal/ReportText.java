package com.mediaflow.reports.internal;

import com.mediaflow.reports.internal.charts.ChartNumbers;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How figures read in a report document: money with the currency's decimals, rates, dates. */
final class ReportText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private ReportText() {}

    static int decimals(String currency) {
        return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    }

    /** {@code 12,345.60} */
    static String amount(BigDecimal amount, String currency) {
        return ChartNumbers.money(amount, decimals(currency));
    }

    /** {@code 37.50%}, or a dash when there is no rate. */
    static String percent(@Nullable BigDecimal rate) {
        return rate == null ? "–" : ChartNumbers.money(rate, 2) + "%";
    }

    /** {@code 1,234.50} hours. */
    static String hours(BigDecimal hours) {
        return ChartNumbers.money(hours, 2);
    }

    static String count(long count) {
        return ChartNumbers.money(BigDecimal.valueOf(count), 0);
    }

    static String day(@Nullable LocalDate day) {
        return day == null ? "–" : DAY.format(day);
    }

    static String period(LocalDate start, LocalDate end) {
        return start.equals(end) ? DAY.format(start) : DAY.format(start) + " – " + DAY.format(end);
    }

    static String moment(Instant instant, ZoneId zone) {
        return MOMENT.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
    }

    /** {@code post_production} → {@code Post production}. */
    static String label(String value) {
        var words = value.replace('_', ' ').strip();
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
