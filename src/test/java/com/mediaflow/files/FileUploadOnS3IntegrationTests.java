package com.mediaflow.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.shared.security.Role;
import com.mediaflow.support.FileFixtures;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.Json;
import com.mediaflow.support.S3Server;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** The tests of {@link FileUploadIntegrationTests}, with the files in an S3 bucket. */
@IntegrationTest
class FileUploadOnS3IntegrationTests extends FileUploadIntegrationTests implements OnS3Storage {

    @Test
    void theBytesOfAnUploadAreAnObjectInTheBucketUnderTheConfiguredPrefix() {
        var producer = users.create(Role.PRODUCER);
        var projectId = projects.project(producer);
        var pdf = FileFixtures.pdf();

        var result = files.upload(producer, "project", projectId, "brief.pdf", pdf);

        assertThat(result).hasStatus(201);
        String key = jdbc.sql("SELECT storage_key FROM files WHERE id = :id")
                .param("id", UUID.fromString(Json.read(result, "$.id")))
                .query(String.class)
                .single();
        try (var s3 = S3Client.builder()
                .endpointOverride(URI.create(S3Server.endpoint()))
                .region(Region.US_EAST_1)
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("test-access-key", "test-secret-key")))
                .build()) {
            var object = s3.getObjectAsBytes(get -> get.bucket(S3Server.BUCKET).key(OnS3Storage.PREFIX + key));
            assertThat(object.asByteArray()).isEqualTo(pdf);
        }
    }
}
