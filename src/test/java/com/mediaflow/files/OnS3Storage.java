package com.mediaflow.files;

import com.mediaflow.support.S3Server;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Runs an integration test with the files kept in an S3 bucket (the in-process {@link S3Server})
 * instead of on the local disk. The test classes that implement it all see the same single
 * {@code @DynamicPropertySource} method and so share one application context.
 */
interface OnS3Storage {

    /** The folder within the bucket that these tests' files go to. */
    String PREFIX = "integration-tests/";

    @DynamicPropertySource
    static void s3Storage(DynamicPropertyRegistry registry) {
        registry.add("mediaflow.files.storage", () -> "s3");
        registry.add("mediaflow.files.s3.bucket", () -> S3Server.BUCKET);
        registry.add("mediaflow.files.s3.endpoint", S3Server::endpoint);
        registry.add("mediaflow.files.s3.region", () -> "us-east-1");
        registry.add("mediaflow.files.s3.access-key", () -> "test-access-key");
        registry.add("mediaflow.files.s3.secret-key", () -> "test-secret-key");
        registry.add("mediaflow.files.s3.path-style", () -> "true");
        registry.add("mediaflow.files.s3.prefix", () -> PREFIX);
    }
}
