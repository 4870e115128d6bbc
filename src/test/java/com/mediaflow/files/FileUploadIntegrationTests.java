package com.mediaflow.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mediaflow.files.internal.FileStorage;
import com.mediaflow.shared.security.Role;
import com.mediaflow.support.Api;
import com.mediaflow.support.FileFixtures;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.Json;
import com.mediaflow.support.ProjectFixtures;
import com.mediaflow.support.TestUsers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class FileUploadIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    @Autowired
    FileStorage storage;

    Api api;
    ProjectFixtures projects;
    FileFixtures files;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        projects = new ProjectFixtures(api, jdbc);
        files = new FileFixtures(mvc);
    }

    @Test
    void producerAttachesAPhotoToAProjectWithItsTypeSizeAndChecksum() {
        var producer = users.create(Role.PRODUCER);
        var projectId = projects.project(producer);
        var photo = FileFixtures.jpeg(640, 480);

        var result = files.upload(producer, "project", projectId, "Set photo 01.JPG", photo);

        assertThat(result).hasStatus(201);
        String id = Json.read(result, "$.id");
        assertThat(result).headers().hasValue("Location", "/api/files/" + id);
        assertThat(result).bodyJson().extractingPath("$.entity_type").isEqualTo("project");
        assertThat(result).bodyJson().extractingPath("$.entity_id").isEqualTo(projectId);
        assertThat(result).bodyJson().extractingPath("$.file_name").isEqualTo("Set photo 01.JPG");
        assertThat(result).bodyJson().extractingPath("$.content_type").isEqualTo("image/jpeg");
        assertThat(result).bodyJson().extractingPath("$.size_bytes").isEqualTo(photo.length);
        assertThat(result).bodyJson().extractingPath("$.sha256").isEqualTo(FileFixtures.sha256(photo));
        assertThat(result).bodyJson().extractingPath("$.width").isEqualTo(640);
        assertThat(result).bodyJson().extractingPath("$.height").isEqualTo(480);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.uploaded_by")
                .isEqualTo(producer.id().toString());
        var get = api.get(producer, "/api/files/" + id);
        assertThat(get).hasStatusOk();
        assertThat(get).bodyJson().extractingPath("$.sha256").isEqualTo(FileFixtures.sha256(photo));
    }

    @Test
    void theStoredNameIsARandomKeyNeverTheUploadersName() throws IOException {
        var producer = users.create(Role.PRODUCER);
        var projectId = projects.project(producer);

        var result = files.upload(producer, "project", projectId, "quarterly-plan.pdf", FileFixtures.pdf());

        assertThat(result).hasStatus(201);
        String key = jdbc.sql("SELECT storage_key FROM files WHERE id = :id")
                .param("id", UUID.fromString(Json.read(result, "$.id")))
                .query(String.class)
                .single();
        assertThat(key).matches("files/[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{32}").doesNotContain("quarterly");
        try (var stored = storage.read(key)) {
            assertThat(stored.readAllBytes()).isEqualTo(FileFixtures.pdf());
        }
    }

    @Test
    void anImageGetsAThumbnailShortlyAfterItsUpload() throws IOException {
        var producer = users.create(Role.PRODUCER);
        var projectId = projects.project(producer);
        var id = Json.<String>read(
                files.upload(producer, "project", projectId, "wide.png", FileFixtures.png(1200, 600)), "$.id");

        await().atMost(Duration.ofSeconds(20))
                .until(() -> "ready".equals(Json.read(api.get(producer, "/api/files/" + id), "$.thumbnail_status")));
        var thumbnail = api.get(producer, "/api/files/" + id + "/thumbnail");

        assertThat(thumbnail).hasStatusOk();
        assertThat(thumbnail).hasContentType("image/png");
        var image =
                ImageIO.read(new ByteArrayInputStream(thumbnail.getResponse().getContentAsByteArray()));
        assertThat(image.getWidth()).isEqualTo(320);
        assertThat(image.getHeight()).isEqualTo(160);
    }

    @Test
    void aProgramNamedLikeAPhotoIsRefusedAsUnsupportedAndNothingIsKept() throws IOException {
        var producer = users.create(Role.PRODUCER);
        var projectId = projects.project(producer);
        var before = countStoredFiles(storage);

        var result = files.upload(producer, "project", projectId, "holiday.jpg", FileFixtures.windowsProgram());

        assertThat(result).hasStatus(415);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        assertThat(result).bodyJson().extractingPath("$.detected_type").isEqualTo("application/x-msdownload");
        assertNothingStoredFor(projectId, before);
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        var producer = users.create(Role.PRODUCER);
        var projectId = projects.project(producer);
        var before = countStoredFiles(storage);

        var result = files.upload(producer, "project", projectId, "empty.txt", new byte[0]);

        assertThat(result).hasStatus(400);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("file");
        assertThat(result).bodyJson().extractingPath("$.errors[0].message").isEqualTo("is empty");
        assertNothingStoredFor(projectId, before);
    }

    @Test
    void aFileNameThatIsAPathIsRefused() throws IOException {
        var producer = users.create(Role.PRODUCER);
        var projectId = projects.project(producer);
        var before = countStoredFiles(storage);

        var result = files.upload(producer, "project", projectId, "../../etc/passwd.txt", FileFixtures.text(100));

        assertThat(result).hasStatus(400);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors[0].message")
                .asString()
                .contains("must not contain a path");
        assertNothingStoredFor(projectId, before);
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeaderAlone() throws IOException {
        var producer = users.create(Role.PRODUCER);
        var projectId = projects.project(producer);
        var before = countStoredFiles(storage);

        var result = files.upload(producer, "project", projectId, "bomb.png", FileFixtures.pngDeclaring(10000, 10000));

        assertThat(result).hasStatus(400);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors[0].message")
                .asString()
                .contains("100.0 megapixels")
                .contains("at most 50.0 megapixels");
        assertNothingStoredFor(projectId, before);
    }

    @Test
    void anImageWithAHugeSideIsRefused() throws IOException {
        var producer = users.create(Role.PRODUCER);
        var projectId = projects.project(producer);
        var before = countStoredFiles(storage);

        var result = files.upload(producer, "project", projectId, "strip.png", FileFixtures.pngDeclaring(100000, 2));

        assertThat(result).hasStatus(400);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors[0].message")
                .asString()
                .contains("at most 20000 pixels along each side");
        assertNothingStoredFor(projectId, before);
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWith413() throws IOException {
        var producer = users.create(Role.PRODUCER);
        var projectId = projects.project(producer);
        var before = countStoredFiles(storage);

        var result = files.upload(producer, "project", projectId, "long.txt", FileFixtures.text(2 * 1024 * 1024 + 1));

        assertThat(result).hasStatus(413);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(result).bodyJson().extractingPath("$.max_bytes").isEqualTo(2 * 1024 * 1024);
        assertNothingStoredFor(projectId, before);
    }

    @Test
    void aFileOfExactlyTheLimitIsAccepted() {
        var producer = users.create(Role.PRODUCER);
        var projectId = projects.project(producer);

        var result = files.upload(producer, "project", projectId, "long.txt", FileFixtures.text(2 * 1024 * 1024));

        assertThat(result).hasStatus(201);
        assertThat(result).bodyJson().extractingPath("$.content_type").isEqualTo("text/plain");
    }

    @Test
    void anUnknownEntityTypeIsRefusedNamingTheKnownOnes() {
        var producer = users.create(Role.PRODUCER);

        var result = files.upload(producer, "spaceship", UUID.randomUUID(), "notes.txt", FileFixtures.text(10));

        assertThat(result).hasStatus(400);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("entity_type");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors[0].message")
                .asString()
                .contains("contact")
                .contains("project")
                .contains("task")
                .contains("organization");
    }

    @Test
    void aRequestWithoutAFileIsAValidationError() {
        var producer = users.create(Role.PRODUCER);
        var projectId = projects.project(producer);

        var result = mvc.post()
                .uri("/api/files")
                .multipart()
                .param("entity_type", "project")
                .param("entity_id", projectId)
                .header("Authorization", producer.bearer())
                .exchange();

        assertThat(result).hasStatus(400);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("VALIDATION_ERROR");
    }

    @Test
    void uploadsAreLimitedToTenAnHourPerMember() {
        var producer = users.create(Role.PRODUCER);
        var projectId = projects.project(producer);
        for (int i = 0; i < 10; i++) {
            assertThat(files.upload(producer, "project", projectId, "note-" + i + ".txt", FileFixtures.text(64)))
                    .hasStatus(201);
        }

        var eleventh = files.upload(producer, "project", projectId, "note-10.txt", FileFixtures.text(64));

        assertThat(eleventh).hasStatus(429);
        assertThat(eleventh).bodyJson().extractingPath("$.code").isEqualTo("RATE_LIMITED");
        assertThat(eleventh).headers().containsHeader("Retry-After");
        var other = users.create(Role.PRODUCER);
        assertThat(files.upload(other, "project", projectId, "mine.txt", FileFixtures.text(64)))
                .hasStatus(201);
    }

    @Test
    void uploadsAndDeletesAreAudited() {
        var producer = users.create(Role.PRODUCER);
        var projectId = projects.project(producer);
        String id = Json.read(files.upload(producer, "project", projectId, "brief.pdf", FileFixtures.pdf()), "$.id");

        assertThat(api.delete(producer, "/api/files/" + id)).hasStatus(204);

        var actions = jdbc.sql("SELECT action FROM audit_log WHERE entity_type = 'file' AND entity_id = :id "
                        + "AND actor_id = :actor ORDER BY occurred_at")
                .param("id", id)
                .param("actor", producer.id())
                .query(String.class)
                .list();
        assertThat(actions).containsExactly("file.uploaded", "file.deleted");
    }

    private void assertNothingStoredFor(String projectId, long storedBefore) throws IOException {
        var rows = jdbc.sql("SELECT count(*) FROM files WHERE entity_id = :id")
                .param("id", UUID.fromString(projectId))
                .query(Long.class)
                .single();
        assertThat(rows).isZero();
        assertThat(countStoredFiles(storage)).isEqualTo(storedBefore);
    }

    /** How many objects the storage holds under {@code files/}, whichever back end is configured. */
    static long countStoredFiles(FileStorage storage) throws IOException {
        var count = new AtomicLong();
        storage.forEach("files/", object -> count.incrementAndGet());
        return count.get();
    }
}
