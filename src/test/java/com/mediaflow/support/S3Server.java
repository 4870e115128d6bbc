package com.mediaflow.support;

import com.adobe.testing.s3mock.S3MockApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

/**
 * A real S3-compatible server for the storage tests: Adobe's S3Mock, started in this JVM once (on a
 * free port, over plain HTTP) and stopped when the JVM exits. Its Spring context reads only
 * {@code s3mock-for-tests.properties}, never the application's configuration.
 */
public final class S3Server {

    public static final String BUCKET = "mediaflow-files";

    private static final String ENDPOINT = start();

    private S3Server() {}

    public static String endpoint() {
        return ENDPOINT;
    }

    @SuppressWarnings("deprecation") // S3Mock discourages, but supports, running in the tests' JVM
    private static String start() {
        try {
            var root = Files.createTempDirectory("mediaflow-s3mock-");
            Map<String, Object> properties = new HashMap<>();
            properties.put("server.port", 0);
            properties.put("http.port", 0);
            properties.put("com.adobe.testing.s3mock.store.root", root.toString());
            properties.put("com.adobe.testing.s3mock.store.initial-buckets", BUCKET);
            properties.put("com.adobe.testing.s3mock.store.retain-files-on-exit", false);
            properties.put("silent", true);
            var server = S3MockApplication.start(properties, "--spring.config.name=s3mock-for-tests");
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
            return "http://127.0.0.1:" + server.getHttpPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the S3 server for the tests", e);
        }
    }
}
