package com.mediaflow.support;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Files of real formats for upload tests, made in memory, and the upload request itself. */
public final class FileFixtures {

    private final MockMvcTester mvc;

    public FileFixtures(MockMvcTester mvc) {
        this.mvc = mvc;
    }

    /** {@code POST /api/files} as a browser's form would send it. */
    public MvcTestResult upload(
            TestUsers.TestUser user, String entityType, Object entityId, String fileName, byte[] bytes) {
        return mvc.post()
                .uri("/api/files")
                .multipart()
                .file(new MockMultipartFile("file", fileName, "application/octet-stream", bytes))
                .param("entity_type", entityType)
                .param("entity_id", entityId.toString())
                .header("Authorization", user.bearer())
                .exchange();
    }

    /** A photo-like JPEG with some detail. */
    public static byte[] jpeg(int width, int height) {
        return image(width, height, BufferedImage.TYPE_INT_RGB, "jpg");
    }

    public static byte[] png(int width, int height) {
        return image(width, height, BufferedImage.TYPE_INT_ARGB, "png");
    }

    private static byte[] image(int width, int height, int type, String format) {
        var image = new BufferedImage(width, height, type);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(30, 110, 235));
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(Color.ORANGE);
        graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
        graphics.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A tiny PNG whose header declares {@code width × height} pixels: a decompression bomb as far as
     * any decoder is concerned, a few dozen bytes on the wire.
     */
    public static byte[] pngDeclaring(int width, int height) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        var header = ByteBuffer.allocate(13)
                .putInt(width)
                .putInt(height)
                .put((byte) 8) // bit depth
                .put((byte) 2) // true colour
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0)
                .array();
        chunk(out, "IHDR", header);
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        var typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        var crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** A small but well-formed PDF. */
    public static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
                        + "2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\n"
                        + "trailer <</Root 1 0 R>>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** The start of an MP4 (an ISO base media file): its {@code ftyp} box, then media data. */
    public static byte[] mp4() {
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0});
        out.writeBytes("isomiso2avc1mp41".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {0, 0, 0x10, 0x08, 'm', 'd', 'a', 't'});
        var payload = new byte[4096];
        new java.util.Random(7).nextBytes(payload);
        out.writeBytes(payload);
        return out.toByteArray();
    }

    /** A Windows program's header: what a "photo.jpg" might really be. */
    public static byte[] windowsProgram() {
        var bytes = new byte[1024];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[0x3c] = (byte) 0x80;
        bytes[0x80] = 'P';
        bytes[0x81] = 'E';
        return bytes;
    }

    /** Text of {@code size} bytes, unique per call. */
    public static byte[] text(int size) {
        var line = ("Call sheet " + UUID.randomUUID() + "\n").getBytes(StandardCharsets.US_ASCII);
        var out = new byte[size];
        for (int i = 0; i < size; i++) {
            out[i] = line[i % line.length];
        }
        return out;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
