package com.mediaflow.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentRendererTests {

    private final DocumentRenderer renderer = DocumentRenderer.standalone(new DocumentsProperties(null));

    @Test
    void userTextIsEscapedAndShownAsText() throws IOException {
        var hostile = "<img src=\"file:///etc/passwd\"/> & <script>alert(1)</script>";

        var html = renderer.html("test-letter", Map.of("title", "Invoice", "note", hostile, "lines", List.of()));
        var pdf =
                renderer.pdf("test-letter", Map.of("title", "Invoice", "note", hostile, "lines", List.of()), List.of());

        assertThat(html)
                .doesNotContain("<img src=\"file")
                .contains("&lt;img src&#x3D;&quot;file:///etc/passwd&quot;/&gt;");
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(text(document)).contains("<img src=\"file:///etc/passwd\"/> & <script>alert(1)</script>");
            assertThat(images(document)).isEmpty();
        }
    }

    @Test
    void localFilesNamedByATemplateAreNotLoaded(@TempDir Path folder) throws IOException {
        var png = folder.resolve("secret.png");
        Files.write(png, png(8));
        var css = folder.resolve("secret.css");
        Files.writeString(css, "body { color: red; }");

        var pdf = renderer.pdf(
                "test-hostile",
                Map.of("imageUrl", png.toUri().toString(), "cssUrl", css.toUri().toString()),
                List.of());

        try (var document = Loader.loadPDF(pdf)) {
            assertThat(text(document)).contains("Hostile template");
            assertThat(images(document)).isEmpty();
        }
    }

    @Test
    void networkAddressesNamedByATemplateAreNeverContacted() throws IOException {
        try (var server = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            var base = "http://127.0.0.1:" + server.getLocalPort();

            var pdf = renderer.pdf(
                    "test-hostile", Map.of("imageUrl", base + "/logo.png", "cssUrl", base + "/style.css"), List.of());

            server.setSoTimeout(300);
            var contacted = true;
            try {
                server.accept().close();
            } catch (SocketTimeoutException e) {
                contacted = false;
            }
            assertThat(contacted).as("the renderer opened a connection").isFalse();
            try (var document = Loader.loadPDF(pdf)) {
                assertThat(images(document)).isEmpty();
            }
        }
    }

    @Test
    void inlineSvgIsDrawnAsVectors() throws IOException {
        var pdf = renderer.pdfOf(svgPage(""), List.of());

        try (var document = Loader.loadPDF(pdf)) {
            var drawing = com.mediaflow.support.PdfDrawing.of(document.getPage(0));
            assertThat(drawing.segments()).as("polyline segments").isGreaterThanOrEqualTo(3);
            assertThat(drawing.rectangles() + drawing.segments()).isGreaterThanOrEqualTo(7);
            assertThat(drawing.paintedPaths()).as("filled and stroked paths").isGreaterThanOrEqualTo(2);
            assertThat(images(document)).isEmpty();
        }
    }

    @Test
    void anSvgThatNamesAnOutsideAddressLoadsNothing() throws IOException {
        try (var server = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            var outside = "http://127.0.0.1:" + server.getLocalPort() + "/tracker.png";

            var pdf = renderer.pdfOf(
                    svgPage("<image x=\"0\" y=\"0\" width=\"10\" height=\"10\" xlink:href=\"" + outside + "\"/>"),
                    List.of());

            server.setSoTimeout(300);
            var contacted = true;
            try {
                server.accept().close();
            } catch (SocketTimeoutException e) {
                contacted = false;
            }
            assertThat(contacted).as("the SVG drawer opened a connection").isFalse();
            try (var document = Loader.loadPDF(pdf)) {
                assertThat(text(document)).contains("Chart below");
                assertThat(images(document)).isEmpty();
            }
        }
    }

    private static String svgPage(String extra) {
        return """
                <html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title></head><body>
                <p>Chart below</p>
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
                     width="300" height="120" viewBox="0 0 300 120">
                  <rect x="10" y="10" width="120" height="40" fill="#1F6FEB"/>
                  <polyline fill="none" stroke="#E4572E" stroke-width="2" points="10,100 80,60 150,90 290,20"/>
                  %s
                </svg></body></html>
                """.formatted(extra);
    }

    @Test
    void imagesHandedToTheRenderAreDrawn() throws IOException {
        var pdf = renderer.pdf(
                "test-letter",
                Map.of("title", "Logo", "note", "", "lines", List.of(), "logo", true),
                List.of(new DocumentImage("logo", png(16))));

        try (var document = Loader.loadPDF(pdf)) {
            assertThat(images(document)).hasSize(1);
        }
    }

    @Test
    void fontsAreEmbeddedAndPagesNumbered() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            lines.add("Line " + i + " — Ünïcödé € ½");
        }

        var pdf = renderer.pdf("test-letter", Map.of("title", "Long", "note", "n", "lines", lines), List.of());

        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            var text = text(document);
            assertThat(text).contains("Page 1 of " + document.getNumberOfPages());
            assertThat(text).contains("Line 119 — Ünïcödé € ½");
            List<PDFont> fonts = new ArrayList<>();
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                assertThat(font.getName()).contains("DejaVuSans");
            });
        }
    }

    @Test
    void aConfiguredFolderReplacesTheBuiltInTemplate(@TempDir Path folder) throws IOException {
        Files.writeString(
                folder.resolve("test-letter.hbs"), "<html><body><p>Studio layout: {{title}}</p></body></html>");
        var custom = DocumentRenderer.standalone(new DocumentsProperties(folder));

        assertThat(custom.html("test-letter", Map.of("title", "A & B"))).contains("Studio layout: A &amp; B");
        assertThat(custom.html("test-hostile", Map.of("imageUrl", "x", "cssUrl", "y")))
                .contains("Hostile template");
    }

    private static String text(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document);
    }

    private static List<PDImageXObject> images(PDDocument document) throws IOException {
        List<PDImageXObject> images = new ArrayList<>();
        for (var page : document.getPages()) {
            var resources = page.getResources();
            for (var name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image) {
                    images.add(image);
                }
            }
        }
        return images;
    }

    private static byte[] png(int size) throws IOException {
        var image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xFF0000);
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
