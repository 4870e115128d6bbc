package com.mediaflow.accounting.internal;

import com.mediaflow.shared.money.Money;
import com.mediaflow.shared.web.InvalidInputException;
import java.math.BigDecimal;
import java.util.Currency;

/** Checks of amounts and currencies that requests carry, as field errors. */
final class Amounts {

    private Amounts() {}

    static Currency currency(String field, String code) {
        try {
            return Money.currency(code);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.field(field, "must be an ISO 4217 currency code such as EUR");
        }
    }

    /** An amount that needs no rounding in {@code currency} (at most its number of decimals). */
    static Money exact(String field, BigDecimal amount, Currency currency) {
        if (!Money.fitsMinorUnit(amount, currency)) {
            throw InvalidInputException.field(
                    field,
                    "must have at most " + currency.getDefaultFractionDigits() + " decimals in "
                            + currency.getCurrencyCode());
        }
        return new Money(amount, currency);
    }
}
