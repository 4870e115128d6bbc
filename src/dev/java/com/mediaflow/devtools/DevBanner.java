package com.mediaflow.devtools;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells a developer where everything is once the application is up. */
@Component
class DevBanner {

    private static final Logger log = LoggerFactory.getLogger(DevBanner.class);

    @EventListener
    void on(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            return;
        }
        Environment environment = event.getApplicationContext().getEnvironment();
        var base = "http://localhost:" + web.getWebServer().getPort();
        var mailbox = environment.getProperty("mediaflow.embedded.mailbox", Boolean.class, false);
        var banner = new StringBuilder()
                .append("\n\n  MediaFlow CRM is running\n")
                .append("  ------------------------\n")
                .append("  API          ")
                .append(base)
                .append("/api\n")
                .append("  Swagger UI   ")
                .append(base)
                .append("/swagger-ui.html\n")
                .append("  OpenAPI      ")
                .append(base)
                .append("/v3/api-docs\n")
                .append("  Health       ")
                .append(base)
                .append("/actuator/health\n");
        if (mailbox) {
            banner.append("  Mailbox      ")
                    .append(base)
                    .append("/dev/mailbox.html  (e-mail sent by the app lands here)\n");
        }
        banner.append("  Database     ")
                .append(environment.getProperty("spring.datasource.url"))
                .append('\n');
        banner.append(DemoLogins.describe(event.getApplicationContext()));
        log.info(banner.toString());
    }
}
