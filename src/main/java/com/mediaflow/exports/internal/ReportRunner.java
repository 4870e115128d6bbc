package com.mediaflow.exports.internal;

import com.mediaflow.exports.ExportsProperties;
import com.mediaflow.organization.OrganizationDirectory;
import com.mediaflow.shared.security.CurrentUser;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs checked reports against the database: counts their rows, and streams them from a cursor
 * (PostgreSQL fetches {@code fetch-size} rows at a time inside a read-only transaction) into a CSV or
 * XLSX writer, never holding the whole result.
 */
@Component
public class ReportRunner {

    /** Told how many rows are written, for progress. */
    @FunctionalInterface
    public interface Progress {
        void rows(long done, long total);

        Progress NONE = (done, total) -> {};
    }

    /**
     * A report ready to run for one member: its SQL with that member's visibility, and how many rows
     * it has now.
     */
    public record Prepared(ReportQuery query, ReportQuery.Sql sql, long rows, ZoneId zone) {}

    private final NamedParameterJdbcTemplate streaming;
    private final NamedParameterJdbcTemplate plain;
    private final TransactionTemplate readOnly;
    private final Visibility visibility;
    private final OrganizationDirectory organization;
    private final ExportsProperties properties;
    private final Clock clock;

    ReportRunner(
            DataSource dataSource,
            PlatformTransactionManager transactions,
            Visibility visibility,
            OrganizationDirectory organization,
            ExportsProperties properties,
            Clock clock) {
        var cursor = new JdbcTemplate(dataSource);
        cursor.setFetchSize(properties.fetchSize());
        this.streaming = new NamedParameterJdbcTemplate(cursor);
        this.plain = new NamedParameterJdbcTemplate(dataSource);
        this.readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        this.visibility = visibility;
        this.organization = organization;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Applies {@code user}'s visibility and counts the rows (cheaply: {@code count(*)} of the same
     * query, without its order).
     *
     * @throws com.mediaflow.shared.web.ForbiddenException when the member may not read the entity
     */
    public Prepared prepare(ReportQuery query, CurrentUser user) {
        var zone = ZoneId.of(organization.current().timezone());
        var today = LocalDate.now(clock.withZone(zone));
        var conditions = visibility.of(query.entity(), user);
        var sql = query.sql(conditions, today, null);
        var rows = Objects.requireNonNull(
                readOnly.execute(status -> plain.queryForObject(sql.count(), sql.params(), Long.class)));
        return new Prepared(query, sql, rows, zone);
    }

    /** Writes the report as a file; returns the number of rows written. */
    public long write(Prepared prepared, TableFormat format, boolean bom, OutputStream out, Progress progress)
            throws IOException {
        try (var writer = writer(format, bom, out, prepared)) {
            writer.header(prepared.query().outputs());
            var written = new long[1];
            readOnly.executeWithoutResult(status ->
                    streaming.query(prepared.sql().select(), prepared.sql().params(), rs -> {
                        try {
                            writer.row(prepared.query().read(rs));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        written[0]++;
                        progress.rows(written[0], Math.max(prepared.rows(), written[0]));
                    }));
            writer.finish();
            return written[0];
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The first {@code limit} rows, for a JSON answer. */
    public List<Object[]> rows(Prepared prepared, int limit) {
        List<Object[]> rows = new ArrayList<>();
        var select = prepared.sql().select() + " LIMIT " + (limit + 1);
        readOnly.executeWithoutResult(status ->
                plain.query(select, prepared.sql().params(), rs -> {
                    if (rows.size() < limit) {
                        rows.add(prepared.query().read(rs));
                    }
                }));
        return rows;
    }

    private TableWriter writer(TableFormat format, boolean bom, OutputStream out, Prepared prepared)
            throws IOException {
        return switch (format) {
            case CSV -> new CsvTableWriter(out, bom);
            case XLSX ->
                new XlsxTableWriter(
                        out,
                        prepared.zone(),
                        properties.xlsxWindow(),
                        prepared.query().entity().name());
        };
    }
}
