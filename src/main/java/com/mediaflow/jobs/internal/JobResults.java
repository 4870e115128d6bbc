package com.mediaflow.jobs.internal;

import com.mediaflow.files.GeneratedFiles;
import com.mediaflow.jobs.JobStatus;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.web.InvalidStateException;
import com.mediaflow.shared.web.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** The result of a finished job, for its owner (or an owner of the studio) to download. */
@Service
public class JobResults {

    private final JobRecords records;
    private final GeneratedFiles files;

    JobResults(JobRecords records, GeneratedFiles files) {
        this.records = records;
        this.files = files;
    }

    /** A result ready to send; the caller closes {@link #open()}'s stream. */
    public record Result(String fileName, String contentType, long sizeBytes, String key, GeneratedFiles files) {
        public InputStream open() throws IOException {
            return files.open(key);
        }
    }

    /**
     * @throws NotFoundException when there is no such job or {@code viewer} may not see it
     * @throws InvalidStateException when the job has not succeeded, or its result expired
     */
    public Result result(UUID id, CurrentUser viewer) {
        var job = records.find(id)
                .filter(j -> viewer.isOwner() || j.ownerId().equals(viewer.id()))
                .orElseThrow(() -> NotFoundException.of("Job", id));
        var view = job.view();
        if (view.status() != JobStatus.SUCCEEDED || view.sizeBytes() == null) {
            var detail = switch (view.status()) {
                case QUEUED, RUNNING -> "The job has not finished yet";
                case FAILED -> "The job failed, so it has no result";
                case EXPIRED -> "The job's result expired and was deleted; start the job again";
                case SUCCEEDED -> "The job has no result";
            };
            throw InvalidStateException.because(
                    detail, Map.of("status", view.status().value()));
        }
        return new Result(view.fileName(), view.contentType(), view.sizeBytes(), job.resultKey(), files);
    }
}
