package com.mediaflow.calendar;

import static com.mediaflow.calendar.CalendarEventIntegrationTests.with;
import static com.mediaflow.calendar.CalendarFixtures.timed;
import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.shared.security.Role;
import com.mediaflow.support.Api;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.Json;
import com.mediaflow.support.ProjectFixtures;
import com.mediaflow.support.TestUsers;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class CalendarFeedIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    Api api;
    ProjectFixtures projects;
    CalendarFixtures calendar;
    Instant soon;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        projects = new ProjectFixtures(api, jdbc);
        calendar = new CalendarFixtures(api);
        soon = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    }

    @Test
    void theSubscriptionUrlIsIssuedOnFirstUseAndShownAgainUnchanged() {
        var editor = users.create(Role.EDITOR);

        var first = api.get(editor, "/api/calendar/feed-url");
        var again = api.get(editor, "/api/calendar/feed-url");

        assertThat(first).hasStatusOk();
        String url = Json.read(first, "$.url");
        assertThat(url).matches("http://localhost/api/calendar/feed/[A-Za-z0-9_-]{43}\\.ics");
        assertThat(Json.<String>read(first, "$.webcal_url")).isEqualTo(url.replaceFirst("^http", "webcal"));
        assertThat(Json.body(again)).isEqualTo(Json.body(first));
        var stored = jdbc.sql("SELECT secret_seed || ' ' || secret_hash FROM calendar_feeds WHERE member_id = :id")
                .param("id", editor.id())
                .query(String.class)
                .single();
        assertThat(stored).doesNotContain(secretOf(url));
        assertThat(auditActions(editor)).containsExactly("calendar_feed.issued");
    }

    @Test
    void theFeedHoldsWhatTheMemberAttendsAndTheirProjectsEventsWithinTheWindow() throws Exception {
        var producer = users.create(Role.PRODUCER);
        var editor = users.create(Role.EDITOR);
        var theirs = projects.projectWithCrew(producer, editor);
        var hidden = projects.project(producer);
        var onTheirProject = calendar.schedule(
                producer, with(timed("Colour review", soon, soon.plusSeconds(3600)), "project_id", theirs));
        var attendedOnHidden = calendar.schedule(
                producer, with(timed("Pick-up shots", soon, soon.plusSeconds(3600), editor), "project_id", hidden));
        var lunch = soon.plus(2, ChronoUnit.HOURS);
        var attendedStudioWide =
                calendar.schedule(producer, timed("Team lunch", lunch, lunch.plusSeconds(3600), editor));
        var studioWide = calendar.schedule(producer, timed("Board meeting", soon, soon.plusSeconds(3600)));
        var hiddenEvent = calendar.schedule(
                producer, with(timed("Secret shoot", soon, soon.plusSeconds(3600)), "project_id", hidden));
        var lastMonth = Instant.now().minus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        var recent = calendar.schedule(producer, timed("Wrap party", lastMonth, lastMonth.plusSeconds(7200), editor));
        var longAgo = Instant.now().minus(120, ChronoUnit.DAYS);
        var tooOld = calendar.schedule(producer, timed("Old shoot", longAgo, longAgo.plusSeconds(3600), editor));
        var farAhead = Instant.now().plus(400, ChronoUnit.DAYS);
        var tooFar = calendar.schedule(producer, timed("Next year", farAhead, farAhead.plusSeconds(3600), editor));

        var feed = feed(feedUrl(editor));

        assertThat(feed).hasStatusOk();
        assertThat(feed.getResponse().getContentType()).isEqualTo("text/calendar;charset=UTF-8");
        assertThat(feed.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
        var parsed = parse(feed);
        assertThat(value(parsed, Property.PRODID)).contains("-//MediaFlow CRM//Calendar feed//EN");
        assertThat(value(parsed, Property.VERSION)).contains("2.0");
        assertThat(uids(parsed))
                .containsExactlyInAnyOrder(
                        uid(onTheirProject), uid(attendedOnHidden), uid(attendedStudioWide), uid(recent))
                .doesNotContain(uid(studioWide), uid(hiddenEvent), uid(tooOld), uid(tooFar));
        var review = event(parsed, onTheirProject);
        assertThat(value(review, Property.SUMMARY)).contains("Colour review");
        assertThat(value(review, Property.CATEGORIES)).contains("Shoot");
        assertThat(value(review, Property.DESCRIPTION).orElseThrow()).startsWith("Production: ");
        assertThat(start(review)).isEqualTo(OffsetDateTime.parse(soon.toString()));
        assertThat(end(review))
                .isEqualTo(OffsetDateTime.parse(soon.plusSeconds(3600).toString()));
        assertThat(value(review, Property.DTSTAMP)).isPresent();
        assertThat(value(event(parsed, attendedOnHidden), Property.DESCRIPTION))
                .as("the production of a project they are not on stays hidden")
                .isEmpty();
    }

    @Test
    void textIsEscapedAllDayEventsAreDatesAndLongLinesAreFoldedAtSeventyFiveOctets() throws Exception {
        var producer = users.create(Role.PRODUCER);
        var editor = users.create(Role.EDITOR);
        var title = "Shoot; day 2, \"Fjällräven\" \\ studio";
        var description =
                "Call time 07:00.\nBring: lenses, batteries; the gimbal.\n" + "Crew für Köln ✓ 🎬 ".repeat(12);
        var awkward = calendar.schedule(
                producer,
                with(
                        with(timed(title, soon, soon.plusSeconds(3600), editor), "location", "Hall 3, Gate B; Köln"),
                        "description",
                        description));
        var start = LocalDate.ofInstant(soon, java.time.ZoneOffset.UTC).plusDays(2);
        var allDay = calendar.schedule(
                producer,
                Api.body(
                        "title",
                        "Festival",
                        "type",
                        "delivery",
                        "all_day",
                        true,
                        "start_date",
                        start.toString(),
                        "end_date",
                        start.plusDays(2).toString(),
                        "member_ids",
                        List.of(editor.id().toString())));

        var feed = feed(feedUrl(editor));
        var body = Json.body(feed);

        assertThat(body).contains("SUMMARY:Shoot\\; day 2\\, \"Fjällräven\" \\\\ studio\r\n");
        assertThat(body).endsWith("END:VCALENDAR\r\n");
        for (var line : body.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length)
                    .as("octets of %s", line)
                    .isLessThanOrEqualTo(75);
        }
        assertThat(body.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        var parsed = parse(feed);
        var shoot = event(parsed, awkward);
        assertThat(value(shoot, Property.SUMMARY)).contains(title);
        assertThat(value(shoot, Property.LOCATION)).contains("Hall 3, Gate B; Köln");
        assertThat(value(shoot, Property.DESCRIPTION)).contains(description.strip());
        var festival = event(parsed, allDay);
        assertThat(start(festival)).isEqualTo(start);
        assertThat(end(festival)).as("DTEND is exclusive").isEqualTo(start.plusDays(3));
        assertThat(body).contains("DTSTART;VALUE=DATE:" + start.toString().replace("-", ""));
    }

    @Test
    void rotatingTheUrlRevokesTheOldOne() {
        var editor = users.create(Role.EDITOR);
        var old = feedUrl(editor);

        var rotated = api.post(editor, "/api/calendar/feed-url/rotate", null);

        assertThat(rotated).hasStatusOk();
        String fresh = Json.read(rotated, "$.url");
        assertThat(fresh).isNotEqualTo(old);
        assertThat(feed(old)).hasStatus(404);
        assertThat(feed(fresh)).hasStatusOk();
        assertThat(feedUrl(editor)).isEqualTo(fresh);
        assertThat(auditActions(editor)).containsExactly("calendar_feed.issued", "calendar_feed.rotated");
    }

    @Test
    void unknownMalformedRevokedAndDeactivatedAddressesAreTheSame404() {
        var owner = users.create(Role.OWNER);
        var editor = users.create(Role.EDITOR);
        var leaver = users.create(Role.EDITOR);
        var revoked = feedUrl(editor);
        api.post(editor, "/api/calendar/feed-url/rotate", null);
        var leaversUrl = feedUrl(leaver);
        assertThat(feed(leaversUrl)).hasStatusOk();
        assertThat(api.delete(owner, "/api/team/members/" + leaver.id())).hasStatus(204);

        var answers = List.of(
                feed("http://localhost/api/calendar/feed/" + "A".repeat(43) + ".ics"),
                feed("http://localhost/api/calendar/feed/not-a-secret.ics"),
                feed(revoked),
                feed(leaversUrl));

        for (var answer : answers) {
            assertThat(answer).hasStatus(404);
            assertThat(answer).bodyJson().extractingPath("$.code").isEqualTo("NOT_FOUND");
            assertThat(answer).bodyJson().extractingPath("$.detail").isEqualTo("No calendar feed has this address");
        }
    }

    @Test
    void theSubscriptionUrlNeedsSignInButTheFeedDoesNot() {
        var editor = users.create(Role.EDITOR);
        var url = feedUrl(editor);

        assertThat(mvc.get().uri("/api/calendar/feed-url").exchange()).hasStatus(401);
        assertThat(mvc.post().uri("/api/calendar/feed-url/rotate").exchange()).hasStatus(401);
        assertThat(feed(url)).hasStatusOk();
    }

    @Test
    void producersFeedCarriesEveryProductionButOnlyTheStudioWideEventsTheyAttend() throws Exception {
        var producer = users.create(Role.PRODUCER);
        var colleague = users.create(Role.PRODUCER);
        var othersProject = projects.project(colleague);
        var production = calendar.schedule(
                colleague, with(timed("Location scout", soon, soon.plusSeconds(3600)), "project_id", othersProject));
        var notAttending = calendar.schedule(colleague, timed("Accounts meeting", soon, soon.plusSeconds(3600)));
        var attending = calendar.schedule(colleague, timed("Budget review", soon, soon.plusSeconds(3600), producer));

        var uids = uids(parse(feed(feedUrl(producer))));

        assertThat(uids).contains(uid(production), uid(attending)).doesNotContain(uid(notAttending));
    }

    private String feedUrl(TestUsers.TestUser member) {
        var result = api.get(member, "/api/calendar/feed-url");
        assertThat(result).hasStatusOk();
        return Json.read(result, "$.url");
    }

    private MvcTestResult feed(String url) {
        return mvc.get().uri(URI.create(url).getPath()).exchange();
    }

    private List<String> auditActions(TestUsers.TestUser member) {
        return jdbc.sql("SELECT action FROM audit_log WHERE entity_type = 'calendar_feed' AND entity_id = :id"
                        + " ORDER BY occurred_at")
                .param("id", member.id().toString())
                .query(String.class)
                .list();
    }

    private static Calendar parse(MvcTestResult feed) throws Exception {
        assertThat(feed).hasStatusOk();
        return new CalendarBuilder().build(new StringReader(Json.body(feed)));
    }

    private static List<String> uids(Calendar calendar) {
        return events(calendar).stream()
                .map(event -> value(event, Property.UID).orElseThrow())
                .toList();
    }

    private static VEvent event(Calendar calendar, String eventId) {
        var matching = events(calendar).stream()
                .filter(event -> value(event, Property.UID).equals(Optional.of(uid(eventId))))
                .collect(Collectors.toList());
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }

    private static List<VEvent> events(Calendar calendar) {
        return calendar.<VEvent>getComponents(Component.VEVENT);
    }

    private static Optional<String> value(Calendar calendar, String property) {
        return calendar.getProperty(property).map(Property::getValue);
    }

    private static Optional<String> value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue);
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

    private static String uid(String eventId) {
        return eventId + "@mediaflow";
    }

    private static String secretOf(String url) {
        var path = URI.create(url).getPath();
        return path.substring(path.lastIndexOf('/') + 1, path.length() - ".ics".length());
    }
}
