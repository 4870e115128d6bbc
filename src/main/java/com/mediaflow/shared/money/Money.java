package com.mediaflow.shared.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of one currency, always held at that currency's minor unit: two decimals for EUR, none
 * for JPY, three for BHD. Whatever is passed in is rounded <b>half-up</b> to the minor unit when the
 * value is made, so every amount in the system is rounded by this one rule, once per line.
 * Arithmetic that divides ({@link #prorate}) works on the exact value and rounds once at the end.
 *
 * <p>Amounts of different currencies never mix: adding or comparing them is an error, because the
 * studio keeps no exchange rates.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        amount = amount.setScale(minorUnit(currency), RoundingMode.HALF_UP);
    }

    public static Money of(BigDecimal amount, String currencyCode) {
        return new Money(amount, currency(currencyCode));
    }

    public static Money of(String amount, String currencyCode) {
        return of(new BigDecimal(amount), currencyCode);
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /**
     * The ISO 4217 currency with this code, e.g. {@code EUR}.
     *
     * @throws IllegalArgumentException for anything that is not an upper-case ISO 4217 code of real
     *     money (codes such as {@code XXX} or {@code XAU}, which have no minor unit, are refused)
     */
    public static Currency currency(String code) {
        Objects.requireNonNull(code, "code");
        if (!code.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("'" + code + "' is not an ISO 4217 currency code");
        }
        try {
            var currency = Currency.getInstance(code);
            minorUnit(currency);
            return currency;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + code + "' is not an ISO 4217 currency code", e);
        }
    }

    /** Whether {@code amount} needs no rounding to be an amount of {@code currency}. */
    public static boolean fitsMinorUnit(BigDecimal amount, Currency currency) {
        return amount.stripTrailingZeros().scale() <= minorUnit(currency);
    }

    public String currencyCode() {
        return currency.getCurrencyCode();
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /** This amount times {@code factor}, rounded once. */
    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor), currency);
    }

    /**
     * {@code percent} % of this amount ({@code amount × percent / 100}), computed exactly and rounded
     * once: the tax of a line is {@code net.percent(taxRate)}.
     */
    public Money percent(BigDecimal percent) {
        return new Money(amount.multiply(percent).movePointLeft(2), currency);
    }

    /**
     * This amount's share for {@code part} of {@code whole}: {@code amount × part / whole}, computed
     * exactly and rounded once. An hourly rate for 50 minutes is {@code rate.prorate(50, 60)}.
     */
    public Money prorate(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            throw new ArithmeticException("Cannot prorate over a whole of zero");
        }
        // divide(…, scale, HALF_UP) rounds the exact quotient, so the result is rounded once.
        var exact = amount.multiply(part).divide(whole, minorUnit(currency), RoundingMode.HALF_UP);
        return new Money(exact, currency);
    }

    /** How many percent of {@code whole} this is, rounded half-up to two decimals. */
    public BigDecimal percentOf(Money whole) {
        requireSameCurrency(whole);
        if (whole.amount.signum() == 0) {
            throw new ArithmeticException("Cannot take a percentage of zero");
        }
        return amount.multiply(HUNDRED).divide(whole.amount, 2, RoundingMode.HALF_UP);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException(
                    "Cannot combine " + currency.getCurrencyCode() + " with " + other.currency.getCurrencyCode());
        }
    }

    private static int minorUnit(Currency currency) {
        var digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            throw new IllegalArgumentException(currency.getCurrencyCode() + " is not a currency of money");
        }
        return digits;
    }
}
