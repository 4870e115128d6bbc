package com.mediaflow.accounting.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InvoiceRepository extends JpaRepository<Invoice, UUID>, JpaSpecificationExecutor<Invoice> {

    long countByProjectId(UUID projectId);

    @Query("select i from Invoice i where i.creditNoteOf = :id order by i.issuedAt, i.id")
    List<Invoice> creditNotesOf(@Param("id") UUID id);

    /** Open invoices whose due date is before {@code today} (the balance is checked by the caller). */
    @Query("select i.id from Invoice i where i.kind = com.mediaflow.accounting.internal.InvoiceKind.INVOICE"
            + " and i.status in (com.mediaflow.accounting.internal.InvoiceStatus.ISSUED,"
            + " com.mediaflow.accounting.internal.InvoiceStatus.SENT,"
            + " com.mediaflow.accounting.internal.InvoiceStatus.PARTIALLY_PAID)"
            + " and i.dueDate < :today order by i.dueDate, i.id")
    List<UUID> openAndPastDue(@Param("today") LocalDate today);
}
