package com.mediaflow.exports.internal;

import com.mediaflow.shared.audit.AuditLog;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.web.ConflictException;
import com.mediaflow.shared.web.InvalidInputException;
import com.mediaflow.shared.web.NotFoundException;
import com.mediaflow.shared.web.PageResponse;
import com.mediaflow.shared.web.Paging;
import com.mediaflow.shared.web.SortFields;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Custom reports saved by their owner, to re-run later. Each member sees only their own. */
@Service
public class ReportTemplates {

    private static final SortFields SORT = SortFields.builder()
            .field("name", "lower(name)")
            .field("created_at", "created_at")
            .field("updated_at", "updated_at")
            .defaultSort(Sort.by(Sort.Direction.DESC, "updated_at"));

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Catalogue catalogue;
    private final AuditLog audit;
    private final Clock clock;

    ReportTemplates(JdbcClient jdbc, JsonMapper json, Catalogue catalogue, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.catalogue = catalogue;
        this.audit = audit;
        this.clock = clock;
    }

    /** Saves a checked definition under {@code name}. */
    @Transactional
    public ReportTemplateView save(String name, ReportDefinition definition, ReportFormat format, CurrentUser owner) {
        ReportQuery.check(definition, catalogue);
        var id = UUID.randomUUID();
        var now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        INSERT INTO report_templates (id, owner_id, name, entity, definition, format, created_at, updated_at)
                        VALUES (:id, :owner, :name, :entity, CAST(:definition AS jsonb), :format, :now, :now)
                        """)
                .param("id", id)
                .param("owner", owner.id())
                .param("name", checkedName(name))
                .param("entity", definition.entity())
                .param("definition", json.writeValueAsString(definition))
                .param("format", format.value())
                .param("now", now)
                .update();
        var view = find(id, owner);
        audit.record("report_template.created", "report_template", id, null, view);
        return view;
    }

    @Transactional(readOnly = true)
    public PageResponse<ReportTemplateView> list(Paging paging, CurrentUser owner) {
        var order = paging.sortBy(SORT).stream()
                .map(o -> o.getProperty() + (o.isAscending() ? " ASC" : " DESC"))
                .collect(Collectors.joining(", "));
        var rows = jdbc.sql("SELECT * FROM report_templates WHERE owner_id = :owner ORDER BY " + order
                        + ", id LIMIT :limit OFFSET :offset")
                .param("owner", owner.id())
                .param("limit", paging.limit())
                .param("offset", paging.offset())
                .query(this::map)
                .list();
        var total = jdbc.sql("SELECT count(*) FROM report_templates WHERE owner_id = :owner")
                .param("owner", owner.id())
                .query(Long.class)
                .single();
        return PageResponse.of(new PageImpl<>(rows, PageRequest.of(paging.page() - 1, paging.limit()), total));
    }

    /** @throws NotFoundException when there is no such template or it is someone else's */
    @Transactional(readOnly = true)
    public ReportTemplateView find(UUID id, CurrentUser owner) {
        return jdbc.sql("SELECT * FROM report_templates WHERE id = :id AND owner_id = :owner")
                .param("id", id)
                .param("owner", owner.id())
                .query(this::map)
                .optional()
                .orElseThrow(() -> NotFoundException.of("Report template", id));
    }

    @Transactional
    public ReportTemplateView update(
            UUID id, String name, ReportDefinition definition, ReportFormat format, long version, CurrentUser owner) {
        var before = find(id, owner);
        if (before.version() != version) {
            throw ConflictException.staleVersion("Report template", version, before.version());
        }
        ReportQuery.check(definition, catalogue);
        var updated = jdbc.sql("""
                        UPDATE report_templates
                        SET name = :name, entity = :entity, definition = CAST(:definition AS jsonb), format = :format,
                            updated_at = :now, version = version + 1
                        WHERE id = :id AND owner_id = :owner AND version = :version
                        """)
                .param("id", id)
                .param("owner", owner.id())
                .param("version", version)
                .param("name", checkedName(name))
                .param("entity", definition.entity())
                .param("definition", json.writeValueAsString(definition))
                .param("format", format.value())
                .param("now", Timestamp.from(clock.instant()))
                .update();
        if (updated != 1) {
            throw ConflictException.staleVersion("Report template", version, version + 1);
        }
        var after = find(id, owner);
        audit.record("report_template.updated", "report_template", id, before, after);
        return after;
    }

    @Transactional
    public void delete(UUID id, CurrentUser owner) {
        var before = find(id, owner);
        jdbc.sql("DELETE FROM report_templates WHERE id = :id").param("id", id).update();
        audit.record("report_template.deleted", "report_template", id, before, null);
    }

    private static String checkedName(String name) {
        var stripped = name.strip();
        if (stripped.isEmpty() || stripped.length() > 200) {
            throw InvalidInputException.field("name", "must be between 1 and 200 characters");
        }
        return stripped;
    }

    private ReportTemplateView map(ResultSet rs, int row) throws SQLException {
        var id = rs.getObject("id", UUID.class);
        return new ReportTemplateView(
                id,
                rs.getString("name"),
                rs.getString("entity"),
                json.readValue(rs.getString("definition"), ReportDefinition.class),
                ReportFormat.parse(rs.getString("format"), ReportFormat.JSON, "format"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getLong("version"),
                "/api/reports/" + id + "/download");
    }
}
