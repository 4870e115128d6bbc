package com.mediaflow.auth;

import static com.mediaflow.support.Http.from;
import static com.mediaflow.support.Http.uniqueIp;
import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.shared.security.Role;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.Json;
import com.mediaflow.support.TestInfrastructure;
import com.mediaflow.support.TestUsers;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class AuthIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestUsers users;

    @Autowired
    AuthProperties properties;

    @Test
    void meReturnsTheMemberTheirPermissionsAndTheRoleMatrix() {
        var producer = users.create(Role.PRODUCER);

        var result = mvc.get()
                .uri("/api/auth/me")
                .header("Authorization", producer.bearer())
                .exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.user.email").isEqualTo(producer.email());
        assertThat(result).bodyJson().extractingPath("$.user.role").isEqualTo("producer");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.permissions")
                .asArray()
                .containsExactlyInAnyOrder("can_manage_projects", "can_send_proposals", "can_manage_assets");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.role_permissions.editor")
                .asArray()
                .isEmpty();
        assertThat(result)
                .bodyJson()
                .extractingPath("$.role_permissions.manager")
                .asArray()
                .hasSize(6);
    }

    @Test
    void loginReturnsTokensAndSetsAStrictHttpOnlySecureRefreshCookie() {
        var editor = users.create(Role.EDITOR);

        var result = login(editor.email(), TestUsers.PASSWORD, uniqueIp());

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.token_type").isEqualTo("Bearer");
        assertThat(result).bodyJson().extractingPath("$.expires_in").isEqualTo(900);
        var cookie = result.getResponse().getHeader("Set-Cookie");
        assertThat(cookie)
                .startsWith("refresh_token=" + Json.read(result, "$.refresh_token"))
                .contains("HttpOnly", "Secure", "SameSite=Strict", "Path=/api/auth");
    }

    @Test
    void wrongPasswordIsRejectedWithoutSayingWhetherTheAccountExists() {
        var editor = users.create(Role.EDITOR);
        var ip = uniqueIp();

        var wrongPassword = login(editor.email(), "Wrong-Password-1", ip);
        var unknownAccount = login("nobody-" + editor.id() + "@studio.test", "Wrong-Password-1", ip);

        assertThat(wrongPassword).hasStatus(401);
        assertThat(unknownAccount).hasStatus(401);
        assertThat(Json.<String>read(wrongPassword, "$.detail")).isEqualTo(Json.read(unknownAccount, "$.detail"));
        assertThat(wrongPassword).bodyJson().extractingPath("$.code").isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void fiveFailedLoginsLockTheAccountEvenForTheRightPassword() {
        var editor = users.create(Role.EDITOR);
        for (int i = 0; i < 5; i++) {
            assertThat(login(editor.email(), "Wrong-Password-" + i, uniqueIp())).hasStatus(401);
        }

        var rightPassword = login(editor.email(), TestUsers.PASSWORD, uniqueIp());

        assertThat(rightPassword).hasStatus(401);
        assertThat(Json.<String>read(rightPassword, "$.detail")).contains("locked");
        assertThat(Json.<Integer>read(rightPassword, "$.retry_after_seconds")).isBetween(800, 900);
    }

    @Test
    void authRoutesAreRateLimitedPerClientAndAccount() {
        var editor = users.create(Role.EDITOR);
        var ip = uniqueIp();
        for (int i = 0; i < 5; i++) {
            login(editor.email(), "Wrong-Password-" + i, ip);
        }

        var sixth = login(editor.email(), TestUsers.PASSWORD, ip);

        assertThat(sixth).hasStatus(429);
        assertThat(sixth).bodyJson().extractingPath("$.code").isEqualTo("RATE_LIMITED");
        assertThat(Long.parseLong(sixth.getResponse().getHeader("Retry-After"))).isPositive();
        assertThat(sixth.getResponse().getHeader("RateLimit-Limit")).isEqualTo("5");
        assertThat(sixth.getResponse().getHeader("RateLimit-Remaining")).isEqualTo("0");
    }

    @Test
    void refreshRotatesTheTokenAndReusingAnOldOneEndsTheSession() {
        var editor = users.create(Role.EDITOR);

        var first = refresh(editor.refreshToken());
        assertThat(first).hasStatusOk();
        String newRefresh = Json.read(first, "$.refresh_token");
        String newAccess = Json.read(first, "$.access_token");
        assertThat(newRefresh).isNotEqualTo(editor.refreshToken());
        assertThat(me("Bearer " + newAccess)).hasStatusOk();

        var replay = refresh(editor.refreshToken());

        assertThat(replay).hasStatus(401);
        assertThat(Json.<String>read(replay, "$.detail")).contains("already used");
        assertThat(me("Bearer " + newAccess)).hasStatus(401);
        assertThat(refresh(newRefresh)).hasStatus(401);
    }

    @Test
    void browsersRefreshWithTheCookie() {
        var editor = users.create(Role.EDITOR);

        var result = mvc.get()
                .uri("/api/auth/refresh")
                .cookie(new jakarta.servlet.http.Cookie("refresh_token", editor.refreshToken()))
                .exchange();

        assertThat(result).hasStatusOk();
        assertThat(result)
                .bodyJson()
                .extractingPath("$.user.id")
                .isEqualTo(editor.id().toString());
    }

    @Test
    void logoutEndsTheSessionAtOnce() {
        var editor = users.create(Role.EDITOR);

        var logout = mvc.post()
                .uri("/api/auth/logout")
                .header("Authorization", editor.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"refresh_token\":\"" + editor.refreshToken() + "\"}")
                .exchange();

        assertThat(logout).hasStatus(204);
        assertThat(logout.getResponse().getHeader("Set-Cookie")).contains("refresh_token=;", "Max-Age=0");
        assertThat(me(editor.bearer())).hasStatus(401);
        assertThat(refresh(editor.refreshToken())).hasStatus(401);
    }

    @Test
    void expiredForgedUnsignedAndOtherAlgorithmTokensAreRejected() {
        var editor = users.create(Role.EDITOR);
        var sessionId = sessionOf(editor.accessToken());
        var key = Keys.hmacShaKeyFor(properties.jwt().secret().getBytes(StandardCharsets.UTF_8));
        var now = Instant.now();

        var expired = Jwts.builder()
                .issuer("mediaflow")
                .subject(editor.id().toString())
                .claim("sid", sessionId)
                .issuedAt(Date.from(now.minusSeconds(3600)))
                .expiration(Date.from(now.minusSeconds(60)))
                .signWith(key, Jwts.SIG.HS256)
                .compact();
        var otherKey = Jwts.builder()
                .issuer("mediaflow")
                .subject(editor.id().toString())
                .claim("sid", sessionId)
                .issuedAt(Date.from(now))
                .expiration(Date.from(now.plusSeconds(600)))
                .signWith(Keys.hmacShaKeyFor(new byte[32]), Jwts.SIG.HS256)
                .compact();
        var longerSecret = Arrays.copyOf(properties.jwt().secret().getBytes(StandardCharsets.UTF_8), 64);
        var otherAlgorithm = Jwts.builder()
                .issuer("mediaflow")
                .subject(editor.id().toString())
                .claim("sid", sessionId)
                .issuedAt(Date.from(now))
                .expiration(Date.from(now.plusSeconds(600)))
                .signWith(Keys.hmacShaKeyFor(longerSecret), Jwts.SIG.HS512)
                .compact();
        var unsigned = Jwts.builder()
                .issuer("mediaflow")
                .subject(editor.id().toString())
                .claim("sid", sessionId)
                .issuedAt(Date.from(now))
                .expiration(Date.from(now.plusSeconds(600)))
                .compact();

        for (var token : new String[] {expired, otherKey, otherAlgorithm, unsigned, "not-a-jwt"}) {
            var result = me("Bearer " + token);
            assertThat(result).hasStatus(401);
            assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("UNAUTHENTICATED");
            assertThat(result.getResponse().getHeader("WWW-Authenticate")).startsWith("Bearer");
        }
        assertThat(me(editor.bearer())).hasStatusOk();
    }

    @Test
    void changingThePasswordEndsOtherSessionsButKeepsThisOne() {
        var editor = users.create(Role.EDITOR);
        var otherDevice = login(editor.email(), TestUsers.PASSWORD, uniqueIp());
        String otherAccess = Json.read(otherDevice, "$.access_token");

        var change = mvc.put()
                .uri("/api/auth/password")
                .header("Authorization", editor.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"current_password\":\"" + TestUsers.PASSWORD + "\",\"new_password\":\"Brand-New-Cut-77\"}")
                .exchange();

        assertThat(change).hasStatus(204);
        assertThat(me(editor.bearer())).hasStatusOk();
        assertThat(me("Bearer " + otherAccess)).hasStatus(401);
        assertThat(login(editor.email(), TestUsers.PASSWORD, uniqueIp())).hasStatus(401);
        assertThat(login(editor.email(), "Brand-New-Cut-77", uniqueIp())).hasStatusOk();
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndAStrongNewOne() {
        var editor = users.create(Role.EDITOR);

        var wrongCurrent = changePassword(editor, "Not-My-Password-1", "Brand-New-Cut-77");
        var common = changePassword(editor, TestUsers.PASSWORD, "Password123");
        var noDigit = changePassword(editor, TestUsers.PASSWORD, "NoDigitsHere");

        assertThat(wrongCurrent).hasStatus(400);
        assertThat(wrongCurrent).bodyJson().extractingPath("$.errors[0].field").isEqualTo("current_password");
        assertThat(common).hasStatus(400);
        assertThat(Json.<String>read(common, "$.errors[0].message")).contains("too common");
        assertThat(noDigit).hasStatus(400);
        assertThat(Json.<String>read(noDigit, "$.errors[0].message")).contains("digit");
    }

    @Test
    void aForgottenPasswordIsResetWithASingleUseEmailedToken() throws Exception {
        var editor = users.create(Role.EDITOR);

        var forgot = mvc.post()
                .uri("/api/auth/password/forgot")
                .with(from(uniqueIp()))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"" + editor.email() + "\"}")
                .exchange();
        assertThat(forgot).hasStatus(202);
        var token = tokenFromMail(
                editor.email(), "Reset your MediaFlow password", "reset-password\\?token=([A-Za-z0-9_-]+)");

        var reset = resetPassword(token, "Fresh-Start-2027");
        var again = resetPassword(token, "Second-Try-2027");

        assertThat(reset).hasStatus(204);
        assertThat(again).hasStatus(400);
        assertThat(me(editor.bearer())).hasStatus(401);
        assertThat(login(editor.email(), "Fresh-Start-2027", uniqueIp())).hasStatusOk();
    }

    @Test
    void forgotPasswordLooksTheSameForUnknownAddresses() {
        var unknown = "ghost-" + UUID.randomUUID() + "@studio.test";

        var result = mvc.post()
                .uri("/api/auth/password/forgot")
                .with(from(uniqueIp()))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"" + unknown + "\"}")
                .exchange();

        assertThat(result).hasStatus(202);
        assertThat(mailsTo(unknown)).isEmpty();
    }

    @Test
    void anInvitedProducerAcceptsSignsInAndIsForbiddenOwnerOnlyRoutes() throws Exception {
        var owner = users.create(Role.OWNER);
        var email = "invited-" + UUID.randomUUID() + "@studio.test";
        var invite = mvc.post()
                .uri("/api/team/invitations")
                .header("Authorization", owner.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"" + email + "\",\"role\":\"producer\",\"full_name\":\"Pat Producer\"}")
                .exchange();
        assertThat(invite).hasStatus(201);
        var token = tokenFromMail(email, "invited", "/invitations/([A-Za-z0-9_-]+)");

        var accept = acceptInvitation(token, "Pat Producer", "Producing-Rocks-9");
        assertThat(accept).hasStatus(201);
        assertThat(accept).bodyJson().extractingPath("$.user.role").isEqualTo("producer");
        assertThat(accept).bodyJson().extractingPath("$.user.status").isEqualTo("active");
        var producer = "Bearer " + Json.read(accept, "$.access_token");

        assertThat(acceptInvitation(token, "Pat Again", "Producing-Rocks-9")).hasStatus(404);
        var auditLog = mvc.get()
                .uri("/api/audit-logs")
                .header("Authorization", producer)
                .exchange();
        assertThat(auditLog).hasStatus(403);
        assertThat(auditLog).bodyJson().extractingPath("$.code").isEqualTo("FORBIDDEN");
        assertThat(mvc.get()
                        .uri("/api/team/invitations")
                        .header("Authorization", producer)
                        .exchange())
                .hasStatus(403);
        assertThat(login(email, "Producing-Rocks-9", uniqueIp())).hasStatusOk();
    }

    @Test
    void aDeactivatedMembersTokensStopWorkingAtOnce() {
        var owner = users.create(Role.OWNER);
        var editor = users.create(Role.EDITOR);
        assertThat(me(editor.bearer())).hasStatusOk();

        var deactivate = mvc.delete()
                .uri("/api/team/members/" + editor.id())
                .header("Authorization", owner.bearer())
                .exchange();

        assertThat(deactivate).hasStatus(204);
        assertThat(me(editor.bearer())).hasStatus(401);
        assertThat(refresh(editor.refreshToken())).hasStatus(401);
        assertThat(login(editor.email(), TestUsers.PASSWORD, uniqueIp())).hasStatus(401);
    }

    @Test
    void aRoleChangeTakesEffectOnTheNextRequest() {
        var owner = users.create(Role.OWNER);
        var assistant = users.create(Role.ASSISTANT);
        var member = mvc.get()
                .uri("/api/team/members/" + assistant.id())
                .header("Authorization", owner.bearer())
                .exchange();
        int version = Json.read(member, "$.version");

        var promote = mvc.put()
                .uri("/api/team/members/" + assistant.id())
                .header("Authorization", owner.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"full_name\":\"Promoted\",\"role\":\"manager\",\"version\":" + version + "}")
                .exchange();

        assertThat(promote).hasStatusOk();
        assertThat(mvc.get()
                        .uri("/api/team/invitations")
                        .header("Authorization", assistant.bearer())
                        .exchange())
                .hasStatusOk();
    }

    private MvcTestResult login(String email, String password, String ip) {
        return mvc.post()
                .uri("/api/auth/login")
                .with(from(ip))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}")
                .exchange();
    }

    private MvcTestResult refresh(String token) {
        return mvc.post()
                .uri("/api/auth/refresh")
                .with(from(uniqueIp()))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"refresh_token\":\"" + token + "\"}")
                .exchange();
    }

    private MvcTestResult me(String authorization) {
        return mvc.get()
                .uri("/api/auth/me")
                .header("Authorization", authorization)
                .exchange();
    }

    private MvcTestResult changePassword(TestUsers.TestUser user, String current, String next) {
        return mvc.put()
                .uri("/api/auth/password")
                .header("Authorization", user.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"current_password\":\"" + current + "\",\"new_password\":\"" + next + "\"}")
                .exchange();
    }

    private MvcTestResult resetPassword(String token, String password) {
        return mvc.post()
                .uri("/api/auth/password/reset")
                .with(from(uniqueIp()))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"token\":\"" + token + "\",\"password\":\"" + password + "\"}")
                .exchange();
    }

    private MvcTestResult acceptInvitation(String token, String name, String password) {
        return mvc.post()
                .uri("/api/auth/invitations/" + token + "/accept")
                .with(from(uniqueIp()))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"full_name\":\"" + name + "\",\"password\":\"" + password + "\"}")
                .exchange();
    }

    private static String sessionOf(String accessToken) {
        var payload = new String(
                java.util.Base64.getUrlDecoder().decode(accessToken.split("\\.")[1]), StandardCharsets.UTF_8);
        var matcher = Pattern.compile("\"sid\":\"([^\"]+)\"").matcher(payload);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    static java.util.List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(TestInfrastructure.mailbox().getReceivedMessages())
                .filter(message -> {
                    try {
                        return Arrays.stream(message.getAllRecipients())
                                .anyMatch(r -> r.toString().equals(address));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    /** Waits for the mail (it is sent after the commit) and extracts the token from its link. */
    static String tokenFromMail(String address, String subjectPart, String linkPattern) throws Exception {
        var deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            for (var message : mailsTo(address)) {
                if (message.getSubject().contains(subjectPart)) {
                    var body = com.icegreen.greenmail.util.GreenMailUtil.getBody(message);
                    var matcher = Pattern.compile(linkPattern).matcher(body);
                    assertThat(matcher.find()).as("link in %s", body).isTrue();
                    return matcher.group(1);
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("No e-mail '" + subjectPart + "' reached " + address);
    }
}
