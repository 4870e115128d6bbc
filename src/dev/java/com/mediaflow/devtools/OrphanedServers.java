package com.mediaflow.devtools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Stops an embedded server left running by a development process that was killed. */
final class OrphanedServers {

    private OrphanedServers() {}

    static void stop(Path pidFile, String expectedCommand) {
        if (!Files.exists(pidFile)) {
            return;
        }
        try {
            var firstLine =
                    Files.readAllLines(pidFile).stream().findFirst().orElse("").strip();
            var pid = Long.parseLong(firstLine);
            ProcessHandle.of(pid)
                    .filter(process -> process.info()
                            .command()
                            .map(c -> c.contains(expectedCommand))
                            .orElse(false))
                    .ifPresent(process -> {
                        process.destroy();
                        try {
                            process.onExit().get(Duration.ofSeconds(15).toSeconds(), TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        } catch (ExecutionException | TimeoutException e) {
                            process.destroyForcibly();
                        }
                    });
        } catch (IOException | NumberFormatException e) {
            // An unreadable pid file belongs to no running server; the server overwrites it.
        }
    }
}
