package com.mediaflow.accounting.internal;

import com.mediaflow.shared.money.Money;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * The amounts of one invoice line, by the studio's one rounding rule: <b>half-up to the currency's
 * minor unit, once per line</b> (two decimals for EUR, none for JPY).
 *
 * <ol>
 *   <li>{@code net = round(quantity × unit_price × (100 − discount_percent) / 100)}, computed
 *       exactly and rounded once;
 *   <li>{@code gross = round(quantity × unit_price)} and {@code discount = gross − net}, so that the
 *       printed line always adds up ({@code gross − discount = net});
 *   <li>{@code tax = round(net × tax_rate / 100)}, rounded once per line;
 *   <li>the invoice adds the rounded lines: {@code subtotal = Σ net}, the tax of each rate {@code =
 *       Σ tax} of its lines, {@code total = subtotal + Σ tax}. Totals are never rounded again.
 * </ol>
 *
 * So {@code 3 × 33.333 EUR} is a net of {@code 100.00}, and {@code 1 × 1,000 JPY} at 8 % tax is
 * {@code 80} JPY of tax.
 */
public record LineAmounts(Money gross, Money discount, Money net, Money tax) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static LineAmounts of(
            BigDecimal quantity,
            BigDecimal unitPrice,
            BigDecimal discountPercent,
            BigDecimal taxRate,
            Currency currency) {
        var exactGross = quantity.multiply(unitPrice);
        var gross = new Money(exactGross, currency);
        var net =
                new Money(exactGross.multiply(HUNDRED.subtract(discountPercent)).movePointLeft(2), currency);
        var tax = net.percent(taxRate);
        return new LineAmounts(gross, gross.minus(net), net, tax);
    }

    public static LineAmounts of(LineItem item, Currency currency) {
        return of(item.quantity(), item.unitPrice(), item.discountPercent(), item.taxRate(), currency);
    }

    public Money total() {
        return net.plus(tax);
    }
}
