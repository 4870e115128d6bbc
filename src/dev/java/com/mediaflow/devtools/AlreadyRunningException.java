package com.mediaflow.devtools;

import java.nio.file.Path;

/** Thrown when a second copy of the application is started on the same data folder. */
class AlreadyRunningException extends RuntimeException {

    private final Path dataDirectory;

    AlreadyRunningException(Path dataDirectory) {
        super("MediaFlow is already running with the data folder " + dataDirectory);
        this.dataDirectory = dataDirectory;
    }

    Path dataDirectory() {
        return dataDirectory;
    }
}
