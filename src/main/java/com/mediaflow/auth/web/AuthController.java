package com.mediaflow.auth.web;

import com.mediaflow.auth.AuthProperties;
import com.mediaflow.auth.internal.AuthUser;
import com.mediaflow.auth.internal.Passwords;
import com.mediaflow.auth.internal.Registration;
import com.mediaflow.auth.internal.SignIn;
import com.mediaflow.auth.internal.SignedIn;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.security.CurrentUsers;
import com.mediaflow.shared.web.UnauthenticatedException;
import com.mediaflow.team.TeamDirectory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/auth")
@Tag(name = "Auth")
class AuthController {

    static final String REFRESH_COOKIE = "refresh_token";
    private static final String COOKIE_PATH = "/api/auth";

    private final SignIn signIn;
    private final Registration registration;
    private final Passwords passwords;
    private final TeamDirectory team;
    private final AuthProperties properties;

    AuthController(
            SignIn signIn,
            Registration registration,
            Passwords passwords,
            TeamDirectory team,
            AuthProperties properties) {
        this.signIn = signIn;
        this.registration = registration;
        this.passwords = passwords;
        this.team = team;
        this.properties = properties;
    }

    @PostMapping("/register")
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(responseCode = "201", description = "The owner account, signed in")
    @ApiResponse(responseCode = "403", description = "The studio already has members: join by invitation")
    @Operation(
            summary = "Register the studio's first account",
            description = "Public. The first person to register on an empty system becomes its owner and is signed in. "
                    + "Afterwards sign-up is by invitation only (403). Rate limited: 5 per 15 minutes per IP.")
    ResponseEntity<AuthResponses.Tokens> register(
            @Valid @RequestBody AuthRequests.Register request, HttpServletRequest http) {
        var signedIn = registration.registerFounder(
                request.fullName(), request.email(), request.password(), http.getRemoteAddr());
        return withCookie(
                ResponseEntity.created(
                        URI.create("/api/team/members/" + signedIn.user().id())),
                signedIn);
    }

    @PostMapping("/login")
    @ApiResponse(responseCode = "200", description = "Signed in")
    @ApiResponse(responseCode = "401", description = "Wrong e-mail or password, or the account is locked")
    @Operation(
            summary = "Sign in with e-mail and password",
            description =
                    "Public. Returns a 15-minute access token and a 7-day refresh token (also set as an httpOnly, "
                            + "Secure, SameSite=Strict cookie). Five failures in a row lock the account for 15 minutes. "
                            + "Rate limited: 5 per 15 minutes per IP and account.")
    ResponseEntity<AuthResponses.Tokens> login(
            @Valid @RequestBody AuthRequests.Login request, HttpServletRequest http) {
        var signedIn = signIn.login(request.email(), request.password(), http.getRemoteAddr());
        return withCookie(ResponseEntity.ok(), signedIn);
    }

    @PostMapping("/refresh")
    @ApiResponse(responseCode = "200", description = "New tokens")
    @ApiResponse(responseCode = "401", description = "The refresh token is missing, used, expired or revoked")
    @Operation(
            summary = "Exchange a refresh token for new tokens",
            description =
                    "Public. Send the refresh token in the body or the cookie. Every refresh token works once and "
                            + "is replaced; presenting a used one again ends the whole session.")
    ResponseEntity<AuthResponses.Tokens> refresh(
            @RequestBody(required = false) AuthRequests.@Nullable Refresh request,
            @CookieValue(name = REFRESH_COOKIE, required = false) @Nullable String cookie,
            HttpServletRequest http) {
        var token = request != null && request.refreshToken() != null ? request.refreshToken() : cookie;
        return refreshWith(token, http);
    }

    @GetMapping("/refresh")
    @ApiResponse(responseCode = "200", description = "New tokens")
    @ApiResponse(responseCode = "401", description = "The refresh cookie is missing, used, expired or revoked")
    @Operation(
            summary = "Refresh with the cookie",
            description = "Public. The same as POST, for browsers: reads the cookie.")
    ResponseEntity<AuthResponses.Tokens> refreshWithCookie(
            @CookieValue(name = REFRESH_COOKIE, required = false) @Nullable String cookie, HttpServletRequest http) {
        return refreshWith(cookie, http);
    }

    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Sign out",
            description = "Public. Ends the session of the refresh token (body or cookie) and of the access token, if "
                    + "sent; clears the cookie. Its access tokens stop working at once.")
    ResponseEntity<Void> logout(
            @RequestBody(required = false) AuthRequests.@Nullable Logout request,
            @CookieValue(name = REFRESH_COOKIE, required = false) @Nullable String cookie) {
        var token = request != null && request.refreshToken() != null ? request.refreshToken() : cookie;
        signIn.logout(token, CurrentUsers.current());
        return ResponseEntity.noContent()
                .header(HttpHeaders.SET_COOKIE, cookie("", Duration.ZERO).toString())
                .build();
    }

    @GetMapping("/me")
    @Operation(summary = "Who am I", description = "The signed-in member, their permissions and the role matrix.")
    AuthResponses.Me me(@AuthenticationPrincipal CurrentUser user) {
        var account = team.findAccount(user.id())
                .orElseThrow(() -> UnauthenticatedException.because("This account no longer exists"));
        return AuthResponses.Me.of(AuthUser.of(account));
    }

    @PutMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Change my password",
            description = "Needs the current password. Every other session of yours ends; this one stays.")
    void changePassword(
            @Valid @RequestBody AuthRequests.ChangePassword request, @AuthenticationPrincipal CurrentUser user) {
        passwords.change(user, request.currentPassword(), request.newPassword());
    }

    @PostMapping("/password/forgot")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(
            summary = "E-mail a password-reset link",
            description = "Public. Always answers 202, whether or not the address has an account. The link works once, "
                    + "for one hour. Rate limited: 5 per 15 minutes per IP and address.")
    AuthResponses.Message forgotPassword(
            @Valid @RequestBody AuthRequests.ForgotPassword request, HttpServletRequest http) {
        passwords.requestReset(request.email(), http.getRemoteAddr());
        return new AuthResponses.Message("If the address belongs to an account, a reset link is on its way.");
    }

    @PostMapping("/password/reset")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Set a new password with a reset token",
            description = "Public. The token is single-use; all sessions of the account end.")
    void resetPassword(@Valid @RequestBody AuthRequests.ResetPassword request, HttpServletRequest http) {
        passwords.reset(request.token(), request.password(), http.getRemoteAddr());
    }

    @PostMapping("/invitations/{token}/accept")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Accept an invitation",
            description = "Public. Sets your name and password and signs you in. The link works once, within 7 days.")
    ResponseEntity<AuthResponses.Tokens> acceptInvitation(
            @PathVariable String token,
            @Valid @RequestBody AuthRequests.AcceptInvitation request,
            HttpServletRequest http) {
        var signedIn =
                registration.acceptInvitation(token, request.fullName(), request.password(), http.getRemoteAddr());
        return withCookie(
                ResponseEntity.created(
                        URI.create("/api/team/members/" + signedIn.user().id())),
                signedIn);
    }

    private ResponseEntity<AuthResponses.Tokens> refreshWith(@Nullable String token, HttpServletRequest http) {
        if (token == null || token.isBlank()) {
            throw UnauthenticatedException.because("No refresh token was sent (body refresh_token or the cookie)");
        }
        return withCookie(ResponseEntity.ok(), signIn.refresh(token, http.getRemoteAddr()));
    }

    private ResponseEntity<AuthResponses.Tokens> withCookie(ResponseEntity.BodyBuilder builder, SignedIn signedIn) {
        return builder.header(
                        HttpHeaders.SET_COOKIE,
                        cookie(signedIn.refreshToken(), Duration.ofSeconds(signedIn.refreshExpiresIn()))
                                .toString())
                .body(AuthResponses.Tokens.of(signedIn));
    }

    private ResponseCookie cookie(String value, Duration maxAge) {
        return ResponseCookie.from(REFRESH_COOKIE, value)
                .httpOnly(true)
                .secure(properties.cookieSecure())
                .sameSite("Strict")
                .path(COOKIE_PATH)
                .maxAge(maxAge)
                .build();
    }
}
