package com.mediaflow.proposals.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class BrandThemeTests {

    @Test
    void everyColourGetsReadableTextAndAccents() {
        var random = new Random(20261121);
        for (var i = 0; i < 2000; i++) {
            var colour = String.format(Locale.ROOT, "#%06x", random.nextInt(0x1000000));
            var theme = BrandTheme.of(colour);

            assertThat(theme.brand()).isEqualTo(colour);
            assertThat(BrandTheme.contrast(BrandTheme.rgb(theme.onBrand()), BrandTheme.rgb(colour)))
                    .as("text on %s", colour)
                    .isGreaterThanOrEqualTo(4.5);
            assertThat(BrandTheme.contrast(BrandTheme.rgb(theme.ink()), BrandTheme.rgb(theme.soft())))
                    .as("accent on the tint of %s", colour)
                    .isGreaterThanOrEqualTo(4.5);
            assertThat(BrandTheme.contrast(BrandTheme.rgb(theme.ink()), new int[] {255, 255, 255}))
                    .as("accent on white for %s", colour)
                    .isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void aDarkColourIsItsOwnAccent() {
        var theme = BrandTheme.of("#123456");

        assertThat(theme.ink()).isEqualTo("#123456");
        assertThat(theme.onBrand()).isEqualTo("#ffffff");
        assertThat(theme.css())
                .isEqualTo(":root{--brand:#123456;--on-brand:#ffffff;--brand-ink:#123456;--brand-soft:#e7ebee}\n");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "red", "#12345", "#1234567", "#12345g", "#123456;}body{display:none"})
    void anythingButSixHexDigitsGetsTheDefaultColour(String colour) {
        assertThat(BrandTheme.of(colour).brand()).isEqualTo(BrandTheme.FALLBACK);
    }

    @Test
    void upperCaseAndAMissingHashAreAccepted() {
        assertThat(BrandTheme.of("0A7E5C").brand()).isEqualTo("#0a7e5c");
        assertThat(BrandTheme.of("#0A7E5C").digits()).isEqualTo("0a7e5c");
    }
}
