package com.mediaflow.files.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.mediaflow.support.FileFixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class VideoThumbnailsTests {

    @TempDir
    Path folder;

    @Test
    void withoutFfmpegAVideoHasNoThumbnailAndNothingFails() throws IOException {
        var videos = videos("/nowhere/ffmpeg");

        var thumbnail = videos.make(new ByteArrayInputStream(FileFixtures.mp4()));

        assertThat(videos.available()).isFalse();
        assertThat(thumbnail.outcome()).isEqualTo(Thumbnail.Outcome.UNAVAILABLE);
        assertThat(thumbnail.note()).isEqualTo("no thumbnail: ffmpeg not installed");
    }

    @Test
    void withFfmpegAVideoGetsAFrameAsItsThumbnail() throws Exception {
        var videos = videos("ffmpeg");
        assumeTrue(videos.available(), "ffmpeg is not installed on this machine");
        var clip = folder.resolve("clip.mp4");
        var make = new ProcessBuilder(List.of(
                        "ffmpeg",
                        "-nostdin",
                        "-loglevel",
                        "error",
                        "-f",
                        "lavfi",
                        "-i",
                        "testsrc=duration=2:size=640x360:rate=10",
                        "-pix_fmt",
                        "yuv420p",
                        clip.toString()))
                .redirectErrorStream(true)
                .start();
        assertThat(make.waitFor(60, TimeUnit.SECONDS)).isTrue();

        Thumbnail thumbnail;
        try (var in = Files.newInputStream(clip)) {
            thumbnail = videos.make(in);
        }

        assertThat(thumbnail.outcome()).isEqualTo(Thumbnail.Outcome.MADE);
        assertThat(thumbnail.contentType()).isEqualTo("image/jpeg");
        var image = ImageIO.read(new ByteArrayInputStream(thumbnail.bytes()));
        assertThat(image.getWidth()).isEqualTo(320);
        assertThat(image.getHeight()).isEqualTo(180);
    }

    @Test
    void aFileThatIsNoVideoFailsWithAReason() throws IOException {
        var videos = videos("ffmpeg");
        assumeTrue(videos.available(), "ffmpeg is not installed on this machine");

        var thumbnail = videos.make(new ByteArrayInputStream(FileFixtures.mp4()));

        assertThat(thumbnail.outcome()).isEqualTo(Thumbnail.Outcome.FAILED);
        assertThat(thumbnail.note()).contains("could not read a frame");
    }

    private static VideoThumbnails videos(String ffmpeg) {
        var properties = new Binder(new MapConfigurationPropertySource(
                        java.util.Map.of("mediaflow.files.thumbnails.ffmpeg", ffmpeg)))
                .bindOrCreate("mediaflow.files", Bindable.of(com.mediaflow.files.FilesProperties.class));
        return new VideoThumbnails(properties);
    }
}
