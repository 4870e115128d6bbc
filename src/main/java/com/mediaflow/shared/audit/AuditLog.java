package com.mediaflow.shared.audit;

import com.mediaflow.shared.security.CurrentUsers;
import com.mediaflow.shared.web.RequestIdFilter;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records who changed what: every create, update and delete, and every authentication event. An
 * entry joins the transaction of the change it describes, so a rolled-back change leaves no entry
 * and a committed one always has its entry. Snapshots are the API's own response records: pass
 * nothing secret (no password hashes, no tokens).
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** A change made by the member of the current request. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(
            String action,
            String entityType,
            @Nullable Object entityId,
            @Nullable Object before,
            @Nullable Object after) {
        var user = CurrentUsers.current();
        write(
                new AuditActor(
                        user.map(u -> u.id()).orElse(null),
                        user.map(u -> u.email()).orElse(null)),
                action,
                entityType,
                entityId,
                before,
                after);
    }

    /**
     * An event whose actor is not (or not yet) authenticated, such as a failed login. Runs in its own
     * transaction when there is none, so it is kept even when the request then fails.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAs(
            AuditActor actor,
            String action,
            String entityType,
            @Nullable Object entityId,
            @Nullable Object before,
            @Nullable Object after) {
        write(actor, action, entityType, entityId, before, after);
    }

    /** Like {@link #recordAs} but always committed, even if the surrounding transaction rolls back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordIndependently(
            AuditActor actor, String action, String entityType, @Nullable Object entityId, @Nullable Object details) {
        write(actor, action, entityType, entityId, null, details);
    }

    private void write(
            AuditActor actor,
            String action,
            String entityType,
            @Nullable Object entityId,
            @Nullable Object before,
            @Nullable Object after) {
        var request = currentRequest();
        jdbc.sql("""
                        INSERT INTO audit_log (id, occurred_at, actor_id, actor_email, action, entity_type, entity_id,
                                               before, after, ip, user_agent, request_id)
                        VALUES (:id, :occurredAt, :actorId, :actorEmail, :action, :entityType, :entityId,
                                CAST(:before AS jsonb), CAST(:after AS jsonb), :ip, :userAgent, :requestId)
                        """)
                .param("id", UUID.randomUUID())
                .param("occurredAt", Timestamp.from(clock.instant()))
                .param("actorId", actor.id())
                .param("actorEmail", actor.email())
                .param("action", action)
                .param("entityType", entityType)
                .param("entityId", entityId == null ? null : entityId.toString())
                .param("before", toJson(before))
                .param("after", toJson(after))
                .param("ip", request == null ? null : request.getRemoteAddr())
                .param("userAgent", request == null ? null : truncate(request.getHeader("User-Agent")))
                .param("requestId", request == null ? null : RequestIdFilter.of(request))
                .update();
    }

    private @Nullable String toJson(@Nullable Object snapshot) {
        return snapshot == null ? null : json.writeValueAsString(snapshot);
    }

    private static @Nullable String truncate(@Nullable String value) {
        return value == null || value.length() <= 500 ? value : value.substring(0, 500);
    }

    private static @Nullable HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }
}
