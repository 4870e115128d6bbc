package com.mediaflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.mediaflow.shared.security.Role;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Makes members of any role and signs them in through the real login route, so tests start from
 * what a real user would have: an access token and a refresh token. Every member is new, with a
 * unique e-mail, so tests never share state.
 */
@TestComponent
public class TestUsers {

    public static final String PASSWORD = "Crew-Member-2026";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final MockMvcTester mvc;

    TestUsers(JdbcClient jdbc, PasswordEncoder passwords, MockMvcTester mvc) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.mvc = mvc;
    }

    public record TestUser(UUID id, String email, String fullName, Role role, String accessToken, String refreshToken) {

        public String bearer() {
            return "Bearer " + accessToken;
        }
    }

    /** An active member with this role, already signed in. */
    public TestUser create(Role role) {
        var n = SEQUENCE.incrementAndGet();
        var email = role.value() + "-" + n + "-" + UUID.randomUUID().toString().substring(0, 8) + "@studio.test";
        return create(role, email, "Test " + capitalize(role.value()) + " " + n);
    }

    public TestUser create(Role role, String email, String fullName) {
        var id = insertMember(role, email, fullName);
        return signIn(id, email, fullName, role);
    }

    /** An active member with credentials, not signed in. */
    public UUID insertMember(Role role, String email, String fullName) {
        var id = UUID.randomUUID();
        var now = Timestamp.from(Instant.now());
        jdbc.sql("""
                        INSERT INTO team_members (id, email, full_name, role, status, created_at, updated_at)
                        VALUES (:id, :email, :name, :role, 'ACTIVE', :now, :now)
                        """)
                .param("id", id)
                .param("email", email)
                .param("name", fullName)
                .param("role", role.name())
                .param("now", now)
                .update();
        jdbc.sql("""
                        INSERT INTO auth_credentials (member_id, password_hash, password_changed_at)
                        VALUES (:id, :hash, :now)
                        """)
                .param("id", id)
                .param("hash", passwords.encode(PASSWORD))
                .param("now", now)
                .update();
        return id;
    }

    private TestUser signIn(UUID id, String email, String fullName, Role role) {
        var result = mvc.post()
                .uri("/api/auth/login")
                .with(request -> {
                    request.setRemoteAddr("10.1." + (SEQUENCE.get() % 250) + "." + (1 + SEQUENCE.get() % 250));
                    return request;
                })
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}")
                .exchange();
        assertThat(result).hasStatusOk();
        var body = Json.body(result);
        return new TestUser(
                id,
                email,
                fullName,
                role,
                JsonPath.read(body, "$.access_token"),
                JsonPath.read(body, "$.refresh_token"));
    }

    private static String capitalize(String value) {
        return Character.toUpperCase(value.charAt(0)) + value.substring(1);
    }
}
