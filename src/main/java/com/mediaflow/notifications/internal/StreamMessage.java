package com.mediaflow.notifications.internal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What travels between instances over Redis about a member's live streams: that notifications up
 * to a sequence were committed (each instance then reads them from the database, in commit order),
 * or the member's unread count after they read something (so other tabs and devices follow).
 */
record StreamMessage(
        UUID memberId,
        @Nullable Long committedUpTo,
        @Nullable Long unreadCount) {

    static StreamMessage committed(UUID memberId, long sequence) {
        return new StreamMessage(memberId, sequence, null);
    }

    static StreamMessage unread(UUID memberId, long unreadCount) {
        return new StreamMessage(memberId, null, unreadCount);
    }
}
