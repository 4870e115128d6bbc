package com.mediaflow.proposals.internal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The client turns a proposal down, saying why. */
public record RejectRequest(
        @NotBlank @Size(max = 2000) String reason,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Email @Size(max = 254) String email) {}
