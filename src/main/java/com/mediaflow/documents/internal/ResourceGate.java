package com.mediaflow.documents.internal;

import com.mediaflow.documents.DocumentImage;
import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.extend.FSUriResolver;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the PDF engine may load while laying out one document: the images handed to this render
 * ({@code inline:NAME}) and files under the built-in template folder on the classpath
 * ({@code classpath:/templates/documents/...}). Every other address, whether {@code file:},
 * {@code http(s):}, {@code jar:}, {@code data:} or anything a template or user text names, resolves
 * to nothing, is refused by the access check, and has no stream behind it: three independent locks,
 * so a change in one of the engine's code paths cannot open a way to the disk or the network.
 */
final class ResourceGate implements FSUriResolver, FSStreamFactory {

    static final String BASE_URI = "classpath:" + Templates.CLASSPATH_FOLDER + "/";
    private static final String INLINE = "inline:";

    private final Map<String, byte[]> images = new HashMap<>();

    ResourceGate(List<DocumentImage> images) {
        images.forEach(image -> this.images.put(image.name(), image.content()));
    }

    @Override
    public @Nullable String resolveURI(@Nullable String baseUri, @Nullable String uri) {
        if (uri == null) {
            return null;
        }
        var candidate = uri.strip();
        if (candidate.startsWith(INLINE)) {
            return images.containsKey(candidate.substring(INLINE.length())) ? candidate : null;
        }
        if (candidate.contains(":")) {
            // An absolute address: only the template folder itself, spelled out.
            return isTemplateAsset(candidate) ? candidate : null;
        }
        try {
            var resolved = new URI(BASE_URI)
                    .resolve(new URI(null, null, candidate, null))
                    .toString();
            return isTemplateAsset(resolved) ? resolved : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    boolean allows(@Nullable String uri, @Nullable ExternalResourceType type) {
        if (uri == null) {
            return false;
        }
        if (uri.startsWith(INLINE)) {
            return images.containsKey(uri.substring(INLINE.length()));
        }
        return isTemplateAsset(uri);
    }

    @Override
    public FSStream getUrl(String uri) {
        if (uri.startsWith(INLINE) && images.containsKey(uri.substring(INLINE.length()))) {
            return new BytesStream(images.get(uri.substring(INLINE.length())));
        }
        if (isTemplateAsset(uri)) {
            var path = uri.substring("classpath:".length());
            var stream = ResourceGate.class.getResourceAsStream(path);
            return stream == null ? Refused.INSTANCE : new OpenedStream(stream);
        }
        return Refused.INSTANCE;
    }

    private static boolean isTemplateAsset(String uri) {
        if (!uri.startsWith(BASE_URI)) {
            return false;
        }
        var path = uri.substring("classpath:".length());
        return !path.contains("..") && !path.contains("\\") && !path.contains("%") && path.matches("[A-Za-z0-9/._-]+");
    }

    /** A stream factory that opens nothing, for every protocol the engine would otherwise fetch itself. */
    static final class Refused implements FSStream, FSStreamFactory {

        static final Refused INSTANCE = new Refused();

        @Override
        public FSStream getUrl(String url) {
            return this;
        }

        @Override
        public @Nullable InputStream getStream() {
            return null;
        }

        @Override
        public @Nullable Reader getReader() {
            return null;
        }
    }

    private record BytesStream(byte[] bytes) implements FSStream {

        @Override
        public InputStream getStream() {
            return new ByteArrayInputStream(bytes);
        }

        @Override
        public Reader getReader() {
            return new InputStreamReader(getStream(), StandardCharsets.UTF_8);
        }
    }

    private record OpenedStream(InputStream stream) implements FSStream {

        @Override
        public InputStream getStream() {
            return stream;
        }

        @Override
        public Reader getReader() {
            return new InputStreamReader(stream, StandardCharsets.UTF_8);
        }
    }
}
