package com.mediaflow.files.internal;

import com.mediaflow.files.FileUploaded;
import com.mediaflow.files.ThumbnailStatus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes thumbnails: right after an upload commits, in the background (so the upload does not wait
 * for it), and again on request when one is missing. The decoding runs outside any transaction; the
 * result is written to the storage under a new key and then recorded, and whichever of two
 * concurrent attempts records first wins (the other's bytes are removed).
 */
@Component
class Thumbnailing {

    private static final Logger log = LoggerFactory.getLogger(Thumbnailing.class);

    private final AttachmentRepository attachments;
    private final FileStorage storage;
    private final ImageThumbnails images;
    private final VideoThumbnails videos;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Thumbnailing(
            AttachmentRepository attachments,
            FileStorage storage,
            ImageThumbnails images,
            VideoThumbnails videos,
            TransactionTemplate transactions,
            Clock clock) {
        this.attachments = attachments;
        this.storage = storage;
        this.images = images;
        this.videos = videos;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Why a file of this type gets no thumbnail at all, or {@code null} when it gets one. */
    @Nullable
    String whyNone(String contentType) {
        if (images.supports(contentType) || videos.supports(contentType)) {
            return null;
        }
        return "no thumbnail: not an image or video this server can read";
    }

    /**
     * Not an {@code @ApplicationModuleListener}: that would hold one transaction, and so a database
     * connection, while an image decodes or ffmpeg runs. The event publication registry still
     * keeps the event until this completes.
     */
    @Async
    @TransactionalEventListener
    void on(FileUploaded event) {
        make(event.fileId(), false);
    }

    /**
     * Makes the file's thumbnail if it has none yet, or its bytes are lost, or it was unavailable
     * only for want of ffmpeg (which may have been installed since). Returns the file as it then is,
     * empty when it no longer exists.
     */
    Optional<Attachment> ensure(UUID fileId) {
        return make(fileId, true);
    }

    private Optional<Attachment> make(UUID fileId, boolean onRequest) {
        var found = transactions.execute(status -> attachments.findById(fileId));
        if (found == null || found.isEmpty()) {
            return Optional.empty();
        }
        var attachment = found.get();
        if (!needsThumbnail(attachment, onRequest)) {
            return Optional.of(attachment);
        }
        Thumbnail thumbnail;
        try {
            thumbnail = produce(attachment);
        } catch (IOException e) {
            log.warn("Cannot make the thumbnail of file {}", fileId, e);
            return Optional.of(attachment);
        }
        String key = null;
        if (thumbnail.outcome() == Thumbnail.Outcome.MADE) {
            key = StorageKeys.newThumbnailKey(thumbnail.extension());
            try {
                storage.write(key, new ByteArrayInputStream(Objects.requireNonNull(thumbnail.bytes())));
            } catch (IOException e) {
                log.warn("Cannot store the thumbnail of file {}", fileId, e);
                return Optional.of(attachment);
            }
        }
        var newKey = key;
        @Nullable Attachment recorded;
        try {
            recorded = transactions.execute(status -> record(fileId, thumbnail, newKey));
        } catch (OptimisticLockingFailureException e) {
            // A concurrent attempt (the one after the upload, or another request) recorded first: it wins.
            var current = transactions.execute(status -> attachments.findById(fileId));
            recorded = current == null ? null : current.orElse(null);
        }
        if (newKey != null && (recorded == null || !newKey.equals(recorded.thumbnailKey()))) {
            discard(newKey);
        }
        return Optional.ofNullable(recorded);
    }

    private boolean needsThumbnail(Attachment attachment, boolean onRequest) {
        switch (attachment.thumbnailStatus()) {
            case PENDING:
                return true;
            case READY:
                return onRequest && !stored(Objects.requireNonNull(attachment.thumbnailKey()));
            case UNAVAILABLE:
                return onRequest && VideoThumbnails.NOT_INSTALLED.equals(attachment.thumbnailNote());
            default:
                return false;
        }
    }

    private Thumbnail produce(Attachment attachment) throws IOException {
        try (var content = storage.read(attachment.storageKey())) {
            if (videos.supports(attachment.contentType())) {
                return videos.make(content);
            }
            return images.make(content, attachment.contentType());
        }
    }

    private @Nullable Attachment record(UUID fileId, Thumbnail thumbnail, @Nullable String key) {
        var current = attachments.findById(fileId).orElse(null);
        if (current == null) {
            return null;
        }
        if (current.thumbnailStatus() == ThumbnailStatus.READY && stored(current.thumbnailKey())) {
            return current;
        }
        var previous = current.thumbnailKey();
        var now = clock.instant();
        switch (thumbnail.outcome()) {
            case MADE:
                current.thumbnailMade(
                        Objects.requireNonNull(key), Objects.requireNonNull(thumbnail.contentType()), now);
                break;
            case UNAVAILABLE:
                current.thumbnailUnavailable(Objects.requireNonNull(thumbnail.note()), now);
                break;
            default:
                current.thumbnailFailed(Objects.requireNonNull(thumbnail.note()), now);
        }
        attachments.flush();
        if (previous != null && !previous.equals(current.thumbnailKey())) {
            discard(previous);
        }
        return current;
    }

    private boolean stored(@Nullable String key) {
        try {
            return key != null && storage.exists(key);
        } catch (IOException e) {
            return false;
        }
    }

    private void discard(String key) {
        try {
            storage.delete(key);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not remove thumbnail {}; the orphan sweep will", key, e);
        }
    }
}
