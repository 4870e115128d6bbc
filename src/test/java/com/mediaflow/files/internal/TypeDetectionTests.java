package com.mediaflow.files.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.files.FilesProperties;
import com.mediaflow.support.FileFixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class TypeDetectionTests {

    private final TypeDetection types = new TypeDetection(defaults());

    @Test
    void typesAreReadFromTheBytes() {
        assertThat(detect(FileFixtures.jpeg(8, 8), "upload")).isEqualTo("image/jpeg");
        assertThat(detect(FileFixtures.png(8, 8), "upload")).isEqualTo("image/png");
        assertThat(detect(FileFixtures.pdf(), "upload")).isEqualTo("application/pdf");
        // An ISO media file is a QuickTime-family movie; its name narrows it to MP4.
        assertThat(detect(FileFixtures.mp4(), "upload")).isEqualTo("video/quicktime");
        assertThat(detect(FileFixtures.mp4(), "showreel.mp4")).isEqualTo("video/mp4");
    }

    @Test
    void theNameNeverOverridesWhatTheBytesSay() {
        assertThat(detect(FileFixtures.windowsProgram(), "holiday.jpg")).isEqualTo("application/x-msdownload");
        assertThat(detect(FileFixtures.png(8, 8), "contract.pdf")).isEqualTo("image/png");
        assertThat(detect("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "notes.txt"))
                .isEqualTo("text/html");
    }

    @Test
    void unknownBytesStayUnknownWhateverTheName() {
        var bytes = new byte[] {0x00, 0x13, 0x37, (byte) 0xfe, 0x01, 0x02, 0x00, 0x7f};
        assertThat(detect(bytes, "quote.pdf")).isEqualTo("application/octet-stream");
    }

    @Test
    void theNameMayNarrowAContainerTheBytesEstablished() throws IOException {
        var zip = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("[Content_Types].xml"));
            out.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            out.putNextEntry(new ZipEntry("word/document.xml"));
            out.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        assertThat(detect(zip.toByteArray(), "proposal.docx"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(detect("name,email\nAnna,anna@studio.test\n".getBytes(StandardCharsets.UTF_8), "crew.csv"))
                .isEqualTo("text/csv");
    }

    @Test
    void onlyAllowedTypesPass() {
        assertThat(types.isAllowed(types.detect(FileFixtures.jpeg(8, 8), "a.jpg")))
                .isTrue();
        assertThat(types.isAllowed(types.detect(FileFixtures.windowsProgram(), "a.jpg")))
                .isFalse();
        assertThat(types.isAllowed(types.detect(
                        "<svg xmlns=\"http://www.w3.org/2000/svg\"><script/></svg>".getBytes(StandardCharsets.UTF_8),
                        "logo.svg")))
                .isFalse();
        assertThat(types.allowedTypes()).contains("image/webp", "video/quicktime", "application/pdf");
    }

    private String detect(byte[] bytes, String name) {
        return types.detect(bytes, name).toString();
    }

    static FilesProperties defaults() {
        return new Binder(new MapConfigurationPropertySource(java.util.Map.of("mediaflow.files.storage", "local")))
                .bindOrCreate("mediaflow.files", Bindable.of(FilesProperties.class));
    }
}
