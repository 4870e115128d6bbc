package com.mediaflow.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContentLinesTests {

    private static final String[] ALPHABET = {
        "a", "Z", "7", " ", ";", ",", "\\", ":", "ä", "ß", "é", "ł", "Ж", "ש", "中", "文", "€", "✓", "🎬", "👩‍🎤", "𝄞"
    };

    @Test
    void shortLinesStayAsTheyAre() {
        assertThat(ContentLines.fold("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"))
                .isEqualTo("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n");
    }

    @Test
    void aLineOfExactlySeventyFiveOctetsIsNotFolded() {
        var line = "SUMMARY:" + "x".repeat(67);

        assertThat(ContentLines.fold(line + "\r\n")).isEqualTo(line + "\r\n");
        assertThat(ContentLines.fold(line + "y\r\n")).isEqualTo(line + "\r\n y\r\n");
    }

    @Test
    void multiOctetCharactersAreCountedInOctetsAndNeverSplit() {
        var line = "SUMMARY:" + "ä".repeat(40);

        var folded = ContentLines.fold(line + "\r\n");

        assertThat(folded).isEqualTo("SUMMARY:" + "ä".repeat(33) + "\r\n " + "ä".repeat(7) + "\r\n");
        assertThat(("SUMMARY:" + "ä".repeat(33)).getBytes(StandardCharsets.UTF_8))
                .hasSize(74);
    }

    @Test
    void aMissingFinalLineBreakIsAdded() {
        assertThat(ContentLines.fold("END:VCALENDAR")).isEqualTo("END:VCALENDAR\r\n");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89})
    void randomTextFoldsIntoShortLinesThatUnfoldToTheOriginal(long seed) throws CharacterCodingException {
        var random = new Random(seed);
        var original = new StringBuilder();
        for (int line = 0; line < 40; line++) {
            original.append("X-TEXT:");
            var length = random.nextInt(300);
            for (int i = 0; i < length; i++) {
                original.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
            original.append("\r\n");
        }

        var folded = ContentLines.fold(original.toString());

        for (var physical : folded.split("\r\n")) {
            var bytes = physical.getBytes(StandardCharsets.UTF_8);
            assertThat(bytes.length).isLessThanOrEqualTo(75);
            // Each physical line on its own is valid UTF-8: no character was cut in two.
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
        }
        assertThat(folded).endsWith("\r\n");
        assertThat(folded.replace("\r\n ", "")).isEqualTo(original.toString());
    }
}
