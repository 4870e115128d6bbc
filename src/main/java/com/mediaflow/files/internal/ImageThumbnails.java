package com.mediaflow.files.internal;

import com.mediaflow.files.FilesProperties;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.imageio.ImageIO;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.ExifUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Thumbnails of images (JPEG, PNG, GIF, WebP, and whatever else an ImageIO reader on the class path
 * reads), scaled with Thumbnailator and turned upright by their EXIF orientation. Large images are
 * decoded subsampled, so making a thumbnail of a 50-megapixel photo needs a few megabytes, not
 * hundreds. The pixel limits are checked again on the header before decoding.
 */
@Component
class ImageThumbnails {

    private static final Logger log = LoggerFactory.getLogger(ImageThumbnails.class);

    private final int size;
    private final FilesProperties.Images limits;

    ImageThumbnails(FilesProperties properties) {
        this.size = properties.thumbnails().size();
        this.limits = properties.images();
    }

    boolean supports(String contentType) {
        return ImageHeaders.readable(contentType);
    }

    Thumbnail make(InputStream content, String contentType) throws IOException {
        var readers = ImageIO.getImageReadersByMIMEType(contentType);
        if (!readers.hasNext()) {
            return Thumbnail.unavailable("no thumbnail: no image reader for " + contentType);
        }
        var reader = readers.next();
        try (var input = ImageIO.createImageInputStream(content)) {
            reader.setInput(input, true, false);
            var width = reader.getWidth(0);
            var height = reader.getHeight(0);
            if ((long) width * height > limits.maxPixels()
                    || width > limits.maxDimension()
                    || height > limits.maxDimension()) {
                return Thumbnail.unavailable("no thumbnail: the image is larger than the pixel limits");
            }
            var orientation = orientation(reader);
            var param = reader.getDefaultReadParam();
            // Keep at least twice the thumbnail's size, so that Thumbnailator still has pixels to smooth.
            var step = Math.max(1, Math.max(width, height) / (2 * size));
            param.setSourceSubsampling(step, step, 0, 0);
            var image = reader.read(0, param);
            var alpha = image.getColorModel().hasAlpha();
            var out = new ByteArrayOutputStream();
            var builder = Thumbnails.of(image).size(size, size).outputFormat(alpha ? "png" : "jpg");
            if (!alpha) {
                builder.outputQuality(0.85);
            }
            if (orientation != null) {
                builder.addFilter(ExifFilterUtils.getFilterForOrientation(orientation));
            }
            builder.toOutputStream(out);
            return Thumbnail.made(out.toByteArray(), alpha ? "image/png" : "image/jpeg");
        } catch (IOException | RuntimeException e) {
            log.info("Cannot make a thumbnail of a {} image: {}", contentType, e.toString());
            return Thumbnail.failed("no thumbnail: the image could not be decoded");
        } finally {
            reader.dispose();
        }
    }

    private static net.coobird.thumbnailator.util.exif.@org.jspecify.annotations.Nullable Orientation orientation(
            javax.imageio.ImageReader reader) {
        try {
            return ExifUtils.getExifOrientation(reader, 0);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
