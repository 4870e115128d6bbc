package com.mediaflow.team;

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
class TeamIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void membersAreListedInThePagingEnvelopeAndFilteredByRoleAndSearch() {
        var owner = users.create(Role.OWNER);
        var marker = UUID.randomUUID().toString().substring(0, 8);
        users.create(Role.EDITOR, "ed-" + marker + "@studio.test", "Edith " + marker);
        users.create(Role.PRODUCER, "pro-" + marker + "@studio.test", "Pro " + marker);

        var editors = mvc.get()
                .uri("/api/team/members?q={q}&role=editor&limit=5&sort=-created_at", marker)
                .header("Authorization", owner.bearer())
                .exchange();

        assertThat(editors).hasStatusOk();
        assertThat(editors)
                .bodyJson()
                .extractingPath("$.data[*].full_name")
                .asArray()
                .containsExactly("Edith " + marker);
        assertThat(editors).bodyJson().extractingPath("$.pagination.page").isEqualTo(1);
        assertThat(editors).bodyJson().extractingPath("$.pagination.limit").isEqualTo(5);
        assertThat(editors).bodyJson().extractingPath("$.pagination.total").isEqualTo(1);
        assertThat(editors).bodyJson().extractingPath("$.pagination.has_next").isEqualTo(false);
    }

    @Test
    void limitIsCappedAtOneHundredAndUnknownFiltersOrSortsAreRejected() {
        var editor = users.create(Role.EDITOR);

        var capped = list(editor, "/api/team/members?limit=500");
        var unknownFilter = list(editor, "/api/team/members?colour=red");
        var unknownSort = list(editor, "/api/team/members?sort=password_hash");
        var badPage = list(editor, "/api/team/members?page=0");

        assertThat(capped).bodyJson().extractingPath("$.pagination.limit").isEqualTo(100);
        assertThat(unknownFilter).hasStatus(400);
        assertThat(unknownFilter).bodyJson().extractingPath("$.errors[0].field").isEqualTo("colour");
        assertThat(unknownSort).hasStatus(400);
        assertThat(unknownSort).bodyJson().extractingPath("$.errors[0].field").isEqualTo("sort");
        assertThat(badPage).hasStatus(400);
    }

    @Test
    void ratesAreHiddenFromThoseWhoMayNotSeeFinancials() {
        var owner = users.create(Role.OWNER);
        var editor = users.create(Role.EDITOR);
        var colleague = users.create(Role.ASSISTANT);
        update(
                owner,
                colleague.id(),
                "{\"full_name\":\"Costly\",\"hourly_cost\":45.50,\"billable_rate\":95,\"version\":0}");

        var asOwner = mvc.get()
                .uri("/api/team/members/" + colleague.id())
                .header("Authorization", owner.bearer())
                .exchange();
        var asEditor = mvc.get()
                .uri("/api/team/members/" + colleague.id())
                .header("Authorization", editor.bearer())
                .exchange();

        assertThat(asOwner).bodyJson().extractingPath("$.hourly_cost").isEqualTo(45.5);
        assertThat(asOwner).bodyJson().extractingPath("$.billable_rate").isEqualTo(95.0);
        assertThat(asEditor).bodyJson().extractingPath("$.hourly_cost").isNull();
        assertThat(asEditor).bodyJson().extractingPath("$.billable_rate").isNull();
    }

    @Test
    void aStaleVersionIsAConflictNotASilentOverwrite() {
        var owner = users.create(Role.OWNER);
        var member = users.create(Role.EDITOR);
        assertThat(update(owner, member.id(), "{\"full_name\":\"First Edit\",\"version\":0}"))
                .hasStatusOk();

        var stale = update(owner, member.id(), "{\"full_name\":\"Second Edit\",\"version\":0}");

        assertThat(stale).hasStatus(409);
        assertThat(stale).bodyJson().extractingPath("$.code").isEqualTo("CONFLICT");
        assertThat(stale).bodyJson().extractingPath("$.current_version").isEqualTo(1);
        var name = jdbc.sql("SELECT full_name FROM team_members WHERE id = ?")
                .param(member.id())
                .query(String.class)
                .single();
        assertThat(name).isEqualTo("First Edit");
    }

    @Test
    void onlyAnOwnerChangesRoles() {
        var manager = users.create(Role.MANAGER);
        var editor = users.create(Role.EDITOR);

        var result = update(manager, editor.id(), "{\"full_name\":\"Edith\",\"role\":\"manager\",\"version\":0}");

        assertThat(result).hasStatus(403);
        var role = jdbc.sql("SELECT role FROM team_members WHERE id = ?")
                .param(editor.id())
                .query(String.class)
                .single();
        assertThat(role).isEqualTo("EDITOR");
    }

    @Test
    void managersInviteButCannotInviteOwners() {
        var manager = users.create(Role.MANAGER);

        var producer = invite(manager, "new-producer-" + UUID.randomUUID() + "@studio.test", "producer");
        var owner = invite(manager, "new-owner-" + UUID.randomUUID() + "@studio.test", "owner");

        assertThat(producer).hasStatus(201);
        assertThat(producer.getResponse().getHeader("Location")).startsWith("/api/team/invitations/");
        assertThat(producer).bodyJson().extractingPath("$.status").isEqualTo("pending");
        assertThat(owner).hasStatus(403);
    }

    @Test
    void editorsCannotInviteOrAddMembers() {
        var editor = users.create(Role.EDITOR);

        assertThat(invite(editor, "someone-" + UUID.randomUUID() + "@studio.test", "editor"))
                .hasStatus(403);
        var add = mvc.post()
                .uri("/api/team/members")
                .header("Authorization", editor.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"x-" + UUID.randomUUID()
                        + "@studio.test\",\"full_name\":\"X\",\"role\":\"editor\"}")
                .exchange();
        assertThat(add).hasStatus(403);
    }

    @Test
    void addingAMemberCreatesThemAsInvitedWithTheirProfile() {
        var owner = users.create(Role.OWNER);
        var email = "camera-" + UUID.randomUUID() + "@studio.test";

        var add = mvc.post()
                .uri("/api/team/members")
                .header("Authorization", owner.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                        "{\"email\":\"" + email.toUpperCase() + "\",\"full_name\":\"Cam Operator\",\"role\":\"editor\","
                                + "\"job_title\":\"Camera operator\",\"hourly_cost\":38,\"billable_rate\":80}")
                .exchange();

        assertThat(add).hasStatus(201);
        assertThat(add).bodyJson().extractingPath("$.status").isEqualTo("invited");
        assertThat(add).bodyJson().extractingPath("$.email").isEqualTo(email);
        assertThat(add).bodyJson().extractingPath("$.job_title").isEqualTo("Camera operator");
        assertThat(invite(owner, email, "editor")).hasStatus(201);
        var duplicate = invite(owner, owner.email(), "editor");
        assertThat(duplicate).hasStatus(409);
    }

    @Test
    void invalidInputIsReportedPerField() {
        var owner = users.create(Role.OWNER);

        var result = mvc.post()
                .uri("/api/team/members")
                .header("Authorization", owner.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"not-an-email\",\"full_name\":\"\",\"role\":\"editor\",\"hourly_cost\":-5}")
                .exchange();

        assertThat(result).hasStatus(400);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("VALIDATION_ERROR");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .contains("email", "full_name", "hourly_cost");
    }

    @Test
    void aRevokedInvitationCannotBeAccepted() throws Exception {
        var owner = users.create(Role.OWNER);
        var email = "revoked-" + UUID.randomUUID() + "@studio.test";
        var invitation = invite(owner, email, "assistant");
        String id = Json.read(invitation, "$.id");

        var revoke = mvc.delete()
                .uri("/api/team/invitations/" + id)
                .header("Authorization", owner.bearer())
                .exchange();

        assertThat(revoke).hasStatus(204);
        var listed = mvc.get()
                .uri("/api/team/invitations?status=revoked&limit=100")
                .header("Authorization", owner.bearer())
                .exchange();
        assertThat(listed).bodyJson().extractingPath("$.data[*].id").asArray().contains(id);
        var status = jdbc.sql("SELECT status FROM team_invitations WHERE id = ?::uuid")
                .param(id)
                .query(String.class)
                .single();
        assertThat(status).isEqualTo("REVOKED");
    }

    @Test
    void nobodyCanDeactivateThemselves() {
        var owner = users.create(Role.OWNER);

        var result = mvc.delete()
                .uri("/api/team/members/" + owner.id())
                .header("Authorization", owner.bearer())
                .exchange();

        assertThat(result).hasStatus(409);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("INVALID_STATE");
    }

    private MvcTestResult list(TestUsers.TestUser user, String uri) {
        return mvc.get().uri(uri).header("Authorization", user.bearer()).exchange();
    }

    private MvcTestResult update(TestUsers.TestUser user, UUID id, String body) {
        return mvc.put()
                .uri("/api/team/members/" + id)
                .header("Authorization", user.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    private MvcTestResult invite(TestUsers.TestUser user, String email, String role) {
        return mvc.post()
                .uri("/api/team/invitations")
                .header("Authorization", user.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"" + email + "\",\"role\":\"" + role + "\"}")
                .exchange();
    }
}
