package com.mediaflow.analytics;

import com.mediaflow.shared.web.InvalidInputException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The days a figure covers, both inclusive, as dates of the studio's time zone. At most {@link
 * #MAX_DAYS} days long; the end may not be before the start.
 */
public record AnalyticsPeriod(LocalDate startDate, LocalDate endDate) {

    /** About ten years: longer ranges are refused rather than scanned. */
    public static final long MAX_DAYS = 3660;

    public AnalyticsPeriod {
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
        if (endDate.isBefore(startDate)) {
            throw InvalidInputException.field("end_date", "must be on or after start_date");
        }
        if (ChronoUnit.DAYS.between(startDate, endDate) >= MAX_DAYS) {
            throw InvalidInputException.field("end_date", "the period may be at most " + MAX_DAYS + " days long");
        }
    }

    /** The whole month of {@code day}. */
    public static AnalyticsPeriod monthOf(LocalDate day) {
        var first = day.withDayOfMonth(1);
        return new AnalyticsPeriod(first, first.plusMonths(1).minusDays(1));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(endDate);
    }
}
