package com.mediaflow.exports.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** An amount of a report cell with its currency, at the currency's decimals. */
public record MoneyValue(BigDecimal amount, String currency) {

    static MoneyValue of(BigDecimal amount, String currency) {
        int decimals;
        try {
            decimals = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        } catch (IllegalArgumentException e) {
            decimals = 2;
        }
        return new MoneyValue(amount.setScale(decimals, RoundingMode.HALF_UP), currency);
    }

    public int decimals() {
        return amount.scale();
    }
}
