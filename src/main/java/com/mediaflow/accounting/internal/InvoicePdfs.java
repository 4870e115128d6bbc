package com.mediaflow.accounting.internal;

import com.mediaflow.documents.DocumentImage;
import com.mediaflow.documents.DocumentRenderer;
import com.mediaflow.files.FileAttachments;
import com.mediaflow.organization.OrganizationDirectory;
import com.mediaflow.projects.ProjectDirectory;
import com.mediaflow.shared.security.CurrentUser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PDF of an invoice or credit note. A draft is rendered live with a DRAFT mark. An issued one
 * is rendered once, when it is issued, and that archived copy (the one that was sent) is served
 * byte for byte ever after; {@code copy=current} renders it again with its current status mark
 * (PAID, VOID, CREDITED) for the studio's own use.
 */
@Service
public class InvoicePdfs {

    private static final Set<String> LOGO_TYPES = Set.of("image/png", "image/jpeg");

    private final InvoiceFinder finder;
    private final InvoiceRepository invoices;
    private final InvoiceDocuments archive;
    private final DocumentRenderer renderer;
    private final OrganizationDirectory organization;
    private final ProjectDirectory projects;
    private final FileAttachments files;
    private final Clock clock;

    InvoicePdfs(
            InvoiceFinder finder,
            InvoiceRepository invoices,
            InvoiceDocuments archive,
            DocumentRenderer renderer,
            OrganizationDirectory organization,
            ProjectDirectory projects,
            FileAttachments files,
            Clock clock) {
        this.finder = finder;
        this.invoices = invoices;
        this.archive = archive;
        this.renderer = renderer;
        this.organization = organization;
        this.projects = projects;
        this.files = files;
        this.clock = clock;
    }

    /** Which rendering of an issued document is asked for. */
    public enum Copy {
        ARCHIVED,
        CURRENT
    }

    /** The PDF and the file name to offer it under. */
    public record Pdf(String filename, byte[] content) {}

    @Transactional
    public Pdf pdf(UUID id, Copy copy, CurrentUser viewer) {
        var invoice = finder.visible(id, viewer);
        if (invoice.status() == InvoiceStatus.DRAFT) {
            return new Pdf("draft-" + id + ".pdf", render(invoice, "DRAFT"));
        }
        var filename = Objects.requireNonNull(invoice.number()) + ".pdf";
        if (copy == Copy.CURRENT) {
            return new Pdf(filename, render(invoice, currentMark(invoice)));
        }
        return new Pdf(filename, archived(invoice));
    }

    /**
     * The archived copy of an issued document. It is rendered and kept right after issuing; should
     * that have failed, the first caller renders and keeps it (from the issued, unchangeable data),
     * and every later caller gets those same bytes.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    byte[] archived(Invoice invoice) {
        var id = invoice.id();
        return archive.archived(id).orElseGet(() -> {
            archive.archive(id, render(invoice, issuedMark(invoice)), clock.instant());
            return archive.archived(id)
                    .orElseThrow(() -> new IllegalStateException("Issued invoice " + id + " has no archived PDF"));
        });
    }

    /** Renders the document as it is now; {@code mark} is printed across the first page. */
    byte[] render(Invoice invoice, @Nullable String mark) {
        var view = finder.view(invoice);
        String credited = null;
        if (invoice.creditNoteOf() != null) {
            credited = invoices.findById(invoice.creditNoteOf())
                    .map(Invoice::number)
                    .orElse(null);
        }
        var project = invoice.projectId() == null
                ? null
                : projects.find(invoice.projectId())
                        .map(p -> p.code() + " " + p.name())
                        .orElse(null);
        var studio = organization.current();
        var logo = logo(studio.logoFileId());
        var model = InvoiceDocumentModel.of(view, studio, credited, project, mark, logo.isPresent());
        return renderer.pdf("invoice", model, logo.map(List::of).orElse(List.of()));
    }

    /** The studio's logo, when it has one that is a PNG or JPEG file. */
    private Optional<DocumentImage> logo(@Nullable UUID fileId) {
        if (fileId == null) {
            return Optional.empty();
        }
        var file = files.find(fileId).filter(found -> LOGO_TYPES.contains(found.contentType()));
        if (file.isEmpty()) {
            return Optional.empty();
        }
        try (var content = files.open(fileId)) {
            return Optional.of(new DocumentImage("logo", content.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the studio's logo " + fileId, e);
        }
    }

    /** The mark an issued document is archived with: credit notes say so; an issued invoice has none. */
    static @Nullable String issuedMark(Invoice invoice) {
        return invoice.kind() == InvoiceKind.CREDIT_NOTE ? "CREDIT NOTE" : null;
    }

    private static @Nullable String currentMark(Invoice invoice) {
        switch (invoice.status()) {
            case PAID:
                return "PAID";
            case VOID:
                return "VOID";
            case CREDITED:
                return "CREDITED";
            default:
                return issuedMark(invoice);
        }
    }
}
