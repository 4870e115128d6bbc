package com.mediaflow.documents.internal;

import com.github.jknack.handlebars.Context;
import com.github.jknack.handlebars.EscapingStrategy;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.Template;
import com.github.jknack.handlebars.cache.ConcurrentMapTemplateCache;
import com.github.jknack.handlebars.context.FieldValueResolver;
import com.github.jknack.handlebars.context.JavaBeanValueResolver;
import com.github.jknack.handlebars.context.MapValueResolver;
import com.github.jknack.handlebars.context.MethodValueResolver;
import com.github.jknack.handlebars.io.ClassPathTemplateLoader;
import com.github.jknack.handlebars.io.CompositeTemplateLoader;
import com.github.jknack.handlebars.io.FileTemplateLoader;
import com.github.jknack.handlebars.io.TemplateLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The Handlebars templates of the documents: the configured folder first, then the built-in ones
 * on the classpath. Values are HTML-escaped (ampersands, angle brackets, quotes, backticks and equals
 * signs become entities); compiled templates are cached, and
 * re-read when a file in the configured folder changes.
 */
public final class Templates {

    static final String CLASSPATH_FOLDER = "/templates/documents";
    private static final String SUFFIX = ".hbs";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private final Handlebars handlebars;

    public Templates(@Nullable Path overrideFolder) {
        this.handlebars = new Handlebars(loader(overrideFolder))
                .with(EscapingStrategy.HTML_ENTITY)
                .with(new ConcurrentMapTemplateCache().setReload(overrideFolder != null));
        this.handlebars.registerHelpers(TemplateHelpers.class);
    }

    public String render(String name, Object model) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A template name is lower-case letters, digits and dashes: " + name);
        }
        var context = Context.newBuilder(model)
                .resolver(
                        MapValueResolver.INSTANCE,
                        MethodValueResolver.INSTANCE,
                        JavaBeanValueResolver.INSTANCE,
                        FieldValueResolver.INSTANCE)
                .build();
        try {
            Template template = handlebars.compile(name);
            return template.apply(context);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the document template " + name, e);
        } finally {
            context.destroy();
        }
    }

    private static TemplateLoader loader(@Nullable Path overrideFolder) {
        var builtIn = new ClassPathTemplateLoader(CLASSPATH_FOLDER, SUFFIX);
        if (overrideFolder == null) {
            return builtIn;
        }
        if (!Files.isDirectory(overrideFolder)) {
            throw new IllegalStateException(
                    "mediaflow.documents.template-folder is not a folder: " + overrideFolder.toAbsolutePath());
        }
        return new CompositeTemplateLoader(new FileTemplateLoader(overrideFolder.toFile(), SUFFIX), builtIn);
    }
}
