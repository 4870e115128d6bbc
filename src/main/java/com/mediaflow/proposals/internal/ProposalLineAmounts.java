package com.mediaflow.proposals.internal;

import com.mediaflow.shared.money.Money;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * The amounts of one proposal line, by the studio's rounding rule (the one invoices use): {@code net
 * = quantity × unit_price} and {@code tax = net × tax_rate / 100}, each computed exactly and rounded
 * half-up to the currency's minor unit once, per line. Totals add the rounded lines and are never
 * rounded again.
 */
record ProposalLineAmounts(Money net, Money tax) {

    static ProposalLineAmounts of(BigDecimal quantity, BigDecimal unitPrice, BigDecimal taxRate, Currency currency) {
        var net = new Money(quantity.multiply(unitPrice), currency);
        return new ProposalLineAmounts(net, net.percent(taxRate));
    }

    Money total() {
        return net.plus(tax);
    }
}
