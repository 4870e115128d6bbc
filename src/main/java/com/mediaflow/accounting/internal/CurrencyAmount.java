package com.mediaflow.accounting.internal;

import com.mediaflow.shared.money.Money;
import java.math.BigDecimal;

/** A sum of one currency, as a query returns it. */
record CurrencyAmount(String currency, BigDecimal amount) {

    Money money() {
        return Money.of(amount, currency);
    }
}
