package com.mediaflow.exports;

import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.support.TestUsers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Contacts made straight in the database, and parsers of exported files. */
final class ExportFixtures {

    private final JdbcClient jdbc;

    ExportFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String uniqueTag() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** A company contact with this name and tag, created at {@code createdAt}; its id. */
    UUID contact(String name, String tag, TestUsers.TestUser createdBy, Instant createdAt) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO contacts (id, type, display_name, email, tags, created_by, created_at, updated_at)
                        VALUES (:id, 'COMPANY', :name, :email, ARRAY[CAST(:tag AS text)], :createdBy, :at, :at)
                        """)
                .param("id", id)
                .param("name", name)
                .param("email", id + "@clients.test")
                .param("tag", tag)
                .param("createdBy", createdBy.id())
                .param("at", Timestamp.from(createdAt))
                .update();
        return id;
    }

    static List<CSVRecord> csv(MvcTestResult result) {
        try {
            var bytes = result.getResponse().getContentAsByteArray();
            var text = new String(bytes, StandardCharsets.UTF_8);
            assertThat(text).doesNotStartWith("\uFEFF");
            return CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8))
                    .getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> csvHeader(MvcTestResult result) {
        var text = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        return List.of(text.lines().findFirst().orElseThrow().split(","));
    }

    static XSSFWorkbook xlsx(MvcTestResult result) {
        try {
            return new XSSFWorkbook(
                    new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
