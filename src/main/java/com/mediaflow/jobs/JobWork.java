package com.mediaflow.jobs;

/**
 * The work of a job. It runs on a worker thread with no request and no signed-in member: capture
 * what it needs (the member, the filters) when it is submitted. It writes its result to
 * {@link JobContext#output()} and reports {@link JobContext#progress}. Throwing fails the job: a
 * {@link JobFailedException}'s message is shown to the member, anything else is logged and shown as
 * a generic message.
 */
@FunctionalInterface
public interface JobWork {

    void run(JobContext context) throws Exception;
}
