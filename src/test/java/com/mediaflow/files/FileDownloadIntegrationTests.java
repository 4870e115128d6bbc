package com.mediaflow.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.shared.security.Role;
import com.mediaflow.support.Api;
import com.mediaflow.support.FileFixtures;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.Json;
import com.mediaflow.support.ProjectFixtures;
import com.mediaflow.support.TestUsers;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class FileDownloadIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    Api api;
    ProjectFixtures projects;
    FileFixtures files;
    TestUsers.TestUser producer;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        projects = new ProjectFixtures(api, jdbc);
        files = new FileFixtures(mvc);
        producer = users.create(Role.PRODUCER);
    }

    @Test
    void aDownloadHasTheDetectedTypeTheBytesAndASafeFileName() {
        var pdf = FileFixtures.pdf();
        var id = upload("Café \"menu\"; final.pdf", pdf);

        var download = api.get(producer, "/api/files/" + id + "/download");

        assertThat(download).hasStatusOk();
        assertThat(download).hasContentType("application/pdf");
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(pdf);
        assertThat(download)
                .headers()
                .hasValue(
                        "Content-Disposition",
                        "attachment; filename=\"Caf_ _menu__ final.pdf\"; "
                                + "filename*=UTF-8''Caf%C3%A9%20%22menu%22%3B%20final.pdf")
                .hasValue("ETag", "\"" + FileFixtures.sha256(pdf) + "\"")
                .hasValue("Accept-Ranges", "bytes")
                .hasValue("X-Content-Type-Options", "nosniff");
    }

    @Test
    void aRangeOfAVideoIsServedAsPartialContent() {
        var video = FileFixtures.mp4();
        var id = upload("showreel.mp4", video);

        var middle = range(id, "bytes=100-1099");
        var tail = range(id, "bytes=-50");
        var open = range(id, "bytes=4000-");

        assertThat(middle).hasStatus(206);
        assertThat(middle).hasContentType("video/mp4");
        assertThat(middle).headers().hasValue("Content-Range", "bytes 100-1099/" + video.length);
        assertThat(middle.getResponse().getContentAsByteArray()).isEqualTo(Arrays.copyOfRange(video, 100, 1100));
        assertThat(tail)
                .headers()
                .hasValue(
                        "Content-Range",
                        "bytes " + (video.length - 50) + "-" + (video.length - 1) + "/" + video.length);
        assertThat(tail.getResponse().getContentAsByteArray())
                .isEqualTo(Arrays.copyOfRange(video, video.length - 50, video.length));
        assertThat(open.getResponse().getContentAsByteArray()).isEqualTo(Arrays.copyOfRange(video, 4000, video.length));
    }

    @Test
    void aRangeOutsideTheFileIs416() {
        var video = FileFixtures.mp4();
        var id = upload("showreel.mp4", video);

        var result = range(id, "bytes=" + video.length + "-");

        assertThat(result).hasStatus(416);
        assertThat(result).headers().hasValue("Content-Range", "bytes */" + video.length);
    }

    @Test
    void severalRangesOrAStaleIfRangeGetTheWholeFile() {
        var video = FileFixtures.mp4();
        var id = upload("showreel.mp4", video);

        var several = range(id, "bytes=0-9,20-29");
        var stale = mvc.get()
                .uri("/api/files/" + id + "/download")
                .header("Authorization", producer.bearer())
                .header("Range", "bytes=0-9")
                .header("If-Range", "\"an-older-version\"")
                .exchange();

        assertThat(several).hasStatusOk();
        assertThat(several.getResponse().getContentAsByteArray()).isEqualTo(video);
        assertThat(stale).hasStatusOk();
        assertThat(stale.getResponse().getContentAsByteArray()).isEqualTo(video);
    }

    @Test
    void anUnchangedFileIsNotSentAgain() {
        var pdf = FileFixtures.pdf();
        var id = upload("brief.pdf", pdf);

        var result = mvc.get()
                .uri("/api/files/" + id + "/download")
                .header("Authorization", producer.bearer())
                .header("If-None-Match", "\"" + FileFixtures.sha256(pdf) + "\"")
                .exchange();

        assertThat(result).hasStatus(304);
        assertThat(result.getResponse().getContentAsByteArray()).isEmpty();
    }

    @Test
    void aVideoWithoutFfmpegHasNoThumbnailAndSaysWhy() {
        var id = upload("showreel.mp4", FileFixtures.mp4());

        var thumbnail = api.get(producer, "/api/files/" + id + "/thumbnail");
        var file = api.get(producer, "/api/files/" + id);

        assertThat(thumbnail).hasStatus(404);
        assertThat(thumbnail)
                .bodyJson()
                .extractingPath("$.detail")
                .isEqualTo("File " + id + " has no thumbnail: ffmpeg not installed");
        assertThat(file).bodyJson().extractingPath("$.thumbnail_status").isEqualTo("unavailable");
        assertThat(file).bodyJson().extractingPath("$.thumbnail_note").isEqualTo("no thumbnail: ffmpeg not installed");
    }

    @Test
    void aDocumentHasNoThumbnail() {
        var id = upload("brief.pdf", FileFixtures.pdf());

        var file = api.get(producer, "/api/files/" + id);
        var thumbnail = api.get(producer, "/api/files/" + id + "/thumbnail");

        assertThat(file).bodyJson().extractingPath("$.thumbnail_status").isEqualTo("unavailable");
        assertThat(thumbnail).hasStatus(404);
    }

    @Test
    void aMissingThumbnailIsMadeAgainWhenAskedFor() {
        var id = upload("still.jpg", FileFixtures.jpeg(800, 600));
        var first = api.get(producer, "/api/files/" + id + "/thumbnail");
        assertThat(first).hasStatusOk();
        jdbc.sql("UPDATE files SET thumbnail_key = 'thumbnails/00/00/gone.jpg' WHERE id = CAST(:id AS uuid)")
                .param("id", id)
                .update();

        var again = api.get(producer, "/api/files/" + id + "/thumbnail");

        assertThat(again).hasStatusOk();
        assertThat(again).hasContentType("image/jpeg");
        assertThat(again.getResponse().getContentAsByteArray()).isNotEmpty();
        String key = jdbc.sql("SELECT thumbnail_key FROM files WHERE id = CAST(:id AS uuid)")
                .param("id", id)
                .query(String.class)
                .single();
        assertThat(key).isNotEqualTo("thumbnails/00/00/gone.jpg");
    }

    private String upload(String name, byte[] bytes) {
        var projectId = projects.project(producer);
        var result = files.upload(producer, "project", projectId, name, bytes);
        assertThat(result).hasStatus(201);
        return Json.read(result, "$.id");
    }

    private MvcTestResult range(String id, String range) {
        return mvc.get()
                .uri("/api/files/" + id + "/download")
                .header("Authorization", producer.bearer())
                .header("Range", range)
                .exchange();
    }
}
