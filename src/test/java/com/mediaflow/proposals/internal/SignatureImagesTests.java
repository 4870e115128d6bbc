package com.mediaflow.proposals.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mediaflow.shared.web.InvalidInputException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class SignatureImagesTests {

    private static byte[] png(int width, int height) throws Exception {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB), "png", out);
        return out.toByteArray();
    }

    private static String url(byte[] bytes) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(bytes);
    }

    @Test
    void aSmallRealPngIsKeptByteForByte() throws Exception {
        var png = png(400, 120);

        assertThat(SignatureImages.decode(url(png))).isEqualTo(png);
    }

    @Test
    void anythingElseIsRefused() throws Exception {
        var png = png(40, 20);
        var corrupt = png.clone();
        Arrays.fill(corrupt, 33, corrupt.length, (byte) 7);

        for (var input : new String[] {
            "data:image/gif;base64," + Base64.getEncoder().encodeToString(png),
            url("GIF89a................................".getBytes()),
            url(Arrays.copyOf(png, 20)),
            url(corrupt),
            url(png(2001, 10)),
            url(png(10, 1001)),
            "data:image/png;base64,***",
        }) {
            assertThatThrownBy(() -> SignatureImages.decode(input)).isInstanceOf(InvalidInputException.class);
        }
    }
}
