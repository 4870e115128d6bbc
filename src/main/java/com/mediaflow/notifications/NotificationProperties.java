package com.mediaflow.notifications;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of in-app notifications and e-mail ({@code mediaflow.notifications}).
 *
 * @param frontendUrl where the React front end is served; e-mail links to preferences point here
 * @param templateDir a folder whose {@code <name>.subject.hbs}, {@code <name>.html.hbs} and
 *     {@code <name>.txt.hbs} files replace the built-in e-mail templates of the same name
 * @param mail sending e-mail through the outbox
 * @param stream the live stream of notifications
 * @param retention how long delivered mail and read notifications are kept
 * @param housekeepingCron when the clean-up of old mail and notifications runs (one instance runs it)
 */
@ConfigurationProperties("mediaflow.notifications")
@Validated
public record NotificationProperties(
        @NotBlank
        @Pattern(regexp = "https?://.+", message = "must be an http(s) address")
        @DefaultValue("http://localhost:3000")
        String frontendUrl,

        @Nullable Path templateDir,
        @Valid @NotNull @DefaultValue Mail mail,
        @Valid @NotNull @DefaultValue Stream stream,
        @Valid @NotNull @DefaultValue Retention retention,
        @NotBlank @DefaultValue("0 17 3 * * *") String housekeepingCron) {

    /** The front-end address without a trailing slash. */
    public String frontendBase() {
        return frontendUrl.replaceAll("/+$", "");
    }

    /**
     * @param from the sender of every e-mail, e.g. {@code Studio <no-reply@studio.com>}
     * @param workers sending threads of this instance; 0 leaves sending to the other instances
     * @param batchSize messages one worker claims (and sends over one SMTP connection) at a time
     * @param pollInterval how often an idle worker looks for due mail queued by another instance
     * @param lease how long a claimed message stays reserved; longer than any SMTP timeout, so a
     *     slow send is never taken over, short enough that a crashed worker's mail goes out soon
     * @param retryInitialDelay wait after the first failed attempt; doubled after each further one
     * @param retryMaxDelay the longest wait between two attempts
     * @param attemptLimit attempts before a message is marked failed
     * @param maxAttachmentSize total size of the attachments of one message
     */
    public record Mail(
            @NotBlank @DefaultValue("MediaFlow <no-reply@mediaflow.local>")
            String from,

            @Min(0) @Max(16) @DefaultValue("2") int workers,
            @Min(1) @Max(200) @DefaultValue("20") int batchSize,
            @NotNull @DefaultValue("2s") Duration pollInterval,
            @NotNull @DefaultValue("5m") Duration lease,
            @NotNull @DefaultValue("30s") Duration retryInitialDelay,
            @NotNull @DefaultValue("30m") Duration retryMaxDelay,
            @Min(1) @Max(100) @DefaultValue("15") int attemptLimit,
            @NotNull @DefaultValue("20MB") DataSize maxAttachmentSize) {}

    /**
     * @param heartbeatInterval how often an idle stream gets a comment line, so proxies keep it open
     *     and dead connections are noticed
     * @param timeout how long one stream lasts before the client reconnects (with its access token
     *     checked again)
     * @param replayLimit most notifications replayed on a reconnect with {@code Last-Event-ID}
     * @param channel the Redis pub/sub channel that carries notifications between instances
     */
    public record Stream(
            @NotNull @DefaultValue("15s") Duration heartbeatInterval,
            @NotNull @DefaultValue("30m") Duration timeout,
            @Min(1) @Max(5000) @DefaultValue("500") int replayLimit,

            @NotBlank @DefaultValue("mediaflow:notifications")
            String channel) {}

    /**
     * @param sentMail how long a sent message stays visible in the outbox
     * @param failedMail how long a failed message stays visible in the outbox
     * @param readNotifications how long a notification is kept after it was read
     */
    public record Retention(
            @NotNull @DefaultValue("30d") Duration sentMail,
            @NotNull @DefaultValue("90d") Duration failedMail,
            @NotNull @DefaultValue("90d") Duration readNotifications) {}
}
