package com.mediaflow.config;

import java.util.List;

/** The production configuration is incomplete or unsafe; the application does not start. */
public class InsecureConfigurationException extends RuntimeException {

    private final List<String> problems;

    InsecureConfigurationException(List<String> problems) {
        super("The prod profile is not fully configured: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
