package com.mediaflow.documents;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param templateFolder a folder whose {@code <name>.hbs} files replace the built-in templates of
 *     the same name (for a studio's own layout); the built-in ones are used when it is not set or
 *     has no such file
 */
@ConfigurationProperties("mediaflow.documents")
public record DocumentsProperties(@Nullable Path templateFolder) {}
