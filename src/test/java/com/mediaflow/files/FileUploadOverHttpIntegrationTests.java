package com.mediaflow.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.mediaflow.files.internal.FileStorage;
import com.mediaflow.shared.security.Role;
import com.mediaflow.support.Api;
import com.mediaflow.support.FileFixtures;
import com.mediaflow.support.MultipartUpload;
import com.mediaflow.support.ProjectFixtures;
import com.mediaflow.support.TestInfrastructure;
import com.mediaflow.support.TestUsers;
import java.net.http.HttpClient;
import org.junit.jupiter.api.Test;
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
 * Uploads through the real server (Tomcat's multipart parsing and its size limit), which the
 * MockMvc tests bypass.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.servlet.multipart.max-file-size=3MB",
            "spring.servlet.multipart.max-request-size=3MB",
            "mediaflow.files.max-file-size=3MB"
        })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestInfrastructure.class)
@Import(TestUsers.class)
class FileUploadOverHttpIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    @Autowired
    FileStorage storage;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void aFileStreamedOverHttpIsStoredWithItsChecksum() throws Exception {
        var producer = users.create(Role.PRODUCER);
        var projectId = new ProjectFixtures(new Api(mvc), jdbc).project(producer);
        var upload = new MultipartUpload("project", projectId, "showreel.mp4", FileFixtures.mp4(), 2_500_000);

        var response = upload.send(client, port, producer.bearer());

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> l.startsWith("/api/files/"));
        assertThat((Integer) JsonPath.read(response.body(), "$.size_bytes")).isEqualTo(2_500_000);
        assertThat((String) JsonPath.read(response.body(), "$.content_type")).isEqualTo("video/mp4");
        assertThat((String) JsonPath.read(response.body(), "$.sha256")).isEqualTo(upload.sha256());
    }

    @Test
    void aFileOverTheServersLimitIs413AndNothingIsKept() throws Exception {
        var producer = users.create(Role.PRODUCER);
        var projectId = new ProjectFixtures(new Api(mvc), jdbc).project(producer);
        var before = FileUploadIntegrationTests.countStoredFiles(storage);

        var response = new MultipartUpload("project", projectId, "huge.mp4", FileFixtures.mp4(), 4_000_000)
                .send(client, port, producer.bearer());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat((String) JsonPath.read(response.body(), "$.code")).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(FileUploadIntegrationTests.countStoredFiles(storage)).isEqualTo(before);
    }
}
