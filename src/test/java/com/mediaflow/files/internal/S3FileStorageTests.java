package com.mediaflow.files.internal;

import com.mediaflow.files.FilesProperties;
import com.mediaflow.support.S3Server;
import java.io.IOException;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.util.unit.DataSize;
import software.amazon.awssdk.services.s3.S3Client;

/** The S3 storage against a real S3 server (S3Mock, in this JVM), through the AWS SDK. */
class S3FileStorageTests extends FileStorageContract {

    S3Client client;
    S3FileStorage storage;
    String prefix;

    @BeforeEach
    void setUp() {
        prefix = "test-" + System.nanoTime() + "/";
        var settings = new FilesProperties.S3(
                S3Server.BUCKET,
                URI.create(S3Server.endpoint()),
                "us-east-1",
                "test-access-key",
                "test-secret-key",
                true,
                prefix,
                DataSize.ofMegabytes(5));
        client = S3FileStorage.client(settings);
        storage = new S3FileStorage(client, settings);
    }

    @AfterEach
    void tearDown() {
        storage.close();
    }

    @Override
    FileStorage storage() {
        return storage;
    }

    @Override
    void leaveAnIncompleteWrite() {
        client.createMultipartUpload(create -> create.bucket(S3Server.BUCKET).key(prefix + StorageKeys.newFileKey()));
    }

    @Override
    int incompleteWrites() throws IOException {
        return client.listMultipartUploads(list -> list.bucket(S3Server.BUCKET).prefix(prefix))
                .uploads()
                .size();
    }
}
