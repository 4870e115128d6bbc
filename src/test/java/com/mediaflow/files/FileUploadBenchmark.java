package com.mediaflow.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.mediaflow.shared.security.Role;
import com.mediaflow.support.Api;
import com.mediaflow.support.FileFixtures;
import com.mediaflow.support.MultipartUpload;
import com.mediaflow.support.ProjectFixtures;
import com.mediaflow.support.TestInfrastructure;
import com.mediaflow.support.TestUsers;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
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
 * Uploads a 1 GB file through the real HTTP server to the local storage and prints the throughput
 * and the heap in use meanwhile. A measurement, not a test: it asserts only that the upload worked,
 * and runs only when asked for:
 *
 * <pre>./mvnw verify -Dtest=None -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=FileUploadBenchmark \
 *     -Dbenchmark=true -DargLine=-Xmx256m</pre>
 *
 * The file is generated while it is sent; it never exists whole on the client.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.servlet.multipart.max-file-size=2GB",
            "spring.servlet.multipart.max-request-size=2GB",
            "mediaflow.files.max-file-size=2GB"
        })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestInfrastructure.class)
@Import(TestUsers.class)
class FileUploadBenchmark {

    private static final long SIZE = 1024L * 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    @Test
    void uploadOneGigabyteToLocalStorage() throws Exception {
        var producer = users.create(Role.PRODUCER);
        var projectId = new ProjectFixtures(new Api(mvc), jdbc).project(producer);
        var upload = new MultipartUpload("project", projectId, "one-gigabyte.mp4", FileFixtures.mp4(), SIZE);
        var memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        var baseline = memory.getHeapMemoryUsage().getUsed();
        var peak = new AtomicLong(baseline);
        var sampling = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampling.setDaemon(true);
        sampling.start();

        var started = System.nanoTime();
        var response = upload.send(HttpClient.newHttpClient(), port, producer.bearer());
        var seconds = (System.nanoTime() - started) / 1e9;
        sampling.interrupt();
        sampling.join();

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(((Number) JsonPath.read(response.body(), "$.size_bytes")).longValue())
                .isEqualTo(SIZE);
        assertThat((String) JsonPath.read(response.body(), "$.sha256")).isEqualTo(upload.sha256());
        var mb = 1024.0 * 1024;
        System.out.printf(
                Locale.ROOT,
                "%n[benchmark] 1 GiB upload over HTTP to local storage: %.1f s, %.1f MB/s; heap: max %.0f MB, "
                        + "in use before %.0f MB, peak during upload %.0f MB (+%.0f MB)%n%n",
                seconds,
                SIZE / mb / seconds,
                Runtime.getRuntime().maxMemory() / mb,
                baseline / mb,
                peak.get() / mb,
                (peak.get() - baseline) / mb);
    }
}
