package com.mediaflow.files.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.shared.security.Role;
import com.mediaflow.support.Api;
import com.mediaflow.support.FileFixtures;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.Json;
import com.mediaflow.support.ProjectFixtures;
import com.mediaflow.support.TestInfrastructure;
import com.mediaflow.support.TestUsers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class OrphanSweepIntegrationTests {

    @Autowired
    OrphanSweep sweep;

    @Autowired
    FileStorage storage;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void bytesWithoutAFileOlderThanADayAreRemovedAndEverythingElseStays() throws IOException {
        var producer = users.create(Role.PRODUCER);
        var projectId = new ProjectFixtures(new Api(mvc), jdbc).project(producer);
        String id = Json.read(
                new FileFixtures(mvc).upload(producer, "project", projectId, "keep.pdf", FileFixtures.pdf()), "$.id");
        var kept = jdbc.sql("SELECT storage_key FROM files WHERE id = :id")
                .param("id", UUID.fromString(id))
                .query(String.class)
                .single();
        var oldOrphan = StorageKeys.newFileKey();
        var newOrphan = StorageKeys.newFileKey();
        var oldThumbnail = StorageKeys.newThumbnailKey("jpg");
        for (var key : new String[] {oldOrphan, newOrphan, oldThumbnail}) {
            storage.write(key, new ByteArrayInputStream(new byte[] {1, 2, 3}));
        }
        age(oldOrphan, Duration.ofHours(25));
        age(oldThumbnail, Duration.ofDays(3));
        age(kept, Duration.ofDays(30));

        var removed = sweep.sweep();

        assertThat(removed).isGreaterThanOrEqualTo(2);
        assertThat(storage.exists(oldOrphan)).isFalse();
        assertThat(storage.exists(oldThumbnail)).isFalse();
        assertThat(storage.exists(newOrphan)).isTrue();
        assertThat(storage.exists(kept)).isTrue();
        assertThat(new Api(mvc).get(producer, "/api/files/" + id + "/download")).hasStatusOk();
    }

    @Test
    void anotherInstanceSweepingMeanwhileMakesThisOneSkip() throws Exception {
        var orphan = StorageKeys.newFileKey();
        storage.write(orphan, new ByteArrayInputStream(new byte[] {1}));
        age(orphan, Duration.ofDays(2));
        var locked = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var otherInstance = new Thread(() -> transactions.executeWithoutResult(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(:lock)")
                    .param("lock", 0x6d66_6669_6c65_7331L)
                    .query()
                    .listOfRows();
            locked.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        otherInstance.start();
        locked.await();

        var removedWhileLocked = sweep.sweep();
        release.countDown();
        otherInstance.join();

        assertThat(removedWhileLocked).isZero();
        assertThat(storage.exists(orphan)).isTrue();
        assertThat(sweep.sweep()).isGreaterThanOrEqualTo(1);
        assertThat(storage.exists(orphan)).isFalse();
    }

    private static void age(String key, Duration age) throws IOException {
        Files.setLastModifiedTime(
                TestInfrastructure.filesDirectory().resolve(key),
                FileTime.from(Instant.now().minus(age)));
    }
}
