package com.mediaflow.auth;

import static com.mediaflow.support.Http.from;
import static com.mediaflow.support.Http.uniqueIp;
import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.support.FreshDatabase;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.Json;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Rules that only hold on an empty system, so this class has a database of its own. */
@IntegrationTest
@ContextConfiguration(initializers = FreshDatabase.class)
class FirstSignUpIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void theFirstSignUpBecomesOwnerAndLaterSignUpsNeedAnInvitation() {
        var weak = register("Olivia Owner", "olivia@studio.test", "password");
        assertThat(weak).hasStatus(400);
        assertThat(weak).bodyJson().extractingPath("$.errors[0].field").isEqualTo("password");

        var first = register("Olivia Owner", "Olivia@Studio.test", "Studio-Founder-1");
        assertThat(first).hasStatus(201);
        assertThat(first).bodyJson().extractingPath("$.user.role").isEqualTo("owner");
        assertThat(first).bodyJson().extractingPath("$.user.email").isEqualTo("olivia@studio.test");
        assertThat(first.getResponse().getHeader("Location")).startsWith("/api/team/members/");
        String ownerToken = Json.read(first, "$.access_token");
        String ownerId = Json.read(first, "$.user.id");

        var second = register("Mallory", "mallory@studio.test", "Studio-Founder-2");
        assertThat(second).hasStatus(403);
        assertThat(Json.<String>read(second, "$.detail")).contains("invitation");

        var lastOwner = mvc.put()
                .uri("/api/team/members/" + ownerId)
                .header("Authorization", "Bearer " + ownerToken)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"full_name\":\"Olivia\",\"role\":\"manager\",\"version\":0}")
                .exchange();
        assertThat(lastOwner).hasStatus(409);
        assertThat(Json.<String>read(lastOwner, "$.detail")).contains("at least one active owner");

        var audit = mvc.get()
                .uri("/api/audit-logs?action=member.registered")
                .header("Authorization", "Bearer " + ownerToken)
                .exchange();
        assertThat(audit).bodyJson().extractingPath("$.data[0].entity_id").isEqualTo(ownerId);
        assertThat(audit).bodyJson().extractingPath("$.data[0].after.email").isEqualTo("olivia@studio.test");
    }

    private MvcTestResult register(String name, String email, String password) {
        return mvc.post()
                .uri("/api/auth/register")
                .with(from(uniqueIp()))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"full_name\":\"" + name + "\",\"email\":\"" + email + "\",\"password\":\"" + password
                        + "\"}")
                .exchange();
    }
}
