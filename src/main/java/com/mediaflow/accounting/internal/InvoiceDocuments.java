package com.mediaflow.accounting.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The archive of issued documents: the PDF of an invoice or credit note as it was issued, stored
 * once and served byte for byte from then on (it is what the client was sent), with its SHA-256.
 */
@Component
class InvoiceDocuments {

    private final JdbcClient jdbc;

    InvoiceDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps {@code pdf} unless the document is already archived (the first copy stays). */
    @Transactional(propagation = Propagation.MANDATORY)
    void archive(UUID invoiceId, byte[] pdf, Instant now) {
        jdbc.sql("""
                        INSERT INTO accounting_invoice_documents (invoice_id, content, sha256, rendered_at)
                        VALUES (:id, :content, :sha256, :now)
                        ON CONFLICT (invoice_id) DO NOTHING
                        """)
                .param("id", invoiceId)
                .param("content", pdf)
                .param("sha256", sha256(pdf))
                .param("now", Timestamp.from(now))
                .update();
    }

    @Transactional(readOnly = true)
    Optional<byte[]> archived(UUID invoiceId) {
        return jdbc.sql("SELECT content FROM accounting_invoice_documents WHERE invoice_id = :id")
                .param("id", invoiceId)
                .query(byte[].class)
                .optional();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
