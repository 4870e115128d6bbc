package com.mediaflow.devtools;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

class AlreadyRunningFailureAnalyzer extends AbstractFailureAnalyzer<AlreadyRunningException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AlreadyRunningException cause) {
        return new FailureAnalysis(
                "Another MediaFlow process is already running with the data folder " + cause.dataDirectory()
                        + " (its embedded PostgreSQL, Redis and mailbox are in use).",
                "Stop the other process first, or start this one with another data folder and ports, e.g. "
                        + "MEDIAFLOW_EMBEDDED_DATA_DIR=data2 MEDIAFLOW_EMBEDDED_POSTGRES_PORT=54330 "
                        + "MEDIAFLOW_EMBEDDED_REDIS_PORT=63791 MEDIAFLOW_EMBEDDED_SMTP_PORT=3026 SERVER_PORT=8081.",
                cause);
    }
}
