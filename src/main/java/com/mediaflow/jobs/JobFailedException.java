package com.mediaflow.jobs;

/** Ends a job as failed with a message meant for the member who started it. */
public class JobFailedException extends RuntimeException {

    public JobFailedException(String messageForMember) {
        super(messageForMember);
    }
}
