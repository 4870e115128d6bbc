package com.mediaflow.contacts.internal;

import com.mediaflow.shared.web.NotFoundException;
import com.mediaflow.shared.web.PageResponse;
import com.mediaflow.shared.web.Paging;
import com.mediaflow.shared.web.SortFields;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the timeline of a live contact, newest first. */
@Service
public class ContactActivities {

    private static final SortFields SORT = SortFields.builder()
            .field("occurred_at", "occurred_at")
            .defaultSort(Sort.by(Sort.Order.desc("occurred_at"), Sort.Order.desc("id")));

    private final JdbcClient jdbc;
    private final ContactRepository contacts;
    private final MemberNames members;

    ContactActivities(JdbcClient jdbc, ContactRepository contacts, MemberNames members) {
        this.jdbc = jdbc;
        this.contacts = contacts;
        this.members = members;
    }

    @Transactional(readOnly = true)
    public PageResponse<ActivityView> list(UUID contactId, @Nullable String type, Paging paging) {
        if (!contacts.existsLive(contactId)) {
            throw NotFoundException.of("Contact", contactId);
        }
        var where = "contact_id = :contactId" + (type == null || type.isBlank() ? "" : " AND type = :type");
        Map<String, Object> params = new HashMap<>();
        params.put("contactId", contactId);
        if (type != null && !type.isBlank()) {
            params.put("type", type.strip());
        }
        long total = jdbc.sql("SELECT count(*) FROM contact_activities WHERE " + where)
                .params(params)
                .query(Long.class)
                .single();
        var orderBy = SqlPaging.orderBy(paging, SORT);
        var rows = jdbc.sql("SELECT * FROM contact_activities WHERE " + where + " ORDER BY " + orderBy
                        + " LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", paging.limit())
                .param("offset", paging.offset())
                .query(ContactActivities::row)
                .list();
        var names = members.of(rows.stream()
                .map(ActivityView::actorId)
                .filter(Objects::nonNull)
                .toList());
        var views = rows.stream()
                .map(view -> view.withActorName(view.actorId() == null ? null : names.get(view.actorId())))
                .toList();
        return SqlPaging.page(views, paging, total);
    }

    private static ActivityView row(ResultSet rs, int row) throws SQLException {
        return new ActivityView(
                rs.getObject("id", UUID.class),
                rs.getObject("contact_id", UUID.class),
                rs.getString("type"),
                rs.getString("summary"),
                rs.getObject("actor_id", UUID.class),
                null,
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("entity_type"),
                rs.getObject("entity_id", UUID.class));
    }
}
