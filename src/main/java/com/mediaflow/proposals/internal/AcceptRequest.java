package com.mediaflow.proposals.internal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The client accepts a proposal without signing it.
 *
 * @param selectedOptionalItemIds the optional items the client wants included (only when the studio
 *     lets them choose)
 */
public record AcceptRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Email @Size(max = 254) String email,
        @Size(max = 200) @Nullable List<UUID> selectedOptionalItemIds) {

    public List<UUID> chosen() {
        return selectedOptionalItemIds == null ? List.of() : selectedOptionalItemIds;
    }
}
