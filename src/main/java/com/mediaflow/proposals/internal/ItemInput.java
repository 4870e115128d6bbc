package com.mediaflow.proposals.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A line of a proposal as the studio writes it.
 *
 * @param section the heading it is listed under ("Pre-production", "Shoot"); items of one section
 *     are shown together, sections in the order of their first item
 * @param optional an item the client may choose to add; it counts in the totals only when chosen
 * @param position where it goes (from 1); without it, at the end
 */
@Schema(name = "ProposalItemInput")
public record ItemInput(
        @Size(max = 200) @Nullable String section,
        @NotBlank @Size(max = 2000) String description,

        @NotNull @DecimalMin(value = "0.001") @Digits(integer = 9, fraction = 3)
        BigDecimal quantity,

        @Size(max = 30) @Nullable String unit,

        @NotNull @DecimalMin("0") @Digits(integer = 14, fraction = 4)
        BigDecimal unitPrice,

        @Schema(description = "Percent, 0-100; default 0")
        @DecimalMin("0")
        @DecimalMax("100")
        @Digits(integer = 3, fraction = 3)
        @Nullable
        BigDecimal taxRate,

        @Nullable Boolean optional,
        @Schema(minimum = "1") @Nullable Integer position) {

    String sectionName() {
        return section == null || section.isBlank() ? "" : section.strip();
    }

    BigDecimal rate() {
        return taxRate == null ? BigDecimal.ZERO : taxRate;
    }

    boolean isOptional() {
        return Boolean.TRUE.equals(optional);
    }
}
