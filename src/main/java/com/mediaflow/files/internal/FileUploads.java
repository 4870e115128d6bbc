package com.mediaflow.files.internal;

import com.mediaflow.files.FileUploaded;
import com.mediaflow.files.FilesProperties;
import com.mediaflow.files.StoredFile;
import com.mediaflow.shared.audit.AuditLog;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.web.InvalidInputException;
import com.mediaflow.shared.web.UnsupportedMediaTypeException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes a file in: checks who may attach it, its name, its type (from the bytes) and its size,
 * streams it to the storage while hashing it, checks an image's header against the pixel limits,
 * and only then writes its record. The bytes go first, under a fresh random key, and are removed
 * again when anything after fails, so a failed upload leaves neither a record nor an object.
 *
 * <p>No database transaction is open while the bytes stream (unless the caller holds one): a slow
 * upload holds no connection.
 */
@Service
public class FileUploads {

    /** How much of an image is read to find its header: enough for any real-world metadata. */
    private static final long IMAGE_HEADER_BYTES = 16L * 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(FileUploads.class);

    private final AttachmentOwners owners;
    private final AttachmentRepository attachments;
    private final FileStorage storage;
    private final TypeDetection types;
    private final ImageHeaders images;
    private final Thumbnailing thumbnailing;
    private final FilesProperties properties;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FileUploads(
            AttachmentOwners owners,
            AttachmentRepository attachments,
            FileStorage storage,
            TypeDetection types,
            ImageHeaders images,
            Thumbnailing thumbnailing,
            FilesProperties properties,
            TransactionTemplate transactions,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.owners = owners;
        this.attachments = attachments;
        this.storage = storage;
        this.types = types;
        this.images = images;
        this.thumbnailing = thumbnailing;
        this.properties = properties;
        this.transactions = transactions;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Attaches a file to a record.
     *
     * @param originalName the uploader's name for the file; shown and offered on download, never
     *     used to store it
     */
    public StoredFile store(
            String entityType,
            UUID entityId,
            @Nullable String originalName,
            InputStream content,
            CurrentUser uploader) {
        owners.of(entityType).requireWritable(uploader, entityId);
        var fileName = FileNames.clean(originalName);
        byte[] head;
        try {
            head = content.readNBytes(types.headLength());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the upload", e);
        }
        if (head.length == 0) {
            throw InvalidInputException.field("file", "is empty");
        }
        var type = types.detect(head, fileName);
        if (!types.isAllowed(type)) {
            throw UnsupportedMediaTypeException.because(
                    "Files of type " + type + " are not accepted (the type is read from the content, not the name)",
                    Map.of("detected_type", type.toString(), "allowed_types", types.allowedTypes()));
        }
        var contentType = type.toString();
        var key = StorageKeys.newFileKey();
        var committed = false;
        try {
            var measured = new MeasuringInputStream(
                    new SequenceInputStream(new ByteArrayInputStream(head), content),
                    properties.maxFileSize().toBytes());
            storage.write(key, measured);
            var size = measured.count();
            var sha256 = measured.sha256();
            Integer width = null;
            Integer height = null;
            if (contentType.startsWith("image/")) {
                try (var header = storage.read(key, 0, Math.min(size, IMAGE_HEADER_BYTES))) {
                    var dimensions = images.check(contentType, header);
                    if (dimensions.isPresent()) {
                        width = dimensions.get().width();
                        height = dimensions.get().height();
                    }
                }
            }
            var upload = new Attachment.Upload(
                    entityType,
                    entityId,
                    fileName,
                    contentType,
                    size,
                    sha256,
                    key,
                    width,
                    height,
                    thumbnailing.whyNone(contentType));
            var stored = transactions.execute(status -> {
                removeOnRollback(key);
                var attachment = attachments.saveAndFlush(Attachment.of(upload, uploader.id(), clock.instant()));
                var view = attachment.view();
                audit.record("file.uploaded", "file", attachment.id(), null, view);
                events.publishEvent(new FileUploaded(attachment.id(), entityType, entityId, contentType, size));
                return view;
            });
            committed = true;
            return stored;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the upload", e);
        } finally {
            if (!committed) {
                discard(key);
            }
        }
    }

    /**
     * When a caller's transaction is joined ({@code FileAttachments#store} called from another
     * module's service), that transaction may still roll back after this returns: the bytes go too.
     */
    private void removeOnRollback(String key) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_ROLLED_BACK) {
                    discard(key);
                }
            }
        });
    }

    private void discard(String key) {
        try {
            storage.delete(key);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not remove the bytes of a failed upload ({}); the orphan sweep will", key, e);
        }
    }
}
