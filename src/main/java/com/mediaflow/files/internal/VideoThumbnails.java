package com.mediaflow.files.internal;

import com.mediaflow.files.FilesProperties;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Thumbnails of videos (MP4, QuickTime): one frame, a second in (or the first frame of a shorter
 * clip), taken by the {@code ffmpeg} program when it is installed. Without ffmpeg videos simply get
 * no thumbnail, and say so; nothing fails.
 */
@Component
class VideoThumbnails {

    static final String NOT_INSTALLED = "no thumbnail: ffmpeg not installed";
    private static final Set<String> TYPES = Set.of("video/mp4", "video/quicktime", "video/x-m4v");
    private static final Logger log = LoggerFactory.getLogger(VideoThumbnails.class);

    private final String ffmpeg;
    private final Duration timeout;
    private final int size;

    VideoThumbnails(FilesProperties properties) {
        this.ffmpeg = properties.thumbnails().ffmpeg();
        this.timeout = properties.thumbnails().ffmpegTimeout();
        this.size = properties.thumbnails().size();
    }

    boolean supports(String contentType) {
        return TYPES.contains(contentType);
    }

    /** Whether the configured ffmpeg runs; checked each time, so installing it later takes effect. */
    boolean available() {
        try {
            var process = new ProcessBuilder(ffmpeg, "-version")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    Thumbnail make(InputStream content) throws IOException {
        if (!available()) {
            return Thumbnail.unavailable(NOT_INSTALLED);
        }
        var video = Files.createTempFile("mediaflow-video-", ".bin");
        var frame = Files.createTempFile("mediaflow-frame-", ".jpg");
        try {
            Files.copy(content, video, StandardCopyOption.REPLACE_EXISTING);
            if (!grab(video, frame, true) && !grab(video, frame, false)) {
                return Thumbnail.failed("no thumbnail: ffmpeg could not read a frame of the video");
            }
            return Thumbnail.made(Files.readAllBytes(frame), "image/jpeg");
        } finally {
            Files.deleteIfExists(video);
            Files.deleteIfExists(frame);
        }
    }

    private boolean grab(Path video, Path frame, boolean oneSecondIn) throws IOException {
        Files.deleteIfExists(frame);
        List<String> command = new ArrayList<>(List.of(ffmpeg, "-nostdin", "-hide_banner", "-loglevel", "error"));
        if (oneSecondIn) {
            command.addAll(List.of("-ss", "1"));
        }
        command.addAll(List.of(
                "-i",
                video.toString(),
                "-frames:v",
                "1",
                "-vf",
                "scale=w=" + size + ":h=" + size + ":force_original_aspect_ratio=decrease",
                "-q:v",
                "4",
                "-f",
                "image2",
                "-y",
                frame.toString()));
        var process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                log.warn("ffmpeg took longer than {} for a thumbnail and was stopped", timeout);
                return false;
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return false;
        }
        return process.exitValue() == 0 && Files.exists(frame) && Files.size(frame) > 0;
    }
}
