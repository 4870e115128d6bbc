package com.mediaflow.shared;

import static com.mediaflow.support.Http.from;
import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.shared.security.Role;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.TestUsers;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class AuditLogIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestUsers users;

    @Test
    void changesAreAuditedWithActorBeforeAfterIpAndUserAgent() {
        var owner = users.create(Role.OWNER);
        var editor = users.create(Role.EDITOR);

        mvc.put()
                .uri("/api/team/members/" + editor.id())
                .with(from("203.0.113.7"))
                .header("Authorization", owner.bearer())
                .header("User-Agent", "StudioDesk/1.0")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"full_name\":\"Renamed Editor\",\"job_title\":\"Colourist\",\"version\":0}")
                .exchange();

        var log = mvc.get()
                .uri("/api/audit-logs?entity_type=member&entity_id={id}&action=member.updated", editor.id())
                .header("Authorization", owner.bearer())
                .exchange();

        assertThat(log).hasStatusOk();
        assertThat(log).bodyJson().extractingPath("$.pagination.total").isEqualTo(1);
        assertThat(log)
                .bodyJson()
                .extractingPath("$.data[0].actor_id")
                .isEqualTo(owner.id().toString());
        assertThat(log).bodyJson().extractingPath("$.data[0].actor_email").isEqualTo(owner.email());
        assertThat(log).bodyJson().extractingPath("$.data[0].before.full_name").isEqualTo(editor.fullName());
        assertThat(log).bodyJson().extractingPath("$.data[0].after.full_name").isEqualTo("Renamed Editor");
        assertThat(log).bodyJson().extractingPath("$.data[0].after.job_title").isEqualTo("Colourist");
        assertThat(log).bodyJson().extractingPath("$.data[0].ip").isEqualTo("203.0.113.7");
        assertThat(log).bodyJson().extractingPath("$.data[0].user_agent").isEqualTo("StudioDesk/1.0");
    }

    @Test
    void authenticationEventsAreAuditedIncludingFailures() {
        var owner = users.create(Role.OWNER);
        var editor = users.create(Role.EDITOR);
        mvc.post()
                .uri("/api/auth/login")
                .with(from("198.51.100.4"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"" + editor.email() + "\",\"password\":\"Wrong-Password-1\"}")
                .exchange();

        var log = mvc.get()
                .uri("/api/audit-logs?entity_id={id}&sort=occurred_at", editor.id())
                .header("Authorization", owner.bearer())
                .exchange();

        assertThat(log)
                .bodyJson()
                .extractingPath("$.data[*].action")
                .asArray()
                .containsSubsequence("auth.login", "auth.login_failed");
        assertThat(log).bodyJson().extractingPath("$.data[1].after.reason").isEqualTo("wrong_password");
        assertThat(log).bodyJson().extractingPath("$.data[1].ip").isEqualTo("198.51.100.4");
    }

    @Test
    void onlyOwnersReadTheAuditLog() {
        var manager = users.create(Role.MANAGER);

        var result = mvc.get()
                .uri("/api/audit-logs")
                .header("Authorization", manager.bearer())
                .exchange();

        assertThat(result).hasStatus(403);
    }

    @Test
    void theAuditLogRejectsUnknownFilters() {
        var owner = users.create(Role.OWNER);

        var result = mvc.get()
                .uri("/api/audit-logs?entity={id}", UUID.randomUUID())
                .header("Authorization", owner.bearer())
                .exchange();

        assertThat(result).hasStatus(400);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("entity");
    }
}
