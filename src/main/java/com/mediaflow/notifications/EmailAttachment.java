package com.mediaflow.notifications;

/** A file attached to an e-mail. */
public record EmailAttachment(String filename, String contentType, byte[] content) {}
