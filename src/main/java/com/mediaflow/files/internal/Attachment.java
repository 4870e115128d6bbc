package com.mediaflow.files.internal;

import com.mediaflow.files.StoredFile;
import com.mediaflow.files.ThumbnailStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A file attached to one record of another module; its bytes are in the file storage. */
@Entity
@Table(name = "files")
class Attachment {

    @Id
    private UUID id;

    @Column(name = "entity_type", nullable = false, updatable = false)
    private String entityType;

    @Column(name = "entity_id", nullable = false, updatable = false)
    private UUID entityId;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Column(name = "storage_key", nullable = false, updatable = false)
    private String storageKey;

    private @Nullable Integer width;

    private @Nullable Integer height;

    @Enumerated(EnumType.STRING)
    @Column(name = "thumbnail_status", nullable = false)
    private ThumbnailStatus thumbnailStatus;

    @Column(name = "thumbnail_key")
    private @Nullable String thumbnailKey;

    @Column(name = "thumbnail_content_type")
    private @Nullable String thumbnailContentType;

    @Column(name = "thumbnail_note")
    private @Nullable String thumbnailNote;

    @Column(name = "uploaded_by", updatable = false)
    private @Nullable UUID uploadedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected Attachment() {}

    private Attachment(UUID id, Upload upload, @Nullable UUID uploadedBy, Instant now) {
        this.id = id;
        this.entityType = upload.entityType();
        this.entityId = upload.entityId();
        this.fileName = upload.fileName();
        this.contentType = upload.contentType();
        this.sizeBytes = upload.sizeBytes();
        this.sha256 = upload.sha256();
        this.storageKey = upload.storageKey();
        this.width = upload.width();
        this.height = upload.height();
        this.thumbnailStatus = upload.thumbnailNote() == null ? ThumbnailStatus.PENDING : ThumbnailStatus.UNAVAILABLE;
        this.thumbnailNote = upload.thumbnailNote();
        this.uploadedBy = uploadedBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** What an upload established about its bytes before its record is written. */
    record Upload(
            String entityType,
            UUID entityId,
            String fileName,
            String contentType,
            long sizeBytes,
            String sha256,
            String storageKey,
            @Nullable Integer width,
            @Nullable Integer height,
            @Nullable String thumbnailNote) {}

    static Attachment of(Upload upload, @Nullable UUID uploadedBy, Instant now) {
        // PostgreSQL keeps microseconds: what the upload answers is what a later read answers.
        return new Attachment(UUID.randomUUID(), upload, uploadedBy, now.truncatedTo(ChronoUnit.MICROS));
    }

    void thumbnailMade(String key, String type, Instant now) {
        this.thumbnailStatus = ThumbnailStatus.READY;
        this.thumbnailKey = key;
        this.thumbnailContentType = type;
        this.thumbnailNote = null;
        this.updatedAt = now;
    }

    void thumbnailUnavailable(String note, Instant now) {
        noThumbnail(ThumbnailStatus.UNAVAILABLE, note, now);
    }

    void thumbnailFailed(String note, Instant now) {
        noThumbnail(ThumbnailStatus.FAILED, note, now);
    }

    /** The thumbnail's bytes are gone from the storage: it is to be made again. */
    void thumbnailLost(Instant now) {
        noThumbnail(ThumbnailStatus.PENDING, null, now);
    }

    private void noThumbnail(ThumbnailStatus status, @Nullable String note, Instant now) {
        this.thumbnailStatus = status;
        this.thumbnailKey = null;
        this.thumbnailContentType = null;
        this.thumbnailNote = note;
        this.updatedAt = now;
    }

    StoredFile view() {
        return new StoredFile(
                id,
                entityType,
                entityId,
                fileName,
                contentType,
                sizeBytes,
                sha256,
                width,
                height,
                thumbnailStatus,
                thumbnailNote,
                uploadedBy,
                createdAt);
    }

    UUID id() {
        return id;
    }

    String entityType() {
        return entityType;
    }

    UUID entityId() {
        return entityId;
    }

    String fileName() {
        return fileName;
    }

    String contentType() {
        return contentType;
    }

    long sizeBytes() {
        return sizeBytes;
    }

    String sha256() {
        return sha256;
    }

    String storageKey() {
        return storageKey;
    }

    ThumbnailStatus thumbnailStatus() {
        return thumbnailStatus;
    }

    @Nullable
    String thumbnailKey() {
        return thumbnailKey;
    }

    @Nullable
    String thumbnailContentType() {
        return thumbnailContentType;
    }

    @Nullable
    String thumbnailNote() {
        return thumbnailNote;
    }

    @Nullable
    UUID uploadedBy() {
        return uploadedBy;
    }
}
