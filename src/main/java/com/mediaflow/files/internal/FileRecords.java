package com.mediaflow.files.internal;

import com.mediaflow.files.FileDeleted;
import com.mediaflow.files.StoredFile;
import com.mediaflow.shared.audit.AuditLog;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.security.Permission;
import com.mediaflow.shared.web.ForbiddenException;
import com.mediaflow.shared.web.NotFoundException;
import com.mediaflow.shared.web.PageResponse;
import com.mediaflow.shared.web.Paging;
import com.mediaflow.shared.web.SortFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The files of a record: listing, finding and deleting them. A file is exactly as visible as the
 * record it is attached to; one whose record is hidden from a member does not exist for them.
 */
@Service
public class FileRecords {

    static final SortFields SORT = SortFields.builder()
            .field("created_at", "createdAt")
            .field("file_name", "fileName")
            .field("size_bytes", "sizeBytes")
            .field("content_type", "contentType")
            .defaultSort(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id")));

    private static final Logger log = LoggerFactory.getLogger(FileRecords.class);

    private final AttachmentRepository attachments;
    private final AttachmentOwners owners;
    private final FileStorage storage;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    FileRecords(
            AttachmentRepository attachments,
            AttachmentOwners owners,
            FileStorage storage,
            AuditLog audit,
            ApplicationEventPublisher events) {
        this.attachments = attachments;
        this.owners = owners;
        this.storage = storage;
        this.audit = audit;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public PageResponse<StoredFile> list(String entityType, UUID entityId, Paging paging, CurrentUser viewer) {
        owners.of(entityType).requireReadable(viewer, entityId);
        return PageResponse.of(
                attachments.findByEntityTypeAndEntityId(entityType, entityId, paging.pageable(SORT)), Attachment::view);
    }

    @Transactional(readOnly = true)
    public StoredFile get(UUID id, CurrentUser viewer) {
        return findReadable(id, viewer).view();
    }

    @Transactional
    public void delete(UUID id, CurrentUser actor) {
        var attachment = findReadable(id, actor);
        owners.of(attachment.entityType()).requireWritable(actor, attachment.entityId());
        if (!actor.id().equals(attachment.uploadedBy()) && !actor.has(Permission.CAN_MANAGE_ASSETS)) {
            throw ForbiddenException.because(
                    "Only whoever uploaded a file, or someone who may manage assets, " + "may delete it");
        }
        remove(attachment);
    }

    /** The file, if {@code viewer} may see the record it is attached to; the same 404 otherwise. */
    Attachment findReadable(UUID id, CurrentUser viewer) {
        var attachment = attachments.findById(id).orElseThrow(() -> NotFoundException.of("File", id));
        try {
            owners.of(attachment.entityType()).requireReadable(viewer, attachment.entityId());
        } catch (NotFoundException e) {
            // Say nothing about the record the file belongs to.
            throw NotFoundException.of("File", id);
        }
        return attachment;
    }

    @Transactional(readOnly = true)
    public Optional<StoredFile> find(UUID id) {
        return attachments.findById(id).map(Attachment::view);
    }

    @Transactional(readOnly = true)
    public List<StoredFile> listAll(String entityType, UUID entityId) {
        return attachments.findByEntityTypeAndEntityIdOrderByCreatedAtDescIdAsc(entityType, entityId).stream()
                .map(Attachment::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public long count(String entityType, UUID entityId) {
        return attachments.countByEntityTypeAndEntityId(entityType, entityId);
    }

    @Transactional
    public void deleteAllOf(String entityType, UUID entityId) {
        attachments
                .findByEntityTypeAndEntityIdOrderByCreatedAtDescIdAsc(entityType, entityId)
                .forEach(this::remove);
    }

    /**
     * Deletes the record now and its bytes once the deletion commits: bytes deleted before a
     * rollback could not be brought back. Should the process die in between, the orphan sweep
     * removes them.
     */
    private void remove(Attachment attachment) {
        var before = attachment.view();
        attachments.delete(attachment);
        attachments.flush();
        audit.record("file.deleted", "file", attachment.id(), before, null);
        events.publishEvent(new FileDeleted(attachment.id(), attachment.entityType(), attachment.entityId()));
        List<String> keys = new ArrayList<>();
        keys.add(attachment.storageKey());
        if (attachment.thumbnailKey() != null) {
            keys.add(attachment.thumbnailKey());
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                for (var key : keys) {
                    try {
                        storage.delete(key);
                    } catch (IOException | RuntimeException e) {
                        log.warn("Could not delete the bytes {} of a deleted file; the orphan sweep will", key, e);
                    }
                }
            }
        });
    }
}
