package com.mediaflow.proposals.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The client signs a proposal: a drawn signature (a PNG as a data URL) or a typed name.
 *
 * @param signatureType {@code drawn} or {@code typed}
 * @param signatureImage {@code data:image/png;base64,...}; required when drawn: a real PNG of at
 *     most 200 KB, at most 2000 × 1000 pixels
 * @param typedSignature the name as typed; required when typed
 * @param consent the client agrees that this is their legally binding signature; must be true
 */
public record SignRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Email @Size(max = 254) String email,

        @Schema(allowableValues = {"drawn", "typed"})
        @NotNull
        @Pattern(regexp = "drawn|typed", message = "must be drawn or typed")
        String signatureType,

        @Size(max = 300_000) @Nullable String signatureImage,
        @Size(max = 200) @Nullable String typedSignature,
        @Size(max = 200) @Nullable List<UUID> selectedOptionalItemIds,

        @NotNull @AssertTrue(message = "must be true: the client agrees to sign electronically")
        Boolean consent) {

    public List<UUID> chosen() {
        return selectedOptionalItemIds == null ? List.of() : selectedOptionalItemIds;
    }

    public boolean drawn() {
        return "drawn".equals(signatureType);
    }
}
