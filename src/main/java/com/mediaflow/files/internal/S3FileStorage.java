package com.mediaflow.files.internal;

import com.mediaflow.files.FilesProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Files in an S3 bucket or any S3-compatible store. Uploads stream through in parts of
 * {@code part-size} bytes (a multipart upload, completed only when the whole file has arrived and
 * aborted otherwise), so memory use is bounded whatever the file size; a file smaller than one part
 * is a single PUT. Byte ranges are read with ranged GETs.
 */
class S3FileStorage implements FileStorage, AutoCloseable {

    private static final int MIN_PART_SIZE = 5 * 1024 * 1024;

    private final S3Client s3;
    private final String bucket;
    private final String prefix;
    private final int partSize;

    S3FileStorage(S3Client s3, FilesProperties.S3 settings) {
        if (settings.bucket() == null || settings.bucket().isBlank()) {
            throw new IllegalStateException("mediaflow.files.s3.bucket (S3_BUCKET) must name the bucket for files");
        }
        var part = settings.partSize().toBytes();
        if (part < MIN_PART_SIZE || part > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("mediaflow.files.s3.part-size must be between 5MB and 2GB");
        }
        this.s3 = s3;
        this.bucket = settings.bucket();
        this.prefix = settings.prefix();
        this.partSize = (int) part;
    }

    static S3Client client(FilesProperties.S3 settings) {
        var builder = S3Client.builder().region(Region.of(settings.region())).forcePathStyle(settings.pathStyle());
        if (settings.endpoint() != null) {
            builder.endpointOverride(settings.endpoint());
        }
        if (settings.accessKey() != null
                && !settings.accessKey().isBlank()
                && settings.secretKey() != null
                && !settings.secretKey().isBlank()) {
            builder.credentialsProvider(StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())));
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        return builder.build();
    }

    @Override
    public long write(String key, InputStream content) throws IOException {
        var objectKey = prefix + key;
        var buffer = new byte[partSize];
        var first = content.readNBytes(buffer, 0, partSize);
        if (first < partSize) {
            call(() -> s3.putObject(
                    put -> put.bucket(bucket).key(objectKey).contentLength((long) first),
                    RequestBody.fromBytes(java.util.Arrays.copyOf(buffer, first))));
            return first;
        }
        var uploadId = call(() ->
                        s3.createMultipartUpload(create -> create.bucket(bucket).key(objectKey)))
                .uploadId();
        try {
            List<CompletedPart> parts = new ArrayList<>();
            long total = 0;
            var length = first;
            while (length > 0) {
                var partNumber = parts.size() + 1;
                var size = length;
                var etag = call(() -> s3.uploadPart(
                                part -> part.bucket(bucket)
                                        .key(objectKey)
                                        .uploadId(uploadId)
                                        .partNumber(partNumber)
                                        .contentLength((long) size),
                                RequestBody.fromBytes(java.util.Arrays.copyOf(buffer, size))))
                        .eTag();
                parts.add(CompletedPart.builder()
                        .partNumber(partNumber)
                        .eTag(etag)
                        .build());
                total += length;
                length = content.readNBytes(buffer, 0, partSize);
            }
            call(() -> s3.completeMultipartUpload(complete -> complete.bucket(bucket)
                    .key(objectKey)
                    .uploadId(uploadId)
                    .multipartUpload(upload -> upload.parts(parts))));
            return total;
        } catch (IOException | RuntimeException e) {
            try {
                s3.abortMultipartUpload(
                        abort -> abort.bucket(bucket).key(objectKey).uploadId(uploadId));
            } catch (SdkException abortFailure) {
                e.addSuppressed(abortFailure);
            }
            throw e;
        }
    }

    @Override
    public InputStream read(String key) throws IOException {
        try {
            return s3.getObject(get -> get.bucket(bucket).key(prefix + key));
        } catch (NoSuchKeyException e) {
            throw new MissingObjectException(key);
        } catch (SdkException e) {
            throw new IOException("Cannot read " + key + " from bucket " + bucket, e);
        }
    }

    @Override
    public InputStream read(String key, long offset, long length) throws IOException {
        if (length == 0) {
            return InputStream.nullInputStream();
        }
        try {
            return s3.getObject(
                    get -> get.bucket(bucket).key(prefix + key).range("bytes=" + offset + "-" + (offset + length - 1)));
        } catch (NoSuchKeyException e) {
            throw new MissingObjectException(key);
        } catch (SdkException e) {
            throw new IOException("Cannot read " + key + " from bucket " + bucket, e);
        }
    }

    @Override
    public boolean exists(String key) throws IOException {
        try {
            s3.headObject(head -> head.bucket(bucket).key(prefix + key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw new IOException("Cannot look up " + key + " in bucket " + bucket, e);
        } catch (SdkException e) {
            throw new IOException("Cannot look up " + key + " in bucket " + bucket, e);
        }
    }

    @Override
    public void delete(String key) throws IOException {
        call(() -> s3.deleteObject(delete -> delete.bucket(bucket).key(prefix + key)));
    }

    @Override
    public void forEach(String keyPrefix, Consumer<StoredObject> action) throws IOException {
        try {
            for (var object : s3.listObjectsV2Paginator(
                            list -> list.bucket(bucket).prefix(prefix + keyPrefix))
                    .contents()) {
                action.accept(new StoredObject(object.key().substring(prefix.length()), object.lastModified()));
            }
        } catch (SdkException e) {
            throw new IOException("Cannot list bucket " + bucket, e);
        }
    }

    @Override
    public void abandonIncomplete(Instant startedBefore) throws IOException {
        try {
            for (var upload : s3.listMultipartUploadsPaginator(
                            list -> list.bucket(bucket).prefix(prefix))
                    .uploads()) {
                if (upload.initiated().isBefore(startedBefore)) {
                    s3.abortMultipartUpload(
                            abort -> abort.bucket(bucket).key(upload.key()).uploadId(upload.uploadId()));
                }
            }
        } catch (SdkException e) {
            throw new IOException("Cannot list the unfinished uploads of bucket " + bucket, e);
        }
    }

    @Override
    public void close() {
        s3.close();
    }

    private static <T> T call(java.util.function.Supplier<T> request) throws IOException {
        try {
            return request.get();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (SdkException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
