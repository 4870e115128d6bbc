package com.mediaflow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.shared.security.Role;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.Json;
import com.mediaflow.support.TestUsers;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class IdempotencyIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRetriedPostWithTheSameKeyReturnsTheFirstResultAndRunsOnce() {
        var owner = users.create(Role.OWNER);
        var key = UUID.randomUUID().toString();
        var email = "once-" + UUID.randomUUID() + "@studio.test";

        var first = invite(owner, key, email);
        var retry = invite(owner, key, email);

        assertThat(first).hasStatus(201);
        assertThat(retry).hasStatus(201);
        assertThat(Json.body(retry)).isEqualTo(Json.body(first));
        assertThat(retry.getResponse().getHeader("Location"))
                .isEqualTo(first.getResponse().getHeader("Location"));
        assertThat(retry.getResponse().getHeader("Idempotent-Replayed")).isEqualTo("true");
        long invitations = jdbc.sql("SELECT count(*) FROM team_invitations WHERE email = ?")
                .param(email)
                .query(Long.class)
                .single();
        assertThat(invitations).isEqualTo(1);
    }

    @Test
    void reusingAKeyForAnotherRequestIsAConflict() {
        var owner = users.create(Role.OWNER);
        var key = UUID.randomUUID().toString();
        invite(owner, key, "first-" + UUID.randomUUID() + "@studio.test");

        var other = invite(owner, key, "second-" + UUID.randomUUID() + "@studio.test");

        assertThat(other).hasStatus(409);
        assertThat(Json.<String>read(other, "$.detail")).contains("different request");
    }

    @Test
    void keysAreScopedToTheMemberWhoSentThem() {
        var owner = users.create(Role.OWNER);
        var otherOwner = users.create(Role.OWNER);
        var key = UUID.randomUUID().toString();

        var mine = invite(owner, key, "mine-" + UUID.randomUUID() + "@studio.test");
        var theirs = invite(otherOwner, key, "theirs-" + UUID.randomUUID() + "@studio.test");

        assertThat(mine).hasStatus(201);
        assertThat(theirs).hasStatus(201);
        assertThat(Json.<String>read(theirs, "$.id")).isNotEqualTo(Json.read(mine, "$.id"));
    }

    @Test
    void aFailedRequestIsNotKeptSoItCanBeRetried() {
        var owner = users.create(Role.OWNER);
        var key = UUID.randomUUID().toString();

        var invalid = mvc.post()
                .uri("/api/team/invitations")
                .header("Authorization", owner.bearer())
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"broken\",\"role\":\"editor\"}")
                .exchange();
        var replayed = mvc.post()
                .uri("/api/team/invitations")
                .header("Authorization", owner.bearer())
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"broken\",\"role\":\"editor\"}")
                .exchange();

        assertThat(invalid).hasStatus(400);
        assertThat(replayed).hasStatus(400);
        assertThat(replayed.getResponse().getHeader("Idempotent-Replayed")).isEqualTo("true");
    }

    private MvcTestResult invite(TestUsers.TestUser user, String key, String email) {
        return mvc.post()
                .uri("/api/team/invitations")
                .header("Authorization", user.bearer())
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"" + email + "\",\"role\":\"editor\"}")
                .exchange();
    }
}
