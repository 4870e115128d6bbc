package com.mediaflow.notifications.internal;

/**
 * The outcome of marking every notification read.
 *
 * @param markedRead how many were unread before
 * @param unreadCount how many are unread now
 */
public record ReadAllResult(int markedRead, long unreadCount) {}
