package com.mediaflow.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.shared.security.Role;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.Json;
import com.mediaflow.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class AuthIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestUsers users;

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
    }

    @Test
    void wrongPasswordIsRejectedWithoutSayingWhetherTheAccountExists() {
        var editor = users.create(Role.EDITOR);

        var wrongPassword = login(editor.email(), "Wrong-Password-1", "10.9.0.1");
        var unknownAccount = login("nobody-" + editor.id() + "@studio.test", "Wrong-Password-1", "10.9.0.1");

        assertThat(wrongPassword).hasStatus(401);
        assertThat(unknownAccount).hasStatus(401);
        assertThat(Json.<String>read(wrongPassword, "$.detail")).isEqualTo(Json.read(unknownAccount, "$.detail"));
        assertThat(wrongPassword).bodyJson().extractingPath("$.code").isEqualTo("UNAUTHENTICATED");
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult login(String email, String password, String ip) {
        return mvc.post()
                .uri("/api/auth/login")
                .with(request -> {
                    request.setRemoteAddr(ip);
                    return request;
                })
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}")
                .exchange();
    }

    static String password() {
        return TestUsers.PASSWORD;
    }
}
