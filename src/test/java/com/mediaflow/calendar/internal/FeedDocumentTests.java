package com.mediaflow.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.calendar.EventType;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class FeedDocumentTests {

    static final Instant CREATED = Instant.parse("2031-01-10T08:00:00Z");
    static final Instant UPDATED = Instant.parse("2031-01-11T16:45:30Z");

    @Test
    void anEmptyFeedIsAValidCalendarWithItsName() throws Exception {
        var text = FeedDocument.write("Studio Nord; Köln, DE", List.of(), Map.of());

        var calendar = parse(text);

        assertThat(calendar.getComponents(Component.VEVENT)).isEmpty();
        assertThat(value(calendar, Property.PRODID)).isEqualTo(FeedDocument.PRODUCT);
        assertThat(value(calendar, Property.VERSION)).isEqualTo("2.0");
        assertThat(value(calendar, Property.CALSCALE)).isEqualTo("GREGORIAN");
        assertThat(value(calendar, "X-WR-CALNAME")).isEqualTo("Studio Nord; Köln, DE");
        assertThat(text).contains("REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n");
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
    }

    @Test
    void aTimedEventIsWrittenInUtcWithItsIdentityAndRevision() throws Exception {
        var event = event("Rough cut review", false, null, null, null, null);

        var parsed = single(parse(FeedDocument.write("Studio", List.of(event), Map.of())));

        assertThat(value(parsed, Property.UID)).isEqualTo(event.id() + "@mediaflow");
        assertThat(start(parsed)).isEqualTo(OffsetDateTime.parse("2031-02-03T09:30:00Z"));
        assertThat(end(parsed)).isEqualTo(OffsetDateTime.parse("2031-02-03T11:00:00Z"));
        assertThat(value(parsed, Property.DTSTAMP)).isEqualTo("20310111T164530Z");
        assertThat(value(parsed, Property.CREATED)).isEqualTo("20310110T080000Z");
        assertThat(value(parsed, Property.LAST_MODIFIED)).isEqualTo("20310111T164530Z");
        assertThat(value(parsed, Property.SEQUENCE)).isEqualTo("4");
        assertThat(value(parsed, Property.CATEGORIES)).isEqualTo("Review");
        assertThat(parsed.getProperty(Property.LOCATION)).isEmpty();
        assertThat(parsed.getProperty(Property.DESCRIPTION)).isEmpty();
    }

    @Test
    void anAllDayEventIsWrittenAsDatesWithAnExclusiveEnd() throws Exception {
        var event = event("Festival", true, LocalDate.parse("2031-06-10"), LocalDate.parse("2031-06-12"), null, null);

        var text = FeedDocument.write("Studio", List.of(event), Map.of());
        var parsed = single(parse(text));

        assertThat(text).contains("DTSTART;VALUE=DATE:20310610\r\n").contains("DTEND;VALUE=DATE:20310613\r\n");
        assertThat(start(parsed)).isEqualTo(LocalDate.parse("2031-06-10"));
        assertThat(end(parsed)).isEqualTo(LocalDate.parse("2031-06-13"));
    }

    @Test
    void textIsEscapedAndControlCharactersDropped() throws Exception {
        var title = "Shoot; day 2, \"A\\B\"";
        var event = event(title, false, null, null, "Hall 3,\r\nGate B", "Line one\rLine two\u0007\tend");

        var text = FeedDocument.write("Studio", List.of(event), Map.of());
        var parsed = single(parse(text));

        assertThat(text).contains("SUMMARY:Shoot\\; day 2\\, \"A\\\\B\"\r\n");
        assertThat(text).contains("LOCATION:Hall 3\\,\\nGate B\r\n");
        assertThat(text).doesNotContain("\u0007");
        assertThat(value(parsed, Property.SUMMARY)).isEqualTo(title);
        assertThat(value(parsed, Property.LOCATION)).isEqualTo("Hall 3,\nGate B");
        assertThat(value(parsed, Property.DESCRIPTION)).isEqualTo("Line one\nLine two\tend");
    }

    @Test
    void theProductionIsNamedInTheDescriptionWhenGiven() throws Exception {
        var projectId = UUID.randomUUID();
        var withNotes = event("Shoot", false, null, null, null, "Bring the gimbal", projectId);
        var withoutNotes = event("Recce", false, null, null, null, null, projectId);
        var unnamed = event("Pick-ups", false, null, null, null, null, UUID.randomUUID());

        var calendar = parse(FeedDocument.write(
                "Studio", List.of(withNotes, withoutNotes, unnamed), Map.of(projectId, "PRJ-0042 – Spring campaign")));

        assertThat(value(find(calendar, withNotes), Property.DESCRIPTION))
                .isEqualTo("Bring the gimbal\n\nProduction: PRJ-0042 – Spring campaign");
        assertThat(value(find(calendar, withoutNotes), Property.DESCRIPTION))
                .isEqualTo("Production: PRJ-0042 – Spring campaign");
        assertThat(find(calendar, unnamed).getProperty(Property.DESCRIPTION)).isEmpty();
    }

    private static CalendarEventView event(
            String title,
            boolean allDay,
            @Nullable LocalDate startDate,
            @Nullable LocalDate endDate,
            @Nullable String location,
            @Nullable String description) {
        return event(title, allDay, startDate, endDate, location, description, null);
    }

    private static CalendarEventView event(
            String title,
            boolean allDay,
            @Nullable LocalDate startDate,
            @Nullable LocalDate endDate,
            @Nullable String location,
            @Nullable String description,
            @Nullable UUID projectId) {
        return new CalendarEventView(
                UUID.randomUUID(),
                title,
                allDay ? EventType.OTHER : EventType.REVIEW,
                Instant.parse("2031-02-03T09:30:00Z"),
                Instant.parse("2031-02-03T11:00:00Z"),
                allDay,
                startDate,
                endDate,
                location,
                description,
                projectId,
                List.of(),
                List.of(),
                null,
                CREATED,
                UPDATED,
                4);
    }

    private static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static VEvent single(Calendar calendar) {
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static VEvent find(Calendar calendar, CalendarEventView event) {
        return calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .filter(candidate -> value(candidate, Property.UID).equals(event.id() + "@mediaflow"))
                .findFirst()
                .orElseThrow();
    }

    private static String value(Calendar calendar, String name) {
        return calendar.getProperty(name).map(Property::getValue).orElseThrow();
    }

    private static String value(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElseThrow();
    }

    private static Temporal start(VEvent event) {
        return event.<DateProperty<Temporal>>getProperty(Property.DTSTART)
                .orElseThrow()
                .getDate();
    }

    private static Temporal end(VEvent event) {
        return event.<DateProperty<Temporal>>getProperty(Property.DTEND)
                .orElseThrow()
                .getDate();
    }
}
