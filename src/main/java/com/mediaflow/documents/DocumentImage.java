package com.mediaflow.documents;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An image handed to a render, such as the studio's logo. A template shows it with
 * an {@code img} element whose source is {@code inline:NAME}; nothing else can be loaded by name.
 *
 * @param name letters, digits, dots, dashes and underscores
 * @param content the image's bytes (PNG or JPEG)
 */
public record DocumentImage(String name, byte[] content) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public DocumentImage {
        Objects.requireNonNull(content, "content");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("An inline image name is 1-64 letters, digits, '.', '-' or '_'");
        }
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
