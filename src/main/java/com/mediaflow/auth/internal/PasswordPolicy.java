package com.mediaflow.auth.internal;

import com.mediaflow.shared.web.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * At least 8 characters with an upper-case letter, a lower-case letter and a digit; at most 72 bytes
 * (BCrypt ignores the rest); not a commonly used password; not built on the person's own e-mail name.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    static final int MAX_BYTES = 72;

    private final Set<String> common;

    PasswordPolicy() {
        var resource = new ClassPathResource("auth/common-passwords.txt");
        try (var reader =
                new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            common = reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("The common-password list is part of the application", e);
        }
    }

    void check(String field, String password, String email) {
        if (password.length() < MIN_LENGTH) {
            throw InvalidInputException.field(field, "must be at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw InvalidInputException.field(field, "must be at most " + MAX_BYTES + " bytes");
        }
        if (password.chars().noneMatch(Character::isUpperCase)
                || password.chars().noneMatch(Character::isLowerCase)
                || password.chars().noneMatch(Character::isDigit)) {
            throw InvalidInputException.field(
                    field, "must contain an upper-case letter, a lower-case letter and a digit");
        }
        var lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            throw InvalidInputException.field(field, "is too common; choose a password others would not guess");
        }
        var name = email.substring(0, Math.max(0, email.indexOf('@'))).toLowerCase(Locale.ROOT);
        if (name.length() >= 4 && lower.contains(name)) {
            throw InvalidInputException.field(field, "must not contain your e-mail name");
        }
    }
}
