package com.mediaflow.notifications.internal;

/** A template rendered for one recipient: what goes into the outbox. */
public record RenderedMail(String subject, String text, String html) {}
