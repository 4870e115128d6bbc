package com.mediaflow.jobs;

import java.io.OutputStream;
import java.util.UUID;

/** What a running job's work is given. */
public interface JobContext {

    UUID jobId();

    /**
     * Where the result goes. Buffered, and closed by the job runner (the work need not close it);
     * the result is stored once the work returns.
     */
    OutputStream output();

    /**
     * How far the work is: {@code done} of {@code total} rows (or other units). Cheap to call for
     * every row: it is written to the database at most once per
     * {@code mediaflow.jobs.progress-interval}.
     */
    void progress(long done, long total);
}
