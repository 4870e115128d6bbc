package com.mediaflow.files;

import com.mediaflow.shared.web.MediaTypes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Where files are kept and what is accepted.
 *
 * @param storage {@code local} (a folder on this machine) or {@code s3} (an S3-compatible bucket);
 *     several instances of the application need {@code s3} or a folder they all share
 * @param maxFileSize the largest file accepted; the HTTP layer enforces
 *     {@code spring.servlet.multipart.max-file-size} as well, and both read {@code MAX_UPLOAD_SIZE}
 * @param allowedTypes the media types accepted, as read from the bytes
 */
@ConfigurationProperties("mediaflow.files")
@Validated
public record FilesProperties(
        @DefaultValue("local") @NotNull StorageType storage,
        @DefaultValue("100MB") @NotNull DataSize maxFileSize,

        @DefaultValue({
            "image/jpeg",
            "image/png",
            "image/gif",
            "image/webp",
            "image/tiff",
            "image/heic",
            "video/mp4",
            "video/quicktime",
            "video/x-m4v",
            "audio/mpeg",
            "audio/mp4",
            "audio/vnd.wave",
            "audio/x-wav",
            "application/pdf",
            "text/plain",
            "text/csv",
            "application/msword",
            "application/vnd.ms-excel",
            "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            MediaTypes.XLSX,
            "application/vnd.openxmlformats-officedocument.presentationml.presentation"
        })
        @NotEmpty
        List<String> allowedTypes,

        @Valid @DefaultValue Local local,
        @Valid @DefaultValue S3 s3,
        @Valid @DefaultValue Images images,
        @Valid @DefaultValue Thumbnails thumbnails,
        @Valid @DefaultValue Cleanup cleanup) {

    public enum StorageType {
        LOCAL,
        S3
    }

    /** @param directory the folder that holds the files (created when missing) */
    public record Local(@DefaultValue("data/files") @NotNull Path directory) {}

    /**
     * An S3 bucket, or any S3-compatible store (MinIO, Ceph, R2, Wasabi…).
     *
     * @param bucket the bucket, which must exist
     * @param endpoint the store's URL; leave empty for AWS itself
     * @param accessKey with {@code secretKey}: static credentials; leave both empty to use the AWS
     *     default chain (environment, profile, instance or task role)
     * @param pathStyle address the bucket as {@code endpoint/bucket} (MinIO and most self-hosted
     *     stores) instead of {@code bucket.endpoint}
     * @param prefix a folder within the bucket for every key, e.g. {@code mediaflow/}
     * @param partSize the size of the parts of a multipart upload, and so the most memory one upload
     *     holds; at least 5 MB as S3 requires
     */
    public record S3(
            @Nullable String bucket,
            @Nullable URI endpoint,
            @DefaultValue("us-east-1") @NotBlank String region,
            @Nullable String accessKey,
            @Nullable String secretKey,
            @DefaultValue("false") boolean pathStyle,
            @DefaultValue("") String prefix,
            @DefaultValue("8MB") @NotNull DataSize partSize) {}

    /**
     * Limits checked on an image's header before anything decodes it, against decompression bombs.
     *
     * @param maxPixels the most pixels (width × height) an image may have
     * @param maxDimension the most pixels along either side
     */
    public record Images(
            @DefaultValue("50000000") @Min(1) long maxPixels,
            @DefaultValue("20000") @Min(1) int maxDimension) {}

    /**
     * @param size the longest side of a thumbnail, in pixels
     * @param ffmpeg the ffmpeg program that takes a frame of a video; without it videos get no thumbnail
     * @param ffmpegTimeout how long ffmpeg may take for one frame
     */
    public record Thumbnails(
            @DefaultValue("320") @Min(16) @Max(2048) int size,
            @DefaultValue("ffmpeg") @NotBlank String ffmpeg,
            @DefaultValue("60s") @NotNull Duration ffmpegTimeout) {}

    /**
     * @param orphanAge how old stored bytes without a file record must be before the sweep deletes
     *     them (an upload in progress writes its bytes before its record)
     * @param cron when the sweep runs
     */
    public record Cleanup(
            @DefaultValue("24h") @NotNull Duration orphanAge,
            @DefaultValue("0 17 * * * *") @NotBlank String cron) {}
}
