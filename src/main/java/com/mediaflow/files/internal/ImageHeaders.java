package com.mediaflow.files.internal;

import com.mediaflow.files.FilesProperties;
import com.mediaflow.shared.web.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import org.springframework.stereotype.Component;

/**
 * Reads an image's width and height from its header, without decoding a pixel, and refuses images
 * whose size would make decoding them dangerous: a small file can declare a huge canvas (a
 * decompression bomb) that would take gigabytes of memory to make a thumbnail of.
 */
@Component
class ImageHeaders {

    private final FilesProperties.Images limits;

    ImageHeaders(FilesProperties properties) {
        this.limits = properties.images();
    }

    /** Whether the JVM has a reader for this media type (and so can check and thumbnail it). */
    static boolean readable(String contentType) {
        return ImageIO.getImageReadersByMIMEType(contentType).hasNext();
    }

    /**
     * The dimensions of an image of {@code contentType} whose bytes start with {@code content}.
     * Empty for types no reader knows.
     *
     * @throws InvalidInputException when the header cannot be read, or declares a size over the limits
     */
    Optional<Dimensions> check(String contentType, InputStream content) throws IOException {
        var readers = ImageIO.getImageReadersByMIMEType(contentType);
        if (!readers.hasNext()) {
            return Optional.empty();
        }
        var reader = readers.next();
        var dimensions = read(reader, content, contentType);
        if (dimensions.width() > limits.maxDimension() || dimensions.height() > limits.maxDimension()) {
            throw InvalidInputException.field(
                    "file",
                    "the image is " + dimensions + " pixels; at most " + limits.maxDimension()
                            + " pixels along each side are accepted");
        }
        if (dimensions.pixels() > limits.maxPixels()) {
            throw InvalidInputException.field(
                    "file",
                    String.format(
                            Locale.ROOT,
                            "the image is %s pixels (%.1f megapixels); at most %.1f megapixels are accepted",
                            dimensions,
                            dimensions.pixels() / 1e6,
                            limits.maxPixels() / 1e6));
        }
        return Optional.of(dimensions);
    }

    private static Dimensions read(ImageReader reader, InputStream content, String contentType) throws IOException {
        try (var input = ImageIO.createImageInputStream(content)) {
            reader.setInput(input, true, true);
            return new Dimensions(reader.getWidth(0), reader.getHeight(0));
        } catch (IOException | RuntimeException e) {
            throw InvalidInputException.field(
                    "file", "the file looks like " + contentType + " but its image header cannot be read");
        } finally {
            reader.dispose();
        }
    }

    record Dimensions(int width, int height) {

        long pixels() {
            return (long) width * height;
        }

        @Override
        public String toString() {
            return width + "×" + height;
        }
    }
}
