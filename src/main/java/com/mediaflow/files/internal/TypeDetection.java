package com.mediaflow.files.internal;

import com.mediaflow.files.FilesProperties;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.springframework.stereotype.Component;

/**
 * Reads a file's type from its first bytes with Apache Tika's magic numbers. The file name only
 * narrows a type the bytes already established (a ZIP container named {@code .docx} is a Word
 * document); it never makes a type the bytes contradict, so a program named {@code photo.jpg} is
 * still a program.
 */
@Component
class TypeDetection {

    private final MimeTypes types = MimeTypes.getDefaultMimeTypes();
    private final MediaTypeRegistry registry = types.getMediaTypeRegistry();
    private final Set<MediaType> allowed;

    TypeDetection(FilesProperties properties) {
        this.allowed = properties.allowedTypes().stream()
                .map(type -> registry.normalize(MediaType.parse(type.strip())))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** How many leading bytes {@link #detect} needs to see. */
    int headLength() {
        return Math.max(types.getMinLength(), 8 * 1024);
    }

    MediaType detect(byte[] head, String fileName) {
        var metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        var byMagic = detect(head, new Metadata());
        if (byMagic.equals(MediaType.OCTET_STREAM)) {
            // Unknown bytes stay unknown, whatever the name claims.
            return byMagic;
        }
        var withName = detect(head, metadata);
        // The name may only specialise what the bytes say, never replace it.
        var type = registry.isSpecializationOf(withName, byMagic) ? withName : byMagic;
        return registry.normalize(type.getBaseType());
    }

    private MediaType detect(byte[] head, Metadata metadata) {
        try {
            return types.detect(new ByteArrayInputStream(head), metadata);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading from memory does not fail", e);
        }
    }

    boolean isAllowed(MediaType type) {
        return allowed.contains(type);
    }

    Set<String> allowedTypes() {
        return allowed.stream().map(MediaType::toString).collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
