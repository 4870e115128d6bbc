package com.mediaflow.devtools;

import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.context.ApplicationListener;

/** Stops the embedded servers when start-up fails, instead of leaving the JVM hanging on them. */
class EmbeddedServersShutdown implements ApplicationListener<ApplicationFailedEvent> {

    @Override
    public void onApplicationEvent(ApplicationFailedEvent event) {
        EmbeddedServers.stopRunning();
    }
}
