package com.mediaflow.notifications.internal;

import com.github.jknack.handlebars.Context;
import com.github.jknack.handlebars.EscapingStrategy;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.Helper;
import com.github.jknack.handlebars.Options;
import com.github.jknack.handlebars.cache.ConcurrentMapTemplateCache;
import com.github.jknack.handlebars.context.MapValueResolver;
import com.github.jknack.handlebars.io.ClassPathTemplateLoader;
import com.github.jknack.handlebars.io.CompositeTemplateLoader;
import com.github.jknack.handlebars.io.FileTemplateLoader;
import com.github.jknack.handlebars.io.TemplateLoader;
import com.github.jknack.handlebars.io.TemplateSource;
import com.mediaflow.notifications.MailTemplate;
import com.mediaflow.notifications.NotificationProperties;
import com.mediaflow.organization.OrganizationDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Renders a {@link MailTemplate} with its model into a subject, a plain-text part and an HTML part,
 * in the studio's branding. Templates come from {@code classpath:templates/mail}, each file
 * replaceable by one of the same name in {@code mediaflow.notifications.template-dir} (re-read when
 * it changes). The HTML part escapes every value; the text part and the subject are not HTML and
 * are left unescaped. Both share a layout ({@code layout.html.hbs}, {@code layout.txt.hbs}).
 */
@Component
public class MailRenderer {

    static final String CLASSPATH_FOLDER = "/templates/mail";
    private static final String ZONE = "_zone";
    private static final int MAX_SUBJECT = 200;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);

    private final Handlebars subjects;
    private final Handlebars texts;
    private final Handlebars pages;
    private final OrganizationDirectory organization;
    private final NotificationProperties properties;

    MailRenderer(OrganizationDirectory organization, NotificationProperties properties) {
        this.organization = organization;
        this.properties = properties;
        var overrides = overrideFolder(properties.templateDir());
        this.subjects = handlebars(loader(overrides, ".subject.hbs"), EscapingStrategy.NOOP, overrides != null);
        this.texts = handlebars(loader(overrides, ".txt.hbs"), EscapingStrategy.NOOP, overrides != null);
        this.pages = handlebars(loader(overrides, ".html.hbs"), EscapingStrategy.HTML_ENTITY, overrides != null);
    }

    /** Renders the template for one recipient; a template that fails to render is a programming error. */
    public <M extends Record> RenderedMail render(MailTemplate<M> template, String recipient, M model) {
        var branding = MailBranding.of(organization.current());
        var values = new LinkedHashMap<String, Object>(recordToMap(model));
        values.put("studio", branding.asModel());
        values.put("recipient", recipient);
        if (template.preference() != null) {
            values.put("preferencesUrl", properties.frontendBase() + "/settings/notifications");
        }
        values.put(ZONE, branding.zone());
        try {
            var subject = oneLine(apply(subjects, template, values));
            if (subject.isEmpty()) {
                throw new IllegalStateException("The subject template of " + template + " rendered nothing");
            }
            var text = apply(texts, template, values).strip() + "\n";
            var html = apply(pages, template, values);
            return new RenderedMail(subject, text, html);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the e-mail template " + template, e);
        }
    }

    private static String apply(Handlebars handlebars, MailTemplate<?> template, Map<String, Object> values)
            throws IOException {
        var context =
                Context.newBuilder(values).resolver(MapValueResolver.INSTANCE).build();
        try {
            return handlebars.compile(template.fileName()).apply(context).replace("\r\n", "\n");
        } finally {
            context.destroy();
        }
    }

    private static String oneLine(String subject) {
        var line = subject.replaceAll("\\s+", " ").strip();
        return line.length() <= MAX_SUBJECT
                ? line
                : line.substring(0, MAX_SUBJECT - 1).strip() + "…";
    }

    /** A record as a map of its components, nested records and lists converted too; nulls left out. */
    static Map<String, Object> recordToMap(Record record) {
        var map = new LinkedHashMap<String, Object>();
        for (var component : record.getClass().getRecordComponents()) {
            try {
                var accessor = component.getAccessor();
                accessor.setAccessible(true);
                var value = accessor.invoke(record);
                if (value != null) {
                    map.put(component.getName(), convert(value));
                }
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Cannot read " + component.getName() + " of a mail model", e);
            }
        }
        return map;
    }

    private static Object convert(Object value) {
        if (value instanceof Record nested) {
            return recordToMap(nested);
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(MailRenderer::convert).toList();
        }
        return value;
    }

    private static @Nullable Path overrideFolder(@Nullable Path folder) {
        if (folder == null) {
            return null;
        }
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException(
                    "mediaflow.notifications.template-dir is not a folder: " + folder.toAbsolutePath());
        }
        return folder;
    }

    private static TemplateLoader loader(@Nullable Path overrides, String suffix) {
        var classpath = new ClassPathTemplateLoader(CLASSPATH_FOLDER, suffix);
        if (overrides == null) {
            return classpath;
        }
        return new CompositeTemplateLoader(new ChangeAwareFileLoader(overrides.toFile(), suffix), classpath);
    }

    /**
     * Reads the file's modification time when it is loaded, so the cache can tell an edited
     * template from the one it holds (the source would otherwise read it only when compared).
     */
    private static final class ChangeAwareFileLoader extends FileTemplateLoader {

        ChangeAwareFileLoader(java.io.File folder, String suffix) {
            super(folder, suffix);
        }

        @Override
        public TemplateSource sourceAt(String location) throws IOException {
            var source = super.sourceAt(location);
            source.lastModified();
            return source;
        }
    }

    private static Handlebars handlebars(TemplateLoader loader, EscapingStrategy escaping, boolean reload) {
        var handlebars = new Handlebars(loader)
                .with(escaping)
                .with(new ConcurrentMapTemplateCache().setReload(reload))
                .prettyPrint(true);
        handlebars.setInfiniteLoops(false);
        handlebars.registerHelper("date", (Helper<Object>) (value, options) -> date(value, options));
        handlebars.registerHelper("dateTime", (Helper<Object>) (value, options) -> dateTime(value, options));
        handlebars.registerHelper("money", (Helper<Object>) MailRenderer::money);
        return handlebars;
    }

    private static String date(@Nullable Object value, Options options) {
        if (value instanceof LocalDate day) {
            return DATE.format(day);
        }
        if (value instanceof Instant instant) {
            return DATE.format(instant.atZone(zone(options)));
        }
        return value == null ? "" : value.toString();
    }

    private static String dateTime(@Nullable Object value, Options options) {
        if (value instanceof Instant instant) {
            var zone = zone(options);
            return DATE_TIME.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
        }
        return date(value, options);
    }

    private static String money(@Nullable Object value, Options options) {
        if (!(value instanceof BigDecimal amount)) {
            return value == null ? "" : value.toString();
        }
        Object currency = options.params.length > 0 ? options.param(0) : "";
        var code = String.valueOf(currency);
        var digits = fractionDigits(code);
        var format = new DecimalFormat(
                digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits), DecimalFormatSymbols.getInstance(Locale.ROOT));
        var formatted = format.format(amount.setScale(digits, RoundingMode.HALF_UP));
        return code.isEmpty() ? formatted : formatted + " " + code;
    }

    private static int fractionDigits(String currency) {
        try {
            return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        } catch (IllegalArgumentException e) {
            return 2;
        }
    }

    private static ZoneId zone(Options options) {
        var zone = options.get(ZONE);
        return zone instanceof ZoneId id ? id : ZoneId.of("UTC");
    }
}
