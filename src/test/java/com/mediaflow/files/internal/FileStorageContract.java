package com.mediaflow.files.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What every {@link FileStorage} must do, run against each implementation: the local disk and a
 * real S3-compatible server.
 */
abstract class FileStorageContract {

    /** The storage under test, empty at the start of each test. */
    abstract FileStorage storage();

    /** Starts a write that is never finished, the way a process that died mid-upload leaves one. */
    abstract void leaveAnIncompleteWrite() throws IOException;

    abstract int incompleteWrites() throws IOException;

    @Test
    void writesAndReadsBackTheBytes() throws IOException {
        var bytes = random(100_000, 1);
        var key = StorageKeys.newFileKey();

        var written = storage().write(key, new ByteArrayInputStream(bytes));

        assertThat(written).isEqualTo(bytes.length);
        assertThat(storage().exists(key)).isTrue();
        try (var in = storage().read(key)) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
    }

    @Test
    void aFileLargerThanOnePartIsWrittenWhole() throws IOException {
        var bytes = random(12 * 1024 * 1024 + 17, 2);
        var key = StorageKeys.newFileKey();

        var written = storage().write(key, new ByteArrayInputStream(bytes));

        assertThat(written).isEqualTo(bytes.length);
        try (var in = storage().read(key)) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        assertThat(incompleteWrites()).isZero();
    }

    @Test
    void readsAByteRange() throws IOException {
        var bytes = random(10_000, 3);
        var key = StorageKeys.newFileKey();
        storage().write(key, new ByteArrayInputStream(bytes));

        try (var in = storage().read(key, 1234, 4000)) {
            assertThat(in.readAllBytes()).isEqualTo(Arrays.copyOfRange(bytes, 1234, 5234));
        }
        try (var in = storage().read(key, 9990, 10)) {
            assertThat(in.readAllBytes()).isEqualTo(Arrays.copyOfRange(bytes, 9990, 10_000));
        }
    }

    @Test
    void aWriteThatFailsHalfwayLeavesNothing() throws IOException {
        var key = StorageKeys.newFileKey();
        InputStream failing =
                new SequenceInputStream(new ByteArrayInputStream(random(7 * 1024 * 1024, 4)), new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("the client went away");
                    }
                });

        assertThatThrownBy(() -> storage().write(key, failing)).hasMessageContaining("the client went away");

        assertThat(storage().exists(key)).isFalse();
        assertThat(incompleteWrites()).isZero();
    }

    @Test
    void aMissingObjectIsReportedAsSuch() throws IOException {
        var key = StorageKeys.newFileKey();

        assertThat(storage().exists(key)).isFalse();
        assertThatThrownBy(() -> storage().read(key).close()).isInstanceOf(FileStorage.MissingObjectException.class);
        assertThatThrownBy(() -> storage().read(key, 0, 1).close())
                .isInstanceOf(FileStorage.MissingObjectException.class);
    }

    @Test
    void deletingRemovesTheObjectAndDeletingTwiceIsHarmless() throws IOException {
        var key = StorageKeys.newFileKey();
        storage().write(key, new ByteArrayInputStream(random(10, 5)));

        storage().delete(key);
        storage().delete(key);

        assertThat(storage().exists(key)).isFalse();
    }

    @Test
    void listsTheObjectsUnderAPrefixWithWhenTheyWereWritten() throws IOException {
        var before = Instant.now().minusSeconds(5);
        var file = StorageKeys.newFileKey();
        var thumbnail = StorageKeys.newThumbnailKey("jpg");
        storage().write(file, new ByteArrayInputStream(random(10, 6)));
        storage().write(thumbnail, new ByteArrayInputStream(random(10, 7)));

        List<FileStorage.StoredObject> files = new ArrayList<>();
        storage().forEach(StorageKeys.FILES, files::add);

        assertThat(files)
                .extracting(FileStorage.StoredObject::key)
                .contains(file)
                .doesNotContain(thumbnail);
        assertThat(files)
                .filteredOn(object -> object.key().equals(file))
                .singleElement()
                .satisfies(object -> assertThat(object.lastModified()).isAfter(before));
    }

    @Test
    void unfinishedWritesAreGivenUp() throws IOException {
        leaveAnIncompleteWrite();
        assertThat(incompleteWrites()).isEqualTo(1);

        storage().abandonIncomplete(Instant.now().minusSeconds(3600));
        assertThat(incompleteWrites()).isEqualTo(1);
        storage().abandonIncomplete(Instant.now().plusSeconds(60));

        assertThat(incompleteWrites()).isZero();
    }

    static byte[] random(int size, long seed) {
        var bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
