package com.mediaflow.notifications;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** The sender address of the studio's e-mail. */
@ConfigurationProperties("mediaflow.mail")
@Validated
public record MailProperties(
        @NotBlank @DefaultValue("MediaFlow <no-reply@mediaflow.local>")
        String from) {}
