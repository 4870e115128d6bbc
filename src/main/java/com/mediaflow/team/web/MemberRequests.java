package com.mediaflow.team.web;

import com.mediaflow.shared.security.Role;
import com.mediaflow.team.internal.InviteCommand;
import com.mediaflow.team.internal.MemberUpdate;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Request bodies of the team routes. Rates are per hour in the organization's default currency. */
final class MemberRequests {

    private MemberRequests() {}

    record AddMember(
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(max = 200) String fullName,
            @NotNull Role role,
            @Size(max = 200) @Nullable String jobTitle,
            @Size(max = 50) @Nullable String phone,

            @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) @Nullable
            BigDecimal hourlyCost,

            @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) @Nullable
            BigDecimal billableRate,

            @Size(max = 2000) @Nullable String message) {

        InviteCommand command() {
            return new InviteCommand(email, fullName, role, jobTitle, phone, hourlyCost, billableRate, message);
        }
    }

    record Invite(
            @NotBlank @Email @Size(max = 254) String email,
            @NotNull Role role,
            @Size(max = 200) @Nullable String fullName,
            @Size(max = 2000) @Nullable String message) {

        InviteCommand command() {
            return new InviteCommand(email, fullName, role, null, null, null, null, message);
        }
    }

    record UpdateMember(
            @NotBlank @Size(max = 200) String fullName,
            @Size(max = 200) @Nullable String jobTitle,
            @Size(max = 50) @Nullable String phone,

            @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) @Nullable
            BigDecimal hourlyCost,

            @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) @Nullable
            BigDecimal billableRate,

            @Nullable Role role,
            @NotNull @PositiveOrZero Long version) {

        MemberUpdate update() {
            return new MemberUpdate(fullName, jobTitle, phone, hourlyCost, billableRate, role, version);
        }
    }
}
