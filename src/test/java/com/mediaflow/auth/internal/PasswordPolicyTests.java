package com.mediaflow.auth.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mediaflow.shared.web.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest
    @CsvSource({
        "Short1A, at least 8 characters",
        "alllowercase1, upper-case",
        "ALLUPPERCASE1, upper-case",
        "NoDigitsAtAll, digit",
        "Password123, too common",
        "Welcome2024, too common",
        "Qwerty123, too common",
        "Dana-Cutter-2026, e-mail name"
    })
    void weakPasswordsAreRefusedWithTheReason(String password, String reason) {
        assertThatThrownBy(() -> policy.check("password", password, "dana-cutter@studio.test"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Blue-Hour-Shoot-7", "Kr4kenEditSuite", "Mon tage 24 Rough Cut"})
    void strongPasswordsAreAccepted(String password) {
        assertThatCode(() -> policy.check("password", password, "dana-cutter@studio.test"))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(ints = {73, 100})
    void passwordsLongerThanBcryptCanHashAreRefused(int length) {
        var password = "Aa1" + "x".repeat(length - 3);
        assertThatThrownBy(() -> policy.check("password", password, "dana@studio.test"))
                .hasMessageContaining("72 bytes");
    }
}
