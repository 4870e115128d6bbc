package com.mediaflow.proposals.web;

import com.mediaflow.proposals.internal.ItemInput;
import com.mediaflow.proposals.internal.ProposalCommand;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Bodies of the proposal routes. */
final class ProposalRequests {

    private ProposalRequests() {}

    /**
     * A proposal to create or to replace (a draft).
     *
     * @param clientId the client contact; give it or {@code lead_id}, not both
     * @param leadId the lead the proposal is for, while it is no client yet
     * @param currency ISO 4217; default the studio's currency
     * @param depositPercent the deposit asked for on acceptance, in percent of the accepted total
     * @param allowOptionalSelection whether the client may choose optional items
     * @param items the lines; on update, leaving them out keeps the items
     * @param version required on update: the version read
     */
    record WriteProposal(
            @NotBlank @Size(max = 200) String title,
            @Nullable UUID clientId,
            @Nullable UUID leadId,
            @NotNull LocalDate validUntil,
            @Size(min = 3, max = 3) @Nullable String currency,
            @Size(max = 10_000) @Nullable String intro,
            @Size(max = 20_000) @Nullable String terms,

            @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3, fraction = 2) @Nullable
            BigDecimal depositPercent,

            @Nullable Boolean allowOptionalSelection,
            @Size(max = 500) @Nullable List<@Valid @NotNull ItemInput> items,
            @PositiveOrZero @Nullable Long version) {

        ProposalCommand command() {
            return new ProposalCommand(
                    title,
                    clientId,
                    leadId,
                    validUntil,
                    currency,
                    intro,
                    terms,
                    depositPercent,
                    Boolean.TRUE.equals(allowOptionalSelection),
                    items);
        }
    }

    /**
     * @param recipientEmail where the link goes; default the client's (or lead's) e-mail address
     * @param message a personal note in the e-mail
     */
    record SendProposal(
            @Schema(format = "email") @Size(max = 254) @Nullable
            String recipientEmail,

            @Size(max = 5000) @Nullable String message) {}
}
