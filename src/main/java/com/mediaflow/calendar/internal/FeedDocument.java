package com.mediaflow.calendar.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Created;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.jspecify.annotations.Nullable;

/**
 * Events as an iCalendar (RFC 5545) document, built with ical4j (which escapes text values) and
 * folded at 75 octets. Timed events are written in UTC; all-day events as {@code VALUE=DATE} days,
 * with the exclusive end date RFC 5545 expects.
 */
final class FeedDocument {

    static final String PRODUCT = "-//MediaFlow CRM//Calendar feed//EN";

    /** How often calendar apps are asked to fetch the feed again. */
    static final Duration REFRESH = Duration.ofHours(1);

    private static final Pattern LINE_BREAKS = Pattern.compile("\r\n?");
    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("[\\p{Cc}&&[^\n\t]]");

    private FeedDocument() {}

    /**
     * @param productions the code and name of each event's project, by project id, for the description
     */
    static String write(String calendarName, List<CalendarEventView> events, Map<UUID, String> productions) {
        var calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new Name(text(calendarName)));
        calendar.add(new XProperty("X-WR-CALNAME", text(calendarName)));
        calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
        calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        for (var event : events) {
            var projectId = event.projectId();
            calendar.add(event(event, projectId == null ? null : productions.get(projectId)));
        }
        return ContentLines.fold(calendar.toString());
    }

    private static VEvent event(CalendarEventView event, @Nullable String production) {
        var component = new VEvent(false);
        component.add(new Uid(event.id() + "@mediaflow"));
        component.add(new DtStamp(event.updatedAt()));
        component.add(new Created(event.createdAt()));
        component.add(new LastModified(event.updatedAt()));
        component.add(new Sequence((int) Math.min(event.version(), Integer.MAX_VALUE)));
        LocalDate startDate = event.startDate();
        LocalDate endDate = event.endDate();
        if (event.allDay() && startDate != null && endDate != null) {
            component.add(new DtStart<>(startDate));
            component.add(new DtEnd<>(endDate.plusDays(1)));
        } else {
            component.add(new DtStart<Instant>(event.startsAt()));
            component.add(new DtEnd<Instant>(event.endsAt()));
        }
        component.add(new Summary(text(event.title())));
        component.add(new Categories(event.type().label()));
        if (event.location() != null) {
            component.add(new Location(text(event.location())));
        }
        var description = description(event.description(), production);
        if (description != null) {
            component.add(new Description(text(description)));
        }
        return component;
    }

    private static @Nullable String description(@Nullable String description, @Nullable String production) {
        if (production == null) {
            return description;
        }
        var line = "Production: " + production;
        return description == null ? line : description + "\n\n" + line;
    }

    /** Text as RFC 5545 allows it: line breaks as LF (escaped by ical4j), no other control characters. */
    private static String text(String value) {
        return CONTROL_CHARACTERS
                .matcher(LINE_BREAKS.matcher(value).replaceAll("\n"))
                .replaceAll("");
    }
}
