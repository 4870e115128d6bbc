package com.mediaflow.auth.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Request bodies of the auth routes. */
final class AuthRequests {

    private AuthRequests() {}

    record Login(
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(max = 200) String password) {}

    record Register(
            @NotBlank @Size(max = 200) String fullName,
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(max = 200) String password) {}

    record Refresh(@Nullable String refreshToken) {}

    record Logout(@Nullable String refreshToken) {}

    record ForgotPassword(@NotBlank @Email @Size(max = 254) String email) {}

    record ResetPassword(
            @NotBlank @Size(max = 200) String token,
            @NotBlank @Size(max = 200) String password) {}

    record ChangePassword(
            @NotBlank @Size(max = 200) String currentPassword,
            @NotBlank @Size(max = 200) String newPassword) {}

    record AcceptInvitation(
            @NotBlank @Size(max = 200) String fullName,
            @NotBlank @Size(max = 200) String password) {}
}
