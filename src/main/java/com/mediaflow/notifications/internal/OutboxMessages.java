package com.mediaflow.notifications.internal;

import com.mediaflow.notifications.MailTemplate;
import com.mediaflow.notifications.NotificationProperties;
import com.mediaflow.shared.audit.AuditLog;
import com.mediaflow.shared.web.InvalidInputException;
import com.mediaflow.shared.web.InvalidStateException;
import com.mediaflow.shared.web.NotFoundException;
import com.mediaflow.shared.web.PageResponse;
import com.mediaflow.shared.web.Paging;
import com.mediaflow.shared.web.SortFields;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The outbox as owners see it: every message's status, and queuing a failed one again. */
@Service
public class OutboxMessages {

    private static final SortFields SORT = SortFields.builder()
            .field("created_at", "created_at")
            .field("updated_at", "updated_at")
            .field("sent_at", "sent_at")
            .field("attempts", "attempts")
            .defaultSort(Sort.by(Sort.Order.desc("created_at"), Sort.Order.desc("id")));

    private static final String COLUMNS =
            "id, template, recipient, subject, status, attempts, attempt_limit, last_error,"
                    + " next_attempt_at, created_at, updated_at, sent_at";

    private final JdbcClient jdbc;
    private final OutboxSignal signal;
    private final AuditLog audit;
    private final NotificationProperties properties;
    private final Clock clock;

    OutboxMessages(
            JdbcClient jdbc, OutboxSignal signal, AuditLog audit, NotificationProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.signal = signal;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageResponse<OutboxMessageView> list(OutboxFilter filter, Paging paging) {
        var conditions = new ArrayList<String>();
        Map<String, Object> params = new HashMap<>();
        if (filter.status() != null) {
            conditions.add("status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.template() != null) {
            conditions.add("template = :template");
            params.put("template", template(filter.template()).storedName());
        }
        if (filter.recipient() != null) {
            conditions.add("lower(recipient) = :recipient");
            params.put("recipient", filter.recipient().strip().toLowerCase(Locale.ROOT));
        }
        var where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        var pageable = paging.pageable(SORT);
        var total = jdbc.sql("SELECT count(*) FROM notification_mail_outbox" + where)
                .params(params)
                .query(Long.class)
                .single();
        var rows = jdbc.sql("SELECT " + COLUMNS + " FROM notification_mail_outbox" + where + orderBy(pageable.getSort())
                        + " LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", paging.limit())
                .param("offset", paging.offset())
                .query(OutboxMessages::row)
                .list();
        var views = withAttachments(rows);
        return PageResponse.of(new PageImpl<>(views, pageable, total));
    }

    @Transactional(readOnly = true)
    public OutboxMessageView find(UUID id) {
        var row = jdbc.sql("SELECT " + COLUMNS + " FROM notification_mail_outbox WHERE id = :id")
                .param("id", id)
                .query(OutboxMessages::row)
                .optional()
                .orElseThrow(() -> NotFoundException.of("E-mail", id));
        return withAttachments(List.of(row)).get(0);
    }

    /**
     * Queues a failed message again with a fresh set of attempts, or sends a queued one now instead
     * of at its next attempt. A message being sent or already sent cannot be retried.
     */
    @Transactional
    public OutboxMessageView retry(UUID id) {
        var before = find(id);
        var updated = jdbc.sql("""
                        UPDATE notification_mail_outbox
                        SET attempt_limit = CASE WHEN status = 'FAILED' THEN attempts + :attemptLimit
                                                 ELSE attempt_limit END,
                            status = 'QUEUED', next_attempt_at = :now, updated_at = :now, version = version + 1
                        WHERE id = :id AND status IN ('QUEUED', 'FAILED')
                        """)
                .param("attemptLimit", properties.mail().attemptLimit())
                .param("now", Timestamp.from(clock.instant()))
                .param("id", id)
                .update();
        if (updated == 0) {
            throw InvalidStateException.because("Only a queued or failed e-mail can be retried; this one is "
                    + before.status().value());
        }
        var after = find(id);
        audit.record("mail.retry_requested", "mail", id, before, after);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                signal.raise();
            }
        });
        return after;
    }

    private List<OutboxMessageView> withAttachments(List<OutboxMessageView> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        var ids = rows.stream().map(OutboxMessageView::id).toList();
        var attachments = jdbc
                .sql("""
                        SELECT outbox_id, filename, content_type, size FROM notification_mail_attachments
                        WHERE outbox_id IN (:ids) ORDER BY outbox_id, position
                        """)
                .param("ids", ids)
                .query((rs, row) -> Map.entry(
                        rs.getObject("outbox_id", UUID.class),
                        new OutboxMessageView.Attachment(
                                rs.getString("filename"), rs.getString("content_type"), rs.getInt("size"))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return rows.stream()
                .map(view -> new OutboxMessageView(
                        view.id(),
                        view.template(),
                        view.recipient(),
                        view.subject(),
                        view.status(),
                        view.attempts(),
                        view.attemptLimit(),
                        view.lastError(),
                        view.nextAttemptAt(),
                        view.createdAt(),
                        view.updatedAt(),
                        view.sentAt(),
                        attachments.getOrDefault(view.id(), List.of())))
                .toList();
    }

    private static OutboxMessageView row(ResultSet rs, int row) throws SQLException {
        var template = rs.getString("template");
        return new OutboxMessageView(
                rs.getObject("id", UUID.class),
                template == null ? null : template.toLowerCase(Locale.ROOT),
                rs.getString("recipient"),
                rs.getString("subject"),
                OutboxStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                rs.getInt("attempt_limit"),
                rs.getString("last_error"),
                instant(rs.getTimestamp("next_attempt_at")),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                instant(rs.getTimestamp("sent_at")),
                List.of());
    }

    /** Column names come from the sort whitelist only, never from the request as such. */
    private static String orderBy(Sort sort) {
        return " ORDER BY "
                + sort.stream()
                        .map(order -> order.getProperty()
                                + (order.isDescending() ? " DESC" : " ASC")
                                + (order.getProperty().equals("sent_at") ? " NULLS LAST" : ""))
                        .collect(Collectors.joining(", "));
    }

    private static MailTemplate<?> template(String value) {
        try {
            return MailTemplate.fromValue(value.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.field(
                    "template",
                    "must be one of "
                            + MailTemplate.values().stream()
                                    .map(MailTemplate::value)
                                    .collect(Collectors.joining(", ")));
        }
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
