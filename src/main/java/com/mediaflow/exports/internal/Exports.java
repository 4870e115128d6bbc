package com.mediaflow.exports.internal;

import com.mediaflow.organization.OrganizationDirectory;
import com.mediaflow.shared.security.CurrentUser;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Function;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The exports of contacts, projects, tasks, expenses and income: the catalogue's export columns, filtered. */
@Service
public class Exports {

    private final Catalogue catalogue;
    private final ReportRunner runner;
    private final TableDelivery delivery;
    private final OrganizationDirectory organization;

    Exports(Catalogue catalogue, ReportRunner runner, TableDelivery delivery, OrganizationDirectory organization) {
        this.catalogue = catalogue;
        this.runner = runner;
        this.delivery = delivery;
        this.organization = organization;
    }

    /**
     * Exports {@code entity} with the filters that {@code filters} adds, as a streamed file or, when
     * large, a background job.
     */
    public ResponseEntity<StreamingResponseBody> export(
            String entity,
            Function<ExportFilters, ExportFilters> filters,
            TableFormat format,
            boolean bom,
            CurrentUser user) {
        var definition = catalogue.entity(entity, "entity");
        var applied = filters.apply(new ExportFilters(definition));
        var query = ReportQuery.check(applied.definition(), catalogue);
        var prepared = runner.prepare(query, user);
        return delivery.deliver(
                prepared,
                format,
                bom,
                "export.created",
                "export." + entity,
                entity,
                Map.of("filters", applied.given()),
                user);
    }

    /** The studio's time zone, in which days of timestamps are counted. */
    public ZoneId zone() {
        return ZoneId.of(organization.current().timezone());
    }
}
