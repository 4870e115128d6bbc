package com.mediaflow.proposals.internal;

import com.mediaflow.shared.web.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;
import javax.imageio.ImageIO;

/**
 * Checks a drawn signature before it is kept as evidence: a {@code data:image/png;base64,} URL
 * whose bytes start with the PNG signature, are at most 200 KB, decode as an image, and measure at
 * most 2000 × 1000 pixels (the dimensions are read from the header before the image is decoded, so
 * a small file cannot unpack into a huge one).
 */
final class SignatureImages {

    static final int MAX_BYTES = 200 * 1024;
    static final int MAX_WIDTH = 2000;
    static final int MAX_HEIGHT = 1000;
    private static final String PREFIX = "data:image/png;base64,";
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final String FIELD = "signature_image";

    private SignatureImages() {}

    static byte[] decode(String dataUrl) {
        if (!dataUrl.startsWith(PREFIX)) {
            throw InvalidInputException.field(FIELD, "must be a data URL of a PNG image (data:image/png;base64,...)");
        }
        var encoded = dataUrl.substring(PREFIX.length());
        if (encoded.length() > (MAX_BYTES / 3 + 1) * 4) {
            throw InvalidInputException.field(FIELD, "must be at most " + MAX_BYTES / 1024 + " KB");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.field(FIELD, "is not valid base64");
        }
        if (bytes.length > MAX_BYTES) {
            throw InvalidInputException.field(FIELD, "must be at most " + MAX_BYTES / 1024 + " KB");
        }
        if (bytes.length < 33 || !Arrays.equals(Arrays.copyOf(bytes, PNG_MAGIC.length), PNG_MAGIC)) {
            throw InvalidInputException.field(FIELD, "is not a PNG image");
        }
        // IHDR is the first chunk: width and height are the big-endian ints at offsets 16 and 20.
        long width = readInt(bytes, 16);
        long height = readInt(bytes, 20);
        if (width < 1 || height < 1 || width > MAX_WIDTH || height > MAX_HEIGHT) {
            throw InvalidInputException.field(
                    FIELD, "must be between 1 × 1 and " + MAX_WIDTH + " × " + MAX_HEIGHT + " pixels");
        }
        try {
            var image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null || image.getWidth() != width || image.getHeight() != height) {
                throw InvalidInputException.field(FIELD, "is not a readable PNG image");
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw InvalidInputException.field(FIELD, "is not a readable PNG image");
        }
        return bytes;
    }

    private static long readInt(byte[] bytes, int offset) {
        return ((bytes[offset] & 0xFFL) << 24)
                | ((bytes[offset + 1] & 0xFFL) << 16)
                | ((bytes[offset + 2] & 0xFFL) << 8)
                | (bytes[offset + 3] & 0xFFL);
    }
}
