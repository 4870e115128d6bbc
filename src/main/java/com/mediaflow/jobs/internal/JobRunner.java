package com.mediaflow.jobs.internal;

import com.mediaflow.files.GeneratedFiles;
import com.mediaflow.jobs.JobContext;
import com.mediaflow.jobs.JobFailedException;
import com.mediaflow.jobs.JobRequest;
import com.mediaflow.jobs.JobStatus;
import com.mediaflow.jobs.JobTicket;
import com.mediaflow.jobs.JobWork;
import com.mediaflow.jobs.JobsProperties;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.task.VirtualThreadTaskExecutor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs jobs on this instance: a fixed number of workers (virtual threads on Java 21 and later) and a
 * bounded queue in front of them. A job's result is written to a temporary file first and then
 * stored in the files storage, so the storage only ever holds complete results. While it holds a job
 * (queued or running) the instance beats its heartbeat; if the instance dies, the sweeper fails it.
 */
@Component
public class JobRunner implements DisposableBean {

    static final String GENERIC_FAILURE = "The job failed unexpectedly. Please try again; if it keeps failing, "
            + "tell your administrator the job id.";
    static final String QUEUE_FULL = "Too many jobs are waiting on the server. Please try again in a few minutes.";
    static final String SHUT_DOWN = "The server stopped while the job was running. Please start it again.";

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final JobRecords records;
    private final GeneratedFiles files;
    private final JobsProperties properties;
    private final Clock clock;
    private final ThreadPoolExecutor executor;
    private final Set<UUID> held = ConcurrentHashMap.newKeySet();
    private final String instanceId;
    private final TransactionTemplate ownTransaction;

    JobRunner(
            JobRecords records,
            GeneratedFiles files,
            JobsProperties properties,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.records = records;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        // Progress is written while the work may hold a (read-only) transaction of its own.
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.files = files;
        this.properties = properties;
        this.clock = clock;
        this.instanceId = instanceName();
        this.executor = new ThreadPoolExecutor(
                properties.workers(),
                properties.workers(),
                0,
                TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(properties.queueCapacity()),
                threads());
    }

    /**
     * Records the job and hands it to a worker once the caller's transaction commits (at once
     * without one), so the worker always finds the row, and a rolled-back request starts nothing.
     */
    public JobTicket submit(JobRequest request, JobWork work) {
        var id = UUID.randomUUID();
        records.insert(id, request, files.newKey(), instanceId, properties.resultTtl());
        held.add(id);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status == STATUS_COMMITTED) {
                        dispatch(id, work);
                    } else {
                        held.remove(id);
                    }
                }
            });
        } else {
            dispatch(id, work);
        }
        return JobTicket.of(id, JobStatus.QUEUED);
    }

    private void dispatch(UUID id, JobWork work) {
        try {
            executor.execute(() -> run(id, work));
        } catch (RejectedExecutionException e) {
            held.remove(id);
            records.markFailed(id, QUEUE_FULL, properties.resultTtl());
            log.warn("Job {} refused: the queue of this instance is full", id);
        }
    }

    private void run(UUID id, JobWork work) {
        try {
            if (!records.markRunning(id)) {
                return; // failed by the sweeper meanwhile
            }
            var stored = records.find(id).orElseThrow();
            execute(id, stored.resultKey(), work);
        } catch (RuntimeException e) {
            log.error("Job {} could not be run", id, e);
            records.markFailed(id, GENERIC_FAILURE, properties.resultTtl());
        } finally {
            held.remove(id);
        }
    }

    private void execute(UUID id, String resultKey, JobWork work) {
        Path temporary = null;
        var context = new RunningJob(id);
        try {
            temporary = Files.createTempFile("mediaflow-job-", ".out");
            try (var out = new BufferedOutputStream(Files.newOutputStream(temporary), 64 * 1024)) {
                context.output = out;
                work.run(context);
            }
            long size;
            try (var in = Files.newInputStream(temporary)) {
                size = files.store(resultKey, in);
            }
            if (!records.markSucceeded(id, context.done, context.total, size, properties.resultTtl())) {
                files.delete(resultKey); // the sweeper failed it meanwhile
            }
        } catch (JobFailedException e) {
            records.markFailed(id, e.getMessage(), properties.resultTtl());
        } catch (Exception e) {
            log.error("Job {} failed", id, e);
            records.markFailed(id, GENERIC_FAILURE, properties.resultTtl());
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    log.warn("Cannot delete the temporary file {}", temporary, e);
                }
            }
        }
    }

    /** Confirms that this instance still holds its queued and running jobs. */
    @Scheduled(fixedDelayString = "${mediaflow.jobs.heartbeat-interval:15s}")
    void heartbeat() {
        records.heartbeat(List.copyOf(held));
    }

    /** The jobs this instance holds, queued or running. */
    Set<UUID> held() {
        return Set.copyOf(held);
    }

    @Override
    public void destroy() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
        for (var id : List.copyOf(held)) {
            records.markFailed(id, SHUT_DOWN, properties.resultTtl());
        }
    }

    private final class RunningJob implements JobContext {

        private final UUID id;
        private @Nullable OutputStream output;
        private long done;
        private @Nullable Long total;
        private Instant lastWrite = Instant.EPOCH;

        RunningJob(UUID id) {
            this.id = id;
        }

        @Override
        public UUID jobId() {
            return id;
        }

        @Override
        public OutputStream output() {
            if (output == null) {
                throw new IllegalStateException("The job has not started");
            }
            return output;
        }

        @Override
        public void progress(long done, long total) {
            this.done = done;
            this.total = total;
            var now = clock.instant();
            if (now.isBefore(lastWrite.plus(properties.progressInterval()))) {
                return;
            }
            lastWrite = now;
            var percent = total <= 0 ? 0 : (int) Math.min(99, done * 100 / total);
            ownTransaction.executeWithoutResult(status -> records.progress(id, done, total, percent));
        }
    }

    private ThreadFactory threads() {
        try {
            return new VirtualThreadTaskExecutor("job-").getVirtualThreadFactory();
        } catch (UnsupportedOperationException e) {
            var factory = new CustomizableThreadFactory("job-");
            factory.setDaemon(true);
            return factory;
        }
    }

    private static String instanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "unknown";
        }
        var name = host + "/" + UUID.randomUUID().toString().substring(0, 8);
        return name.length() <= 120 ? name : name.substring(name.length() - 120);
    }
}
