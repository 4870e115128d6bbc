package com.mediaflow.devtools;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

class PortInUseFailureAnalyzer extends AbstractFailureAnalyzer<PortInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PortInUseException cause) {
        return new FailureAnalysis(
                "Port " + cause.port() + ", which the embedded " + cause.server()
                        + " uses, is taken by another program (perhaps another MediaFlow started from a different folder).",
                "Stop that program, or choose another port with " + cause.variable() + "=<port>.",
                cause);
    }
}
