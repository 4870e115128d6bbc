package com.mediaflow.files;

import com.mediaflow.files.internal.FileContents;
import com.mediaflow.files.internal.FileRecords;
import com.mediaflow.files.internal.FileUploads;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.web.ForbiddenException;
import com.mediaflow.shared.web.InvalidInputException;
import com.mediaflow.shared.web.NotFoundException;
import com.mediaflow.shared.web.PayloadTooLargeException;
import com.mediaflow.shared.web.UnsupportedMediaTypeException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * What other modules may do with files: attach one to their records (a receipt to an expense),
 * list and read the files of a record, and remove them all when the record goes.
 *
 * <p>Only {@link #store} checks who is acting (through the record type's {@link AttachmentOwner});
 * the lookups trust the caller to have checked that the member may see the record, as the module
 * that owns it does anyway. The HTTP routes under {@code /api/files} check every request.
 */
@Service
public class FileAttachments {

    private final FileUploads uploads;
    private final FileRecords records;
    private final FileContents contents;

    FileAttachments(FileUploads uploads, FileRecords records, FileContents contents) {
        this.uploads = uploads;
        this.records = records;
        this.contents = contents;
    }

    /**
     * Stores {@code content} and attaches it to the record. The type is read from the bytes and
     * must be one of {@code mediaflow.files.allowed-types}; the size may not exceed
     * {@code mediaflow.files.max-file-size}; images may not exceed the pixel limits. On any
     * failure nothing is kept. The caller closes {@code content}; the upload rate limit is the
     * caller's to apply (the HTTP route does). Called within a transaction, the file's record
     * joins it and its bytes are removed again should it roll back; call it outside one where you
     * can, so that no database connection waits while the bytes stream.
     *
     * @param originalName the uploader's name for the file, shown and offered on download only
     * @throws InvalidInputException for an unknown entity type, an empty file, a file name with a
     *     path or control characters, or an image over the pixel limits
     * @throws UnsupportedMediaTypeException for a type that is not allowed
     * @throws PayloadTooLargeException for a file over the size limit
     * @throws NotFoundException when the record is missing or hidden from {@code uploader}
     * @throws ForbiddenException when {@code uploader} may see the record but not add files to it
     */
    public StoredFile store(
            String entityType,
            UUID entityId,
            @Nullable String originalName,
            InputStream content,
            CurrentUser uploader) {
        return uploads.store(entityType, entityId, originalName, content, uploader);
    }

    /** The files of a record, newest first. */
    public List<StoredFile> list(String entityType, UUID entityId) {
        return records.listAll(entityType, entityId);
    }

    /** How many files a record has, e.g. to refuse deleting a record that still has some. */
    public long count(String entityType, UUID entityId) {
        return records.count(entityType, entityId);
    }

    public Optional<StoredFile> find(UUID id) {
        return records.find(id);
    }

    /**
     * The bytes of a file, to embed or send on (a logo in a PDF, a receipt in an e-mail). The
     * caller closes the stream.
     *
     * @throws NotFoundException when there is no such file
     */
    public InputStream open(UUID id) throws IOException {
        return contents.open(id);
    }

    /**
     * Removes every file of a record, within the caller's transaction (audited one by one); the
     * bytes are deleted once that transaction commits.
     */
    public void deleteAllOf(String entityType, UUID entityId) {
        records.deleteAllOf(entityType, entityId);
    }
}
