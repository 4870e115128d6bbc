package com.mediaflow.contacts.internal;

import com.fasterxml.jackson.annotation.JsonValue;
import com.mediaflow.shared.web.InvalidInputException.FieldError;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a CSV import did, row by row. Every data row of the file has exactly one result.
 *
 * @param totalRows the data rows of the file (blank rows are not counted)
 * @param companiesCreated companies created because a person's {@code company} named one that did not exist
 * @param ignoredColumns columns that match no field and were not mapped
 */
public record ImportReport(
        int totalRows,
        int created,
        int skipped,
        int rejected,
        int companiesCreated,
        List<String> ignoredColumns,
        List<RowResult> rows) {

    public enum Status {
        /** The row became a new contact. */
        CREATED,
        /** The row duplicates a contact that exists or an earlier row of the file; nothing was stored. */
        SKIPPED,
        /** The row is not valid; nothing was stored. */
        REJECTED;

        @JsonValue
        public String value() {
            return name().toLowerCase();
        }
    }

    /**
     * @param row the row's place in the file, the header being row 1
     * @param contactId the contact created from the row
     * @param companyId for a person, the company they were linked to (found or created)
     * @param duplicateOf for a skipped row, the contact it duplicates
     * @param reason why the row was skipped or rejected
     * @param errors for a rejected row, each field that is wrong
     */
    public record RowResult(
            long row,
            Status status,
            @Nullable UUID contactId,
            @Nullable UUID companyId,
            @Nullable UUID duplicateOf,
            @Nullable String reason,
            List<FieldError> errors) {

        static RowResult created(long row, UUID contactId, @Nullable UUID companyId) {
            return new RowResult(row, Status.CREATED, contactId, companyId, null, null, List.of());
        }

        static RowResult skipped(long row, UUID duplicateOf, String reason) {
            return new RowResult(row, Status.SKIPPED, null, null, duplicateOf, reason, List.of());
        }

        static RowResult rejected(long row, String reason, List<FieldError> errors) {
            return new RowResult(row, Status.REJECTED, null, null, null, reason, List.copyOf(errors));
        }
    }

    static ImportReport of(List<RowResult> rows, int companiesCreated, List<String> ignoredColumns) {
        return new ImportReport(
                rows.size(),
                count(rows, Status.CREATED),
                count(rows, Status.SKIPPED),
                count(rows, Status.REJECTED),
                companiesCreated,
                ignoredColumns,
                List.copyOf(rows));
    }

    private static int count(List<RowResult> rows, Status status) {
        return (int) rows.stream().filter(row -> row.status() == status).count();
    }
}
