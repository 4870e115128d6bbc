package com.mediaflow.proposals.page;

import com.mediaflow.shared.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

/**
 * How the page writes numbers and dates, the same way as the studio's e-mails and PDFs: {@code
 * 1,234.50 EUR}, {@code 2.5}, {@code 19%}, {@code 31 December 2026}. The page's script formats the
 * totals it recomputes by the same rule.
 */
final class PageFormats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private PageFormats() {}

    static String money(BigDecimal amount, Currency currency) {
        var digits = currency.getDefaultFractionDigits();
        var format = new DecimalFormat(
                digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits), DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(amount.setScale(digits, RoundingMode.HALF_UP)) + " " + currency.getCurrencyCode();
    }

    /** The amount in the currency's minor unit (cents for EUR), as the script adds them up exactly. */
    static String minorUnits(Money money) {
        return money.amount()
                .movePointRight(money.currency().getDefaultFractionDigits())
                .toBigIntegerExact()
                .toString();
    }

    /** A quantity or a percentage without trailing zeros: {@code 2}, {@code 2.5}, {@code 7.25}. */
    static String number(BigDecimal value) {
        var plain = value.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
    }

    static String date(LocalDate day) {
        return DATE.format(day);
    }

    static String dateTime(Instant instant) {
        var utc = instant.atZone(ZoneOffset.UTC);
        return DATE.format(utc) + " at " + TIME.format(utc) + " UTC";
    }
}
