package com.mediaflow.analytics;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Revenue of a period in one currency.
 *
 * @param totalRevenue {@code invoice_payments + other_income}
 * @param invoicePayments payments received on invoices, by payment date
 * @param otherIncome received income that is not an invoice payment (retainers, other), by the day
 *     received
 * @param payments the number of invoice payments counted
 * @param invoiced totals of invoices issued in the period (not void)
 * @param credited totals of credit notes issued in the period
 * @param topClients the ten clients who brought the most revenue, largest first
 */
public record Revenue(
        AnalyticsPeriod period,
        String currency,
        BigDecimal totalRevenue,
        BigDecimal invoicePayments,
        BigDecimal otherIncome,
        long payments,
        BigDecimal invoiced,
        BigDecimal credited,
        List<ClientRevenue> topClients) {

    public record ClientRevenue(UUID clientId, String clientName, BigDecimal revenue) {}
}
