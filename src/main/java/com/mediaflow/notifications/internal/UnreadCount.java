package com.mediaflow.notifications.internal;

/** How many of a member's notifications are unread. */
public record UnreadCount(long unreadCount) {}
