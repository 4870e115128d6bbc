package com.mediaflow.files.internal;

import com.mediaflow.shared.web.InvalidInputException;
import java.text.Normalizer;
import org.jspecify.annotations.Nullable;

/**
 * The name a file is shown and downloaded under. It is only ever displayed, never used as a path,
 * but a name that tries to be one ({@code ../../etc/passwd}, {@code C:\boot.ini}) is refused outright
 * rather than quietly rewritten, so the uploader learns why.
 */
final class FileNames {

    static final int MAX_LENGTH = 255;

    private FileNames() {}

    static String clean(@Nullable String original) {
        if (original == null || original.isBlank()) {
            throw InvalidInputException.field("file", "must have a file name");
        }
        var name = Normalizer.normalize(original.strip(), Normalizer.Form.NFC);
        if (name.contains("/") || name.contains("\\")) {
            throw InvalidInputException.field("file", "file name must not contain a path ('/' or '\\')");
        }
        if (name.equals(".") || name.equals("..")) {
            throw InvalidInputException.field("file", "'" + name + "' is not a file name");
        }
        for (int i = 0; i < name.length(); i++) {
            var c = name.charAt(i);
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                throw InvalidInputException.field("file", "file name must not contain control characters");
            }
        }
        if (name.length() > MAX_LENGTH) {
            throw InvalidInputException.field("file", "file name must be at most " + MAX_LENGTH + " characters");
        }
        return name;
    }
}
