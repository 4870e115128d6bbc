package com.mediaflow.files.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mediaflow.shared.web.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileNamesTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../../etc/passwd",
                "..\\..\\boot.ini",
                "C:\\Windows\\win.ini",
                "/etc/shadow",
                "folder/photo.jpg",
                "..",
                ".",
                "bad\u0000name.jpg",
                "line\nbreak.txt",
                "right\u202Eto-left.txt",
                "   "
            })
    void namesThatArePathsOrCarryControlCharactersAreRefused(String name) {
        assertThatThrownBy(() -> FileNames.clean(name)).isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"Set photo 01.JPG", "Café menü.pdf", "..hidden", "a..b.txt", "見積書.xlsx", "report (final).docx"})
    void ordinaryNamesAreKeptAsTheyAre(String name) {
        assertThat(FileNames.clean(name)).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(ints = {255, 256})
    void namesAreAtMost255Characters(int length) {
        var name = "a".repeat(length - 4) + ".txt";
        if (length <= FileNames.MAX_LENGTH) {
            assertThat(FileNames.clean(name)).hasSize(length);
        } else {
            assertThatThrownBy(() -> FileNames.clean(name)).isInstanceOf(InvalidInputException.class);
        }
    }
}
