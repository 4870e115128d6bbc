package com.mediaflow.files.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFileStorageTests extends FileStorageContract {

    @TempDir
    Path root;

    LocalFileStorage storage;

    @BeforeEach
    void setUp() {
        storage = new LocalFileStorage(root);
    }

    @Override
    FileStorage storage() {
        return storage;
    }

    @Override
    void leaveAnIncompleteWrite() throws IOException {
        Files.write(root.resolve(LocalFileStorage.INCOMING).resolve("interrupted"), new byte[] {1, 2, 3});
    }

    @Override
    int incompleteWrites() throws IOException {
        try (var files = Files.list(root.resolve(LocalFileStorage.INCOMING))) {
            return (int) files.count();
        }
    }

    @Test
    void aKeyCanNeverReachOutsideTheFolder() {
        assertThatThrownBy(() -> storage.write("files/../../etc/passwd", new ByteArrayInputStream(new byte[1])))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.read("/etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }
}
