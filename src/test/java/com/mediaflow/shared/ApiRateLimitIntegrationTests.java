package com.mediaflow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.shared.security.Role;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Runs with a small API limit, in a context of its own. */
@IntegrationTest
@TestPropertySource(properties = {"mediaflow.rate-limit.api.capacity=8", "mediaflow.rate-limit.api.period=15m"})
class ApiRateLimitIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestUsers users;

    @Test
    void eachMemberHasTheirOwnLimitAndGetsA429WithRetryAfterWhenItIsUsedUp() {
        var busy = users.create(Role.EDITOR);
        var calm = users.create(Role.EDITOR);

        var last = mvc.get()
                .uri("/api/auth/me")
                .header("Authorization", busy.bearer())
                .exchange();
        for (int i = 0; i < 8 && last.getResponse().getStatus() == 200; i++) {
            last = mvc.get()
                    .uri("/api/auth/me")
                    .header("Authorization", busy.bearer())
                    .exchange();
        }

        assertThat(last).hasStatus(429);
        assertThat(last).bodyJson().extractingPath("$.code").isEqualTo("RATE_LIMITED");
        assertThat(Long.parseLong(last.getResponse().getHeader("Retry-After"))).isBetween(1L, 900L);
        assertThat(last.getResponse().getHeader("RateLimit-Remaining")).isEqualTo("0");
        var other = mvc.get()
                .uri("/api/auth/me")
                .header("Authorization", calm.bearer())
                .exchange();
        assertThat(other).hasStatusOk();
        assertThat(other.getResponse().getHeader("RateLimit-Limit")).isEqualTo("8");
    }
}
