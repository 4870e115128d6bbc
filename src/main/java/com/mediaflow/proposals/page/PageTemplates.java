package com.mediaflow.proposals.page;

import com.github.jknack.handlebars.Context;
import com.github.jknack.handlebars.EscapingStrategy;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.cache.ConcurrentMapTemplateCache;
import com.github.jknack.handlebars.context.FieldValueResolver;
import com.github.jknack.handlebars.context.MapValueResolver;
import com.github.jknack.handlebars.context.MethodValueResolver;
import com.github.jknack.handlebars.io.ClassPathTemplateLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/**
 * The Handlebars templates of the public pages ({@code templates/public/*.hbs}). Every {@code
 * {{value}}} is HTML-escaped (ampersands, angle brackets, quotes, backticks and equals signs become
 * entities), so what the studio or the client typed is always shown as text.
 */
@Component
class PageTemplates {

    private final Handlebars handlebars = new Handlebars(new ClassPathTemplateLoader("/templates/public", ".hbs"))
            .with(EscapingStrategy.HTML_ENTITY)
            .with(new ConcurrentMapTemplateCache());

    String render(String name, Object model) {
        var context = Context.newBuilder(model)
                .resolver(MapValueResolver.INSTANCE, MethodValueResolver.INSTANCE, FieldValueResolver.INSTANCE)
                .build();
        try {
            return handlebars.compile(name).apply(context);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the page template " + name, e);
        } finally {
            context.destroy();
        }
    }
}
