package com.mediaflow.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

class InsecureConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<InsecureConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InsecureConfigurationException cause) {
        return new FailureAnalysis(
                "MediaFlow refuses to start with the prod profile:\n  - " + String.join("\n  - ", cause.problems()),
                "Set the variables above (see .env.example), or run without the prod profile for development.",
                cause);
    }
}
