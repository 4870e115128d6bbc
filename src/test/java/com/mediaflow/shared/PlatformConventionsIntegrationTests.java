package com.mediaflow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.shared.security.Role;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.Json;
import com.mediaflow.support.TestUsers;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class PlatformConventionsIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestUsers users;

    @Test
    void everyResponseCarriesARequestIdAndEchoesASafeIncomingOne() {
        var generated = mvc.get().uri("/actuator/health").exchange();
        var echoed = mvc.get()
                .uri("/actuator/health")
                .header("X-Request-Id", "proxy-12345678")
                .exchange();
        var unsafe = mvc.get()
                .uri("/actuator/health")
                .header("X-Request-Id", "<script>")
                .exchange();

        assertThat(generated.getResponse().getHeader("X-Request-Id")).hasSize(36);
        assertThat(echoed.getResponse().getHeader("X-Request-Id")).isEqualTo("proxy-12345678");
        assertThat(unsafe.getResponse().getHeader("X-Request-Id"))
                .isNotEqualTo("<script>")
                .hasSize(36);
    }

    @Test
    void errorsAreProblemDocumentsWithCodeAndRequestIdAndNoInternals() {
        var editor = users.create(Role.EDITOR);

        var notFound = mvc.get()
                .uri("/api/team/members/00000000-0000-0000-0000-000000000000")
                .header("Authorization", editor.bearer())
                .exchange();
        var badId = mvc.get()
                .uri("/api/team/members/not-a-uuid")
                .header("Authorization", editor.bearer())
                .exchange();
        var badJson = mvc.put()
                .uri("/api/auth/password")
                .header("Authorization", editor.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{not json")
                .exchange();
        var wrongMethod = mvc.patch()
                .uri("/api/auth/me")
                .header("Authorization", editor.bearer())
                .exchange();

        assertThat(notFound).hasStatus(404);
        assertThat(notFound).hasContentType("application/problem+json");
        assertThat(notFound).bodyJson().extractingPath("$.code").isEqualTo("NOT_FOUND");
        assertThat(notFound)
                .bodyJson()
                .extractingPath("$.instance")
                .isEqualTo("/api/team/members/00000000-0000-0000-0000-000000000000");
        assertThat(Json.<String>read(notFound, "$.request_id"))
                .isEqualTo(notFound.getResponse().getHeader("X-Request-Id"));
        assertThat(badId).hasStatus(400);
        assertThat(badId).bodyJson().extractingPath("$.errors[0].field").isEqualTo("id");
        assertThat(badJson).hasStatus(400);
        assertThat(Json.body(badJson)).doesNotContain("Exception", "tools.jackson", "at com.");
        assertThat(wrongMethod).hasStatus(405);
    }

    @Test
    void aBadEnumValueInABodyNamesTheFieldAndTheAllowedValues() {
        var owner = users.create(Role.OWNER);

        var result = mvc.post()
                .uri("/api/team/invitations")
                .header("Authorization", owner.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"x@studio.test\",\"role\":\"director\"}")
                .exchange();

        assertThat(result).hasStatus(400);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("role");
        assertThat(Json.<String>read(result, "$.errors[0].message"))
                .contains("owner, manager, producer, editor, assistant");
    }

    @Test
    void theDocumentNamesFiltersAsTheApiSpellsThem() {
        var result = mvc.get().uri("/v3/api-docs").exchange();

        assertThat(result)
                .bodyJson()
                .extractingPath("$.paths['/api/audit-logs'].get.parameters[*].name")
                .asArray()
                .contains("actor_id", "entity_type", "entity_id")
                .doesNotContain("actorId", "entityType");
    }

    @Test
    void securityHeadersAreSetOnEveryResponse() {
        var result = mvc.get().uri("/actuator/health").exchange();
        var response = result.getResponse();

        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(response.getHeader("Content-Security-Policy"))
                .contains("default-src 'self'", "frame-ancestors 'none'");
    }

    @Test
    void httpsRequestsGetStrictTransportSecurity() {
        var result = mvc.get().uri("https://localhost/actuator/health").exchange();

        assertThat(result.getResponse().getHeader("Strict-Transport-Security")).contains("max-age=");
    }

    @Test
    void corsAllowsCredentialsOnlyForTheConfiguredFrontEnd() {
        var allowed = mvc.options()
                .uri("/api/auth/me")
                .header("Origin", "http://localhost:3000")
                .header("Access-Control-Request-Method", "GET")
                .exchange();
        var foreign = mvc.options()
                .uri("/api/auth/me")
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET")
                .exchange();

        assertThat(allowed.getResponse().getHeader("Access-Control-Allow-Origin"))
                .isEqualTo("http://localhost:3000");
        assertThat(allowed.getResponse().getHeader("Access-Control-Allow-Credentials"))
                .isEqualTo("true");
        assertThat(foreign).hasStatus(403);
        assertThat(foreign.getResponse().getHeader("Access-Control-Allow-Origin"))
                .isNull();
    }

    @Test
    void healthReportsDatabaseAndRedisAndProbesAreExposed() {
        var health = mvc.get().uri("/actuator/health").exchange();

        assertThat(health).bodyJson().extractingPath("$.status").isEqualTo("UP");
        assertThat(health).bodyJson().extractingPath("$.components.db.status").isEqualTo("UP");
        assertThat(health)
                .bodyJson()
                .extractingPath("$.components.redis.status")
                .isEqualTo("UP");
        assertThat(mvc.get().uri("/actuator/health/liveness").exchange()).hasStatusOk();
        assertThat(mvc.get().uri("/actuator/health/readiness").exchange()).hasStatusOk();
        assertThat(mvc.get().uri("/actuator/prometheus").exchange())
                .hasStatusOk()
                .bodyText()
                .contains("jvm_memory_used_bytes");
    }

    @Test
    void theOpenApiDocumentDescribesSecurityErrorsAndPermissions() {
        var result = mvc.get().uri("/v3/api-docs").exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.openapi").asString().startsWith("3.1");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.components.securitySchemes.bearer.scheme")
                .isEqualTo("bearer");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.components.schemas.Problem.properties.code.enum")
                .asArray()
                .contains("VALIDATION_ERROR", "RATE_LIMITED");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.paths['/api/team/invitations'].post['x-required-permission']")
                .isEqualTo("can_manage_team");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.paths['/api/audit-logs'].get['x-required-permission']")
                .isEqualTo("role owner");
        assertThat(result).bodyJson().doesNotHavePath("$.paths['/api/auth/login'].post.security");
        Map<String, Object> memberSchema = Json.read(result, "$.components.schemas.MemberView.properties");
        assertThat(memberSchema).containsKeys("full_name", "hourly_cost", "last_login_at");
        Map<String, Object> responses = Json.read(result, "$.paths['/api/team/members'].get.responses");
        assertThat(responses).containsKeys("200", "400", "401", "403", "429");
        assertThat(mvc.get().uri("/swagger-ui/index.html").exchange()).hasStatusOk();
    }
}
