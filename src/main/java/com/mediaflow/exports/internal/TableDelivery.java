package com.mediaflow.exports.internal;

import com.mediaflow.exports.ExportsProperties;
import com.mediaflow.jobs.BackgroundJobs;
import com.mediaflow.jobs.JobRequest;
import com.mediaflow.shared.audit.AuditLog;
import com.mediaflow.shared.security.CurrentUser;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hands a prepared report to the member as a file: streamed in the response while it is small,
 * as a background job (202 with the job's ticket) once it has more rows than
 * {@code mediaflow.exports.background-threshold}. Either way the audit log records who exported
 * what, with which filters, and how many rows.
 */
@Component
public class TableDelivery {

    private final ReportRunner runner;
    private final BackgroundJobs jobs;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final ExportsProperties properties;
    private final Clock clock;
    private final JsonMapper json;

    TableDelivery(
            ReportRunner runner,
            BackgroundJobs jobs,
            AuditLog audit,
            PlatformTransactionManager transactions,
            ExportsProperties properties,
            Clock clock,
            JsonMapper json) {
        this.json = json;
        this.runner = runner;
        this.jobs = jobs;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * @param action the audit action, e.g. {@code export.created}
     * @param kind the kind of job, should it become one, e.g. {@code export.contacts}
     * @param baseName the file's name without date and extension, e.g. {@code contacts}
     * @param details what was asked for (filters, columns), for the audit log and the job
     */
    public ResponseEntity<StreamingResponseBody> deliver(
            ReportRunner.Prepared prepared,
            TableFormat format,
            boolean bom,
            String action,
            String kind,
            String baseName,
            Map<String, Object> details,
            CurrentUser user) {
        var fileName = baseName + "-" + LocalDate.now(clock.withZone(prepared.zone())) + "." + format.extension();
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("entity", prepared.query().entity().name());
        record.put("format", format.value());
        record.putAll(details);
        record.put("row_count", prepared.rows());
        if (prepared.rows() > properties.backgroundThreshold()) {
            return transaction.execute(status -> {
                var ticket = jobs.submit(
                        new JobRequest(kind, user.id(), fileName, format.contentType(), Map.copyOf(record)),
                        context -> runner.write(prepared, format, bom, context.output(), context::progress));
                record.put("job_id", ticket.jobId());
                audit.record(action, "export", prepared.query().entity().name(), null, record);
                var accepted = ticket.accepted();
                // One return type for both answers: the ticket is written as the (JSON) stream.
                StreamingResponseBody ticketJson = out -> out.write(json.writeValueAsBytes(ticket));
                return ResponseEntity.status(accepted.getStatusCode())
                        .headers(accepted.getHeaders())
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(ticketJson);
            });
        }
        transaction.executeWithoutResult(status ->
                audit.record(action, "export", prepared.query().entity().name(), null, record));
        StreamingResponseBody body = out -> runner.write(prepared, format, bom, out, ReportRunner.Progress.NONE);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.contentType()))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }
}
