package com.mediaflow.proposals.internal;

import com.mediaflow.files.FileAttachments;
import com.mediaflow.organization.OrganizationDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The studio's logo as proposals show it: its PNG or JPEG file, if it has one. */
@Component
class StudioLogo {

    private static final Set<String> TYPES = Set.of("image/png", "image/jpeg");

    private final OrganizationDirectory organization;
    private final FileAttachments files;

    StudioLogo(OrganizationDirectory organization, FileAttachments files) {
        this.organization = organization;
        this.files = files;
    }

    /** The logo's bytes and content type. */
    record Logo(byte[] content, String contentType) {}

    boolean exists() {
        var fileId = organization.current().logoFileId();
        return fileId != null
                && files.find(fileId)
                        .filter(f -> TYPES.contains(f.contentType()))
                        .isPresent();
    }

    Optional<Logo> load() {
        var fileId = organization.current().logoFileId();
        if (fileId == null) {
            return Optional.empty();
        }
        var file = files.find(fileId).filter(f -> TYPES.contains(f.contentType()));
        if (file.isEmpty()) {
            return Optional.empty();
        }
        try (var content = files.open(fileId)) {
            return Optional.of(new Logo(content.readAllBytes(), file.get().contentType()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the studio's logo " + fileId, e);
        }
    }
}
