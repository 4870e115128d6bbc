package com.mediaflow.proposals.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.shared.security.Role;
import com.mediaflow.support.TestInfrastructure;
import com.mediaflow.support.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * How long the public proposal page takes to answer over real HTTP, warm: 200 sequential {@code GET
 * /p/{token}} after 50 to warm up, each one a real opening (the rate limit check in Redis, the view
 * recorded, the page rendered). Prints the median and the 95th percentile. A measurement, not a
 * test; it runs only when asked for:
 *
 * <pre>./mvnw verify -Dtest=None -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ProposalPageBenchmark \
 *     -Dbenchmark=true</pre>
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "mediaflow.proposals.public-limit.capacity=1000000"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestInfrastructure.class)
@Import(TestUsers.class)
class ProposalPageBenchmark {

    private static final int WARM_UP = 50;
    private static final int MEASURED = 200;

    @LocalServerPort
    int port;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    @Test
    void openThePublicPage() throws Exception {
        var sent = new SentProposals(mvc, jdbc).send(users.create(Role.PRODUCER));
        var http = HttpClient.newHttpClient();
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/p/" + sent.token()))
                .header("User-Agent", "ProposalPageBenchmark")
                .header("Accept", "text/html")
                .build();
        for (var i = 0; i < WARM_UP; i++) {
            assertThat(http.send(request, HttpResponse.BodyHandlers.discarding())
                            .statusCode())
                    .isEqualTo(200);
        }
        var nanos = new long[MEASURED];
        var size = 0;
        for (var i = 0; i < MEASURED; i++) {
            var start = System.nanoTime();
            var response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            nanos[i] = System.nanoTime() - start;
            assertThat(response.statusCode()).isEqualTo(200);
            size = response.body().length;
        }
        Arrays.sort(nanos);
        var median = nanos[MEASURED / 2] / 1_000_000.0;
        var p95 = nanos[(int) Math.ceil(MEASURED * 0.95) - 1] / 1_000_000.0;
        System.out.printf(
                "GET /p/{token}, %d warm requests after %d warm-up: median %.1f ms, p95 %.1f ms, %d bytes of HTML"
                        + " (load average %.2f on %d processors)%n",
                MEASURED,
                WARM_UP,
                median,
                p95,
                size,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }
}
