package com.mediaflow.accounting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mediaflow.shared.money.Money;
import com.mediaflow.shared.web.InvalidStateException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InvoiceTests {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private final UUID actor = UUID.randomUUID();

    @Test
    void issuingNumbersTheDraftAndFixesItsDueDate() {
        var invoice = draft("100.00");

        invoice.issue(new InvoiceNumber("INV", 2026, 7), TODAY, 14, actor, NOW);

        assertThat(invoice.number()).isEqualTo("INV-2026-0007");
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(invoice.dueDate()).isEqualTo(TODAY.plusDays(14));
        assertThat(invoice.balanceDue()).isEqualTo(Money.of("100.00", "EUR"));
    }

    @Test
    void anIssuedInvoiceCannotBeRevisedOrIssuedAgain() {
        var invoice = issued("100.00");

        assertThatThrownBy(() -> invoice.revise(heading(), List.of(line("1.00")), NOW))
                .isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(invoice::requireDeletable).isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(() -> invoice.issue(new InvoiceNumber("INV", 2026, 8), TODAY, 14, actor, NOW))
                .isInstanceOf(InvalidStateException.class);
    }

    @Test
    void paymentsMoveTheInvoiceToPartiallyPaidAndPaidButNeverBeyondTheBalance() {
        var invoice = issued("100.00");

        invoice.recordPayment(Money.of("30.00", "EUR"), TODAY, PaymentMethod.CASH, null, actor, NOW);
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThatThrownBy(() ->
                        invoice.recordPayment(Money.of("70.01", "EUR"), TODAY, PaymentMethod.CASH, null, actor, NOW))
                .isInstanceOf(InvalidStateException.class);
        invoice.recordPayment(Money.of("70.00", "EUR"), TODAY, PaymentMethod.CARD, "x", actor, NOW);

        assertThat(invoice.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(invoice.balanceDue().isZero()).isTrue();
        assertThat(invoice.settledOn()).isEqualTo(TODAY);
    }

    @Test
    void creditsReduceTheBalanceAndAFullCreditSettlesIt() {
        var invoice = issued("100.00");

        invoice.credit(Money.of("40.00", "EUR"), TODAY, NOW);
        assertThat(invoice.balanceDue()).isEqualTo(Money.of("60.00", "EUR"));
        assertThatThrownBy(() -> invoice.credit(Money.of("60.01", "EUR"), TODAY, NOW))
                .isInstanceOf(InvalidStateException.class);
        invoice.credit(Money.of("60.00", "EUR"), TODAY, NOW);

        assertThat(invoice.status()).isEqualTo(InvoiceStatus.CREDITED);
    }

    @Test
    void overdueNeedsAPastDueDateAndABalance() {
        var invoice = issued("100.00");

        assertThat(invoice.isOverdue(TODAY.plusDays(14))).isFalse();
        assertThat(invoice.isOverdue(TODAY.plusDays(15))).isTrue();
        assertThat(invoice.daysOverdue(TODAY.plusDays(20))).isEqualTo(6);
        invoice.recordPayment(Money.of("100.00", "EUR"), TODAY, PaymentMethod.CASH, null, actor, NOW);
        assertThat(invoice.isOverdue(TODAY.plusDays(20))).isFalse();
    }

    @Test
    void onlyAnUnpaidIssuedInvoiceCanBeVoided() {
        var unpaid = issued("100.00");
        var paid = issued("100.00");
        paid.recordPayment(Money.of("1.00", "EUR"), TODAY, PaymentMethod.CASH, null, actor, NOW);

        unpaid.voidWith("Duplicate", actor, NOW);

        assertThat(unpaid.status()).isEqualTo(InvoiceStatus.VOID);
        assertThat(unpaid.balanceDue().isZero()).isTrue();
        assertThatThrownBy(() -> paid.voidWith("x", actor, NOW)).isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(() -> draft("1.00").voidWith("x", actor, NOW)).isInstanceOf(InvalidStateException.class);
    }

    private Invoice issued(String amount) {
        var invoice = draft(amount);
        invoice.issue(new InvoiceNumber("INV", 2026, 1), TODAY, 14, actor, NOW);
        return invoice;
    }

    private Invoice draft(String amount) {
        return Invoice.draft(heading(), List.of(line(amount)), actor, NOW);
    }

    private static InvoiceDraft heading() {
        return new InvoiceDraft(UUID.randomUUID(), "Client", null, null, null, "EUR", null, null, null);
    }

    private static LineItem line(String amount) {
        return new LineItem("Edit", BigDecimal.ONE, new BigDecimal(amount), BigDecimal.ZERO, BigDecimal.ZERO, null);
    }
}
