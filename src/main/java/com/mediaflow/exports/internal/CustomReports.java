package com.mediaflow.exports.internal;

import com.mediaflow.shared.audit.AuditLog;
import com.mediaflow.shared.security.CurrentUser;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Runs custom reports: checks the definition against the catalogue, applies the member's visibility,
 * and answers with JSON rows or a file (a background job when large); saves and re-runs templates.
 */
@Service
public class CustomReports {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Catalogue catalogue;
    private final ReportRunner runner;
    private final TableDelivery delivery;
    private final ReportTemplates templates;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final com.mediaflow.exports.ExportsProperties properties;

    CustomReports(
            Catalogue catalogue,
            ReportRunner runner,
            TableDelivery delivery,
            ReportTemplates templates,
            AuditLog audit,
            PlatformTransactionManager transactions,
            JsonMapper json,
            com.mediaflow.exports.ExportsProperties properties) {
        this.catalogue = catalogue;
        this.runner = runner;
        this.delivery = delivery;
        this.templates = templates;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.json = json;
        this.properties = properties;
    }

    /**
     * Runs the report; with {@code saveAs}, saves it as a template first (a JSON answer names it in
     * {@code template_id} and {@code Location}).
     */
    public ResponseEntity<StreamingResponseBody> run(
            ReportDefinition definition, ReportFormat format, @Nullable String saveAs, CurrentUser user) {
        var query = ReportQuery.check(definition, catalogue);
        var prepared = runner.prepare(query, user);
        UUID templateId = saveAs == null
                ? null
                : templates.save(saveAs, definition, format, user).id();
        return answer(prepared, definition, format, templateId, user);
    }

    /** Re-runs a saved template with today's data, in its own format unless another is asked for. */
    public ResponseEntity<StreamingResponseBody> download(UUID templateId, @Nullable String format, CurrentUser user) {
        var template = templates.find(templateId, user);
        var chosen = ReportFormat.parse(format, template.format(), "format");
        var query = ReportQuery.check(template.definition(), catalogue);
        var prepared = runner.prepare(query, user);
        return answer(prepared, template.definition(), chosen, null, user);
    }

    private ResponseEntity<StreamingResponseBody> answer(
            ReportRunner.Prepared prepared,
            ReportDefinition definition,
            ReportFormat format,
            @Nullable UUID templateId,
            CurrentUser user) {
        Map<String, Object> details = Map.of("definition", json.convertValue(definition, Map.class));
        if (format != ReportFormat.JSON) {
            return delivery.deliver(
                    prepared,
                    format.table(),
                    false,
                    "report.run",
                    "report.custom",
                    "report-" + definition.entity(),
                    details,
                    user);
        }
        var rows = runner.rows(prepared, properties.jsonRowLimit());
        var truncated = rows.size() > properties.jsonRowLimit();
        if (truncated) {
            rows = rows.subList(0, properties.jsonRowLimit());
        }
        transaction.executeWithoutResult(status -> audit.record(
                "report.run",
                "export",
                prepared.query().entity().name(),
                null,
                Map.of("format", "json", "definition", details.get("definition"), "row_count", prepared.rows())));
        var result = new ReportResult(
                prepared.query().entity().name(),
                prepared.query().outputs(),
                json(prepared.query().outputs(), rows),
                prepared.rows(),
                truncated,
                templateId);
        StreamingResponseBody body = out -> out.write(json.writeValueAsBytes(result));
        var response = ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON);
        if (templateId != null) {
            response.location(URI.create("/api/reports/templates/" + templateId));
        }
        return response.body(body);
    }

    private static List<JsonNode> json(List<OutputColumn> columns, List<Object[]> rows) {
        List<JsonNode> nodes = new ArrayList<>(rows.size());
        for (var row : rows) {
            var node = NODES.objectNode();
            for (int i = 0; i < columns.size(); i++) {
                var name = columns.get(i).name();
                var value = row[i];
                if (value == null) {
                    node.putNull(name);
                } else if (value instanceof MoneyValue money) {
                    node.put(name, money.amount());
                } else if (value instanceof BigDecimal number) {
                    node.put(name, number);
                } else if (value instanceof Long number) {
                    node.put(name, number);
                } else if (value instanceof Boolean flag) {
                    node.put(name, flag);
                } else if (value instanceof LocalDate day) {
                    node.put(name, day.toString());
                } else {
                    node.put(name, value.toString());
                }
            }
            nodes.add(node);
        }
        return nodes;
    }
}
