package com.mediaflow.files.internal;

import com.mediaflow.files.ThumbnailStatus;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.web.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** The bytes of files and of their thumbnails, for members who may see the record they belong to. */
@Service
public class FileContents {

    private final FileRecords records;
    private final AttachmentRepository attachments;
    private final FileStorage storage;
    private final Thumbnailing thumbnailing;

    FileContents(
            FileRecords records, AttachmentRepository attachments, FileStorage storage, Thumbnailing thumbnailing) {
        this.records = records;
        this.attachments = attachments;
        this.storage = storage;
        this.thumbnailing = thumbnailing;
    }

    public FileContent download(UUID id, CurrentUser viewer) {
        var attachment = records.findReadable(id, viewer);
        return content(attachment);
    }

    /** The file's bytes for other modules, which check visibility themselves. */
    public InputStream open(UUID id) throws IOException {
        var attachment = attachments.findById(id).orElseThrow(() -> NotFoundException.of("File", id));
        return storage.read(attachment.storageKey());
    }

    /**
     * The file's thumbnail, made now when it is missing.
     *
     * @throws NotFoundException when the file has none, saying why
     */
    public FileContent thumbnail(UUID id, CurrentUser viewer) {
        records.findReadable(id, viewer);
        var attachment = thumbnailing.ensure(id).orElseThrow(() -> NotFoundException.of("File", id));
        if (attachment.thumbnailStatus() != ThumbnailStatus.READY) {
            var why = attachment.thumbnailStatus() == ThumbnailStatus.PENDING
                    ? "no thumbnail yet: it could not be made just now; try again later"
                    : Objects.requireNonNullElse(attachment.thumbnailNote(), "no thumbnail");
            throw NotFoundException.because("File " + id + " has " + why);
        }
        var key = Objects.requireNonNull(attachment.thumbnailKey());
        var type = Objects.requireNonNull(attachment.thumbnailContentType());
        byte[] bytes;
        try (var in = storage.read(key)) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read thumbnail " + key + " of file " + id, e);
        }
        var name = "thumbnail-" + id + ("image/png".equals(type) ? ".png" : ".jpg");
        return new FileContent(
                name,
                type,
                bytes.length,
                "\"" + key.substring(key.lastIndexOf('/') + 1) + "\"",
                attachment.view().uploadedAt(),
                (offset, length) -> new java.io.ByteArrayInputStream(bytes, (int) offset, (int) length));
    }

    private FileContent content(Attachment attachment) {
        var key = attachment.storageKey();
        return new FileContent(
                attachment.fileName(),
                attachment.contentType(),
                attachment.sizeBytes(),
                "\"" + attachment.sha256() + "\"",
                attachment.view().uploadedAt(),
                (offset, length) -> storage.read(key, offset, length));
    }
}
