package com.mediaflow.files.internal;

import com.mediaflow.files.FilesProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes stored bytes that no file record refers to: left by a process that died between
 * writing an upload's bytes and its record, or between deleting a record and its bytes. Only
 * objects older than {@code mediaflow.files.cleanup.orphan-age} are touched, so uploads in progress
 * are safe. One instance sweeps at a time (a PostgreSQL advisory lock); the others skip the round.
 */
@Component
class OrphanSweep {

    /** An arbitrary constant naming this job's advisory lock. */
    private static final long LOCK = 0x6d66_6669_6c65_7331L;

    private static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(OrphanSweep.class);

    private final FileStorage storage;
    private final AttachmentRepository attachments;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final FilesProperties properties;
    private final Clock clock;

    OrphanSweep(
            FileStorage storage,
            AttachmentRepository attachments,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            FilesProperties properties,
            Clock clock) {
        this.storage = storage;
        this.attachments = attachments;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${mediaflow.files.cleanup.cron:0 17 * * * *}")
    void scheduled() {
        var removed = sweep();
        if (removed > 0) {
            log.info("Removed {} stored objects that no file refers to", removed);
        }
    }

    /** Sweeps once; the number of objects removed, or 0 when another instance holds the lock. */
    int sweep() {
        var removed = transactions.execute(status -> {
            var locked = jdbc.sql("SELECT pg_try_advisory_xact_lock(:lock)")
                    .param("lock", LOCK)
                    .query(Boolean.class)
                    .single();
            if (!Boolean.TRUE.equals(locked)) {
                return 0;
            }
            try {
                return sweepLocked();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return removed == null ? 0 : removed;
    }

    private int sweepLocked() throws IOException {
        var cutoff = clock.instant().minus(properties.cleanup().orphanAge());
        storage.abandonIncomplete(cutoff);
        var removed = 0;
        for (var prefix : List.of(StorageKeys.FILES, StorageKeys.THUMBNAILS)) {
            List<String> candidates = new ArrayList<>();
            storage.forEach(prefix, object -> {
                if (object.lastModified().isBefore(cutoff)) {
                    candidates.add(object.key());
                }
            });
            for (int i = 0; i < candidates.size(); i += BATCH) {
                var batch = candidates.subList(i, Math.min(i + BATCH, candidates.size()));
                var known = new HashSet<>(attachments.findKnownKeys(batch));
                for (var key : batch) {
                    if (!known.contains(key)) {
                        storage.delete(key);
                        removed++;
                    }
                }
            }
        }
        return removed;
    }
}
