package com.mediaflow.accounting.web;

import com.mediaflow.accounting.internal.ExpenseCategory;
import com.mediaflow.accounting.internal.ExpenseDetails;
import com.mediaflow.accounting.internal.IncomeDetails;
import com.mediaflow.accounting.internal.IncomeSource;
import com.mediaflow.accounting.internal.IncomeStatus;
import com.mediaflow.accounting.internal.InvoiceDrafts;
import com.mediaflow.accounting.internal.LineItem;
import com.mediaflow.accounting.internal.PaymentMethod;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Request bodies of the accounting routes. */
final class AccountingRequests {

    private static final String CURRENCY = "[A-Z]{3}";
    private static final String CURRENCY_MESSAGE = "must be an ISO 4217 currency code such as EUR";

    private AccountingRequests() {}

    record SubmitExpense(
            @Nullable UUID projectId,
            @NotNull ExpenseCategory category,

            @NotNull
            @DecimalMin(value = "0", inclusive = false, message = "must be more than 0")
            @Digits(integer = 14, fraction = 3)
            BigDecimal amount,

            @NotNull LocalDate date,
            @NotBlank @Size(max = 2000) String description,
            @Size(max = 200) @Nullable String vendor,

            @DecimalMin(value = "0", message = "must be 0 or more") @Digits(integer = 14, fraction = 3) @Nullable
            BigDecimal taxAmount,

            @Pattern(regexp = CURRENCY, message = CURRENCY_MESSAGE) @Nullable
            String currency,

            @Nullable Boolean billable) {

        ExpenseDetails details() {
            return new ExpenseDetails(
                    projectId,
                    category,
                    amount,
                    taxAmount == null ? BigDecimal.ZERO : taxAmount,
                    currency,
                    date,
                    description,
                    vendor,
                    billable != null && billable);
        }
    }

    record ReviseExpense(
            @Nullable UUID projectId,
            @NotNull ExpenseCategory category,

            @NotNull
            @DecimalMin(value = "0", inclusive = false, message = "must be more than 0")
            @Digits(integer = 14, fraction = 3)
            BigDecimal amount,

            @NotNull LocalDate date,
            @NotBlank @Size(max = 2000) String description,
            @Size(max = 200) @Nullable String vendor,

            @DecimalMin(value = "0", message = "must be 0 or more") @Digits(integer = 14, fraction = 3) @Nullable
            BigDecimal taxAmount,

            @Pattern(regexp = CURRENCY, message = CURRENCY_MESSAGE) @Nullable
            String currency,

            @Nullable Boolean billable,
            @NotNull @PositiveOrZero Long version) {

        ExpenseDetails details() {
            return new SubmitExpense(
                            projectId, category, amount, date, description, vendor, taxAmount, currency, billable)
                    .details();
        }
    }

    record RejectExpense(@NotBlank @Size(max = 1000) String reason) {}

    record Item(
            @NotBlank @Size(max = 1000) String description,

            @NotNull
            @DecimalMin(value = "0", inclusive = false, message = "must be more than 0")
            @Digits(integer = 9, fraction = 3)
            BigDecimal quantity,

            @NotNull @DecimalMin(value = "0", message = "must be 0 or more") @Digits(integer = 14, fraction = 4)
            BigDecimal unitPrice,

            @DecimalMin(value = "0", message = "must be 0 or more")
            @DecimalMax(value = "100", message = "must be at most 100")
            @Digits(integer = 3, fraction = 3)
            @Nullable
            BigDecimal taxRate,

            @DecimalMin(value = "0", message = "must be 0 or more")
            @DecimalMax(value = "100", message = "must be at most 100")
            @Digits(integer = 3, fraction = 4)
            @Nullable
            BigDecimal discountPercent) {

        LineItem item() {
            return new LineItem(
                    description,
                    quantity,
                    unitPrice,
                    taxRate == null ? BigDecimal.ZERO : taxRate,
                    discountPercent == null ? BigDecimal.ZERO : discountPercent,
                    null);
        }
    }

    record WriteInvoice(
            @NotNull UUID clientId,
            @Nullable UUID projectId,
            @Nullable LocalDate dueDate,

            @Pattern(regexp = CURRENCY, message = CURRENCY_MESSAGE) @Nullable
            String currency,

            @Size(max = 5000) @Nullable String notes,
            @Size(max = 5000) @Nullable String terms,
            @Size(max = 1000) @Nullable String billingAddress,
            @Size(max = 200) @Nullable List<@Valid @NotNull Item> items,
            @Size(max = 200) @Nullable List<@NotNull UUID> expenseIds,

            @DecimalMin(value = "0", message = "must be 0 or more")
            @DecimalMax(value = "100", message = "must be at most 100")
            @Digits(integer = 3, fraction = 3)
            @Nullable
            BigDecimal expenseTaxRate,

            @PositiveOrZero @Nullable Long version) {

        InvoiceDrafts.InvoiceCommand command() {
            return new InvoiceDrafts.InvoiceCommand(
                    clientId,
                    projectId,
                    dueDate,
                    currency,
                    notes,
                    terms,
                    billingAddress,
                    items == null ? List.of() : items.stream().map(Item::item).toList(),
                    expenseIds == null ? List.of() : expenseIds,
                    expenseTaxRate == null ? BigDecimal.ZERO : expenseTaxRate);
        }
    }

    record SendInvoice(
            @Email @Size(max = 254) @Nullable String recipientEmail,
            @Size(max = 5000) @Nullable String message) {}

    record VoidInvoice(@NotBlank @Size(max = 1000) String reason) {}

    record CreditNote(
            @NotBlank @Size(max = 1000) String reason,
            @Size(max = 200) @Nullable List<@Valid @NotNull Item> items) {

        List<LineItem> lines() {
            return items == null ? List.of() : items.stream().map(Item::item).toList();
        }
    }

    record RecordPayment(
            @NotNull
            @DecimalMin(value = "0", inclusive = false, message = "must be more than 0")
            @Digits(integer = 14, fraction = 3)
            BigDecimal amount,

            @Nullable LocalDate date,
            @NotNull PaymentMethod method,
            @Size(max = 200) @Nullable String reference) {}

    record MarkPaid(
            @Nullable LocalDate date,
            @Nullable PaymentMethod method,
            @Size(max = 200) @Nullable String reference) {}

    record WriteIncome(
            @NotNull IncomeSource source,
            @NotBlank @Size(max = 1000) String description,

            @NotNull
            @DecimalMin(value = "0", inclusive = false, message = "must be more than 0")
            @Digits(integer = 14, fraction = 3)
            BigDecimal amount,

            @Pattern(regexp = CURRENCY, message = CURRENCY_MESSAGE) @Nullable
            String currency,

            @NotNull IncomeStatus status,
            @Nullable LocalDate expectedDate,
            @Nullable LocalDate receivedDate,
            @Nullable UUID projectId,
            @Nullable UUID clientId,
            @PositiveOrZero @Nullable Long version) {

        IncomeDetails details() {
            return new IncomeDetails(
                    source, description, amount, currency, status, expectedDate, receivedDate, projectId, clientId);
        }
    }

    record MarkReceived(@Nullable LocalDate receivedDate) {}
}
