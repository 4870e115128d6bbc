package com.mediaflow.shared.audit;

import com.mediaflow.shared.web.PageResponse;
import com.mediaflow.shared.web.Paging;
import com.mediaflow.shared.web.SortFields;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the audit log with filters and paging. */
@Service
class AuditLogReader {

    private static final SortFields SORT = SortFields.builder()
            .field("occurred_at", "occurred_at")
            .field("action", "action")
            .field("entity_type", "entity_type")
            .defaultSort(Sort.by(Sort.Order.desc("occurred_at"), Sort.Order.desc("id")));

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditLogReader(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional(readOnly = true)
    PageResponse<AuditEntryView> find(AuditLogQuery query, Paging paging) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (query.actorId() != null) {
            conditions.add("actor_id = :actorId");
            params.put("actorId", query.actorId());
        }
        if (query.action() != null) {
            conditions.add("action = :action");
            params.put("action", query.action());
        }
        if (query.entityType() != null) {
            conditions.add("entity_type = :entityType");
            params.put("entityType", query.entityType());
        }
        if (query.entityId() != null) {
            conditions.add("entity_id = :entityId");
            params.put("entityId", query.entityId());
        }
        if (query.from() != null) {
            conditions.add("occurred_at >= :from");
            params.put("from", Timestamp.from(query.from().toInstant()));
        }
        if (query.to() != null) {
            conditions.add("occurred_at < :to");
            params.put("to", Timestamp.from(query.to().toInstant()));
        }
        var where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        // Sort columns come from the whitelist above, never from the request text.
        var orderBy = paging.sortBy(SORT).stream()
                .map(order -> order.getProperty() + (order.isAscending() ? " ASC" : " DESC"))
                .reduce((a, b) -> a + ", " + b)
                .orElseThrow();
        long total = jdbc.sql("SELECT count(*) FROM audit_log" + where)
                .params(params)
                .query(Long.class)
                .single();
        var rows = jdbc.sql("SELECT * FROM audit_log" + where + " ORDER BY " + orderBy + " LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", paging.limit())
                .param("offset", paging.offset())
                .query(this::map)
                .list();
        return PageResponse.of(new PageImpl<>(rows, PageRequest.of(paging.page() - 1, paging.limit()), total));
    }

    private AuditEntryView map(ResultSet rs, int row) throws SQLException {
        return new AuditEntryView(
                rs.getObject("id", UUID.class),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getObject("actor_id", UUID.class),
                rs.getString("actor_email"),
                rs.getString("action"),
                rs.getString("entity_type"),
                rs.getString("entity_id"),
                parse(rs.getString("before")),
                parse(rs.getString("after")),
                rs.getString("ip"),
                rs.getString("user_agent"),
                rs.getString("request_id"));
    }

    private @Nullable JsonNode parse(@Nullable String value) {
        return value == null ? null : json.readTree(value);
    }
}
