package com.mediaflow.documents.internal;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The few helpers the templates need beyond Handlebars' own ({@code if}, {@code each}, {@code with}). */
public final class TemplateHelpers {

    private TemplateHelpers() {}

    /** {@code {{#if (eq status "paid")}}}: whether two values are equal. */
    public static boolean eq(@Nullable Object left, @Nullable Object right) {
        return Objects.equals(left == null ? null : left.toString(), right == null ? null : right.toString());
    }
}
