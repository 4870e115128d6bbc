package com.mediaflow.documents.internal;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the PDF engine's messages to the application's log instead of its own console handler: a
 * refused resource is a warning under {@code com.mediaflow.documents.engine}, the engine's chatter
 * is debug.
 */
final class EngineLog implements XRLogger {

    private static final Logger log = LoggerFactory.getLogger("com.mediaflow.documents.engine");

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, @org.jspecify.annotations.Nullable Throwable th) {
        if (level.intValue() >= Level.SEVERE.intValue()) {
            log.error("{}: {}", where, message, th);
        } else if (level.intValue() >= Level.WARNING.intValue()) {
            log.warn("{}: {}", where, message, th);
        } else {
            log.debug("{}: {}", where, message, th);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {}

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        var level = diagnostic.getLevel().intValue();
        return level >= Level.WARNING.intValue() ? log.isWarnEnabled() : log.isDebugEnabled();
    }
}
