package com.mediaflow.auth.internal;

import com.mediaflow.team.MemberDeactivated;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends a deactivated member's sessions so their refresh tokens stop working. Their access tokens
 * already stop at once, because every request checks that the member is active.
 */
@Component
class SessionsEndOnDeactivation {

    private final SessionStore sessions;

    SessionsEndOnDeactivation(SessionStore sessions) {
        this.sessions = sessions;
    }

    @TransactionalEventListener
    void on(MemberDeactivated event) {
        sessions.revokeAll(event.memberId(), null);
    }
}
