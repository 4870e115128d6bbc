package com.mediaflow.calendar;

import static com.mediaflow.calendar.CalendarFixtures.ids;
import static com.mediaflow.calendar.CalendarFixtures.timed;
import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.shared.security.Role;
import com.mediaflow.support.Api;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.Json;
import com.mediaflow.support.ProjectFixtures;
import com.mediaflow.support.TestUsers;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class CalendarEventIntegrationTests {

    static final Instant NINE = Instant.parse("2031-05-12T09:00:00Z");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    Api api;
    ProjectFixtures projects;
    CalendarFixtures calendar;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        projects = new ProjectFixtures(api, jdbc);
        calendar = new CalendarFixtures(api);
    }

    @Test
    void producerSchedulesAShootWithCrewAndContacts() {
        var producer = users.create(Role.PRODUCER);
        var camera = users.create(Role.EDITOR);
        var sound = users.create(Role.EDITOR);
        var projectId = projects.project(producer);
        var client = projects.client(producer);

        var result = api.post(
                producer,
                "/api/calendar/events",
                Api.body(
                        "title",
                        "  Studio shoot, day 1  ",
                        "type",
                        "shoot",
                        "starts_at",
                        "2031-05-12T11:00:00+02:00",
                        "ends_at",
                        "2031-05-12T17:30:00.750+02:00",
                        "location",
                        "  Stage 2  ",
                        "description",
                        "   ",
                        "project_id",
                        projectId,
                        "member_ids",
                        List.of(
                                camera.id().toString(),
                                sound.id().toString(),
                                camera.id().toString()),
                        "contact_ids",
                        List.of(client.toString())));

        assertThat(result).hasStatus(201);
        String id = Json.read(result, "$.id");
        assertThat(result.getResponse().getHeader("Location")).isEqualTo("/api/calendar/events/" + id);
        var json = assertThat(result).bodyJson();
        json.extractingPath("$.title").isEqualTo("Studio shoot, day 1");
        json.extractingPath("$.type").isEqualTo("shoot");
        json.extractingPath("$.starts_at").isEqualTo("2031-05-12T09:00:00Z");
        json.extractingPath("$.ends_at").isEqualTo("2031-05-12T15:30:00Z");
        json.extractingPath("$.all_day").isEqualTo(false);
        json.extractingPath("$.start_date").isNull();
        json.extractingPath("$.end_date").isNull();
        json.extractingPath("$.location").isEqualTo("Stage 2");
        json.extractingPath("$.description").isNull();
        json.extractingPath("$.project_id").isEqualTo(projectId);
        json.extractingPath("$.member_ids").asArray().containsExactlyElementsOf(sorted(camera.id(), sound.id()));
        json.extractingPath("$.contact_ids").asArray().containsExactly(client.toString());
        json.extractingPath("$.created_by").isEqualTo(producer.id().toString());
        json.extractingPath("$.version").isEqualTo(0);
        assertThat(Json.body(api.get(camera, "/api/calendar/events/" + id))).isEqualTo(Json.body(result));
        assertThat(auditActions(id)).containsExactly("event.created");
    }

    @Test
    void allDayEventsAreWholeDaysInTheStudiosTimeZone() {
        var producer = users.create(Role.PRODUCER);
        var zone = studioZone();

        var delivery = api.post(
                producer,
                "/api/calendar/events",
                Api.body("title", "Master delivery", "type", "delivery", "all_day", true, "start_date", "2031-06-03"));
        var festival = api.post(
                producer,
                "/api/calendar/events",
                Api.body(
                        "title",
                        "Festival",
                        "type",
                        "other",
                        "all_day",
                        true,
                        "start_date",
                        "2031-06-10",
                        "end_date",
                        "2031-06-12"));

        assertThat(delivery).hasStatus(201);
        var one = assertThat(delivery).bodyJson();
        one.extractingPath("$.all_day").isEqualTo(true);
        one.extractingPath("$.start_date").isEqualTo("2031-06-03");
        one.extractingPath("$.end_date").isEqualTo("2031-06-03");
        one.extractingPath("$.starts_at").isEqualTo(startOf(LocalDate.parse("2031-06-03"), zone));
        one.extractingPath("$.ends_at").isEqualTo(startOf(LocalDate.parse("2031-06-04"), zone));
        assertThat(festival).hasStatus(201);
        var three = assertThat(festival).bodyJson();
        three.extractingPath("$.end_date").isEqualTo("2031-06-12");
        three.extractingPath("$.ends_at").isEqualTo(startOf(LocalDate.parse("2031-06-13"), zone));
    }

    @Test
    void invalidEventsAreRejectedAndNothingIsSaved() {
        var producer = users.create(Role.PRODUCER);
        var crew = users.create(Role.EDITOR);
        var gone = users.create(Role.EDITOR);
        jdbc.sql("UPDATE team_members SET status = 'DEACTIVATED', deactivated_at = now() WHERE id = :id")
                .param("id", gone.id())
                .update();
        var deletedContact = projects.client(producer);
        jdbc.sql("UPDATE contacts SET deleted_at = now(), deleted_by = :by WHERE id = :id")
                .param("by", producer.id())
                .param("id", deletedContact)
                .update();
        var valid = timed("Recce", NINE, NINE.plus(2, ChronoUnit.HOURS), crew);

        var blank = api.post(producer, "/api/calendar/events", Api.body("title", " ", "starts_at", NINE.toString()));
        assertThat(blank).hasStatus(400);
        assertThat(blank)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .containsExactlyInAnyOrder("title", "type");
        assertThat(api.post(producer, "/api/calendar/events", with(valid, "type", "party")))
                .hasStatus(400);
        assertFieldError(
                api.post(producer, "/api/calendar/events", with(valid, "ends_at", NINE.toString())),
                "ends_at",
                "must be after starts_at");
        assertFieldError(
                api.post(producer, "/api/calendar/events", with(valid, "starts_at", null)),
                "starts_at",
                "is required unless the event is all-day");
        assertFieldError(
                api.post(producer, "/api/calendar/events", with(valid, "start_date", "2031-05-12")),
                "start_date",
                "is only for all-day events");
        assertFieldError(
                api.post(producer, "/api/calendar/events", with(valid, "all_day", true)),
                "starts_at",
                "must be left out of an all-day event");
        assertFieldError(
                api.post(
                        producer,
                        "/api/calendar/events",
                        Api.body(
                                "title",
                                "Festival",
                                "type",
                                "other",
                                "all_day",
                                true,
                                "start_date",
                                "2031-06-10",
                                "end_date",
                                "2031-06-09")),
                "end_date",
                "must be on or after start_date");
        assertFieldError(
                api.post(
                        producer,
                        "/api/calendar/events",
                        with(valid, "ends_at", NINE.plus(367, ChronoUnit.DAYS).toString())),
                "ends_at",
                "at most 366 days");
        assertFieldError(
                api.post(
                        producer,
                        "/api/calendar/events",
                        with(valid, "project_id", UUID.randomUUID().toString())),
                "project_id",
                "must be an existing project");
        assertFieldError(
                api.post(producer, "/api/calendar/events", with(valid, "member_ids", ids(crew, gone))),
                "member_ids",
                gone.id().toString());
        assertFieldError(
                api.post(
                        producer,
                        "/api/calendar/events",
                        with(valid, "member_ids", List.of(UUID.randomUUID().toString()))),
                "member_ids",
                "must be studio members who are not deactivated");
        assertFieldError(
                api.post(
                        producer,
                        "/api/calendar/events",
                        with(valid, "contact_ids", List.of(deletedContact.toString()))),
                "contact_ids",
                "must be existing contacts");
        assertThat(calendar.listed(producer, "member_id=" + crew.id() + "&from=2031-05-01&to=2031-05-31"))
                .isEmpty();
    }

    @Test
    void updateReplacesTheDetailsAndRefusesAStaleVersion() {
        var producer = users.create(Role.PRODUCER);
        var first = users.create(Role.EDITOR);
        var second = users.create(Role.EDITOR);
        var body = timed("Edit review", NINE, NINE.plus(1, ChronoUnit.HOURS), first);
        body.put("location", "Suite 4");
        body.put("type", "review");
        var id = calendar.schedule(producer, body);

        var moved = timed("Edit review (v2)", NINE.plus(1, ChronoUnit.DAYS), NINE.plus(26, ChronoUnit.HOURS), second);
        moved.put("type", "review");
        moved.put("version", 0);
        var updated = api.put(producer, "/api/calendar/events/" + id, moved);
        var stale = api.put(producer, "/api/calendar/events/" + id, with(moved, "title", "Lost update"));

        assertThat(updated).hasStatusOk();
        var json = assertThat(updated).bodyJson();
        json.extractingPath("$.title").isEqualTo("Edit review (v2)");
        json.extractingPath("$.starts_at").isEqualTo("2031-05-13T09:00:00Z");
        json.extractingPath("$.location").isNull();
        json.extractingPath("$.member_ids")
                .asArray()
                .containsExactly(second.id().toString());
        json.extractingPath("$.version").isEqualTo(1);
        assertThat(stale).hasStatus(409);
        assertThat(stale).bodyJson().extractingPath("$.code").isEqualTo("CONFLICT");
        assertThat(stale).bodyJson().extractingPath("$.current_version").isEqualTo(1);
        assertThat(api.get(producer, "/api/calendar/events/" + id))
                .bodyJson()
                .extractingPath("$.title")
                .isEqualTo("Edit review (v2)");
        assertThat(auditActions(id)).containsExactly("event.created", "event.updated");
    }

    @Test
    void deletingAnEventRemovesIt() {
        var manager = users.create(Role.MANAGER);
        var id = calendar.schedule(manager, timed("Pitch meeting", NINE, NINE.plus(1, ChronoUnit.HOURS)));

        var deleted = api.delete(manager, "/api/calendar/events/" + id);

        assertThat(deleted).hasStatus(204);
        assertThat(api.get(manager, "/api/calendar/events/" + id)).hasStatus(404);
        assertThat(api.delete(manager, "/api/calendar/events/" + id)).hasStatus(404);
        assertThat(auditActions(id)).containsExactly("event.created", "event.deleted");
    }

    @Test
    void editorsAndAssistantsCannotScheduleEditOrDeleteEvents() {
        var producer = users.create(Role.PRODUCER);
        var editor = users.create(Role.EDITOR);
        var assistant = users.create(Role.ASSISTANT);
        var body = timed("Grade review", NINE, NINE.plus(1, ChronoUnit.HOURS), editor, assistant);
        var id = calendar.schedule(producer, body);

        for (var member : List.of(editor, assistant)) {
            assertThat(api.post(member, "/api/calendar/events", body)).hasStatus(403);
            assertThat(api.put(member, "/api/calendar/events/" + id, with(body, "version", 0)))
                    .hasStatus(403);
            assertThat(api.delete(member, "/api/calendar/events/" + id)).hasStatus(403);
        }
        assertThat(api.get(editor, "/api/calendar/events/" + id))
                .bodyJson()
                .extractingPath("$.version")
                .isEqualTo(0);
    }

    @Test
    void editorsSeeTheirProjectsEventsWhatTheyAttendAndStudioWideEventsOnly() {
        var producer = users.create(Role.PRODUCER);
        var editor = users.create(Role.EDITOR);
        var theirs = projects.projectWithCrew(producer, editor);
        var hidden = projects.project(producer);
        var day = CalendarFixtures.quietDay();
        var noon = day.atTime(12, 0).atZone(studioZone()).toInstant();
        var onTheirProject = calendar.schedule(
                producer, with(timed("Their shoot", noon, noon.plusSeconds(3600)), "project_id", theirs));
        var onHidden = calendar.schedule(
                producer, with(timed("Secret shoot", noon, noon.plusSeconds(3600)), "project_id", hidden));
        var attendedOnHidden = calendar.schedule(
                producer, with(timed("Pick-ups", noon, noon.plusSeconds(3600), editor), "project_id", hidden));
        var studioWide = calendar.schedule(producer, timed("All hands", noon, noon.plusSeconds(3600)));
        var thatDay = "from=" + day + "&to=" + day + "&limit=100";

        assertThat(api.get(editor, "/api/calendar/events/" + onTheirProject)).hasStatusOk();
        assertThat(api.get(editor, "/api/calendar/events/" + attendedOnHidden)).hasStatusOk();
        assertThat(api.get(editor, "/api/calendar/events/" + studioWide)).hasStatusOk();
        var refused = api.get(editor, "/api/calendar/events/" + onHidden);
        assertThat(refused).hasStatus(404);
        assertThat(refused).bodyJson().extractingPath("$.code").isEqualTo("NOT_FOUND");
        assertThat(Json.body(refused)).doesNotContain("Secret shoot");
        assertThat(calendar.listed(editor, thatDay))
                .contains(onTheirProject, attendedOnHidden, studioWide)
                .doesNotContain(onHidden);
        assertThat(calendar.listed(editor, thatDay + "&project_id=" + hidden)).containsExactly(attendedOnHidden);
        assertThat(calendar.listed(producer, thatDay + "&project_id=" + hidden))
                .containsExactlyInAnyOrder(onHidden, attendedOnHidden);
    }

    @Test
    void assistantsOffEveryCrewStillSeeStudioWideEvents() {
        var producer = users.create(Role.PRODUCER);
        var assistant = users.create(Role.ASSISTANT);
        var project = projects.project(producer);
        var day = CalendarFixtures.quietDay();
        var noon = day.atTime(12, 0).atZone(studioZone()).toInstant();
        var onProject =
                calendar.schedule(producer, with(timed("Shoot", noon, noon.plusSeconds(3600)), "project_id", project));
        var studioWide = calendar.schedule(producer, timed("Studio tour", noon, noon.plusSeconds(3600)));

        assertThat(api.get(assistant, "/api/calendar/events/" + onProject)).hasStatus(404);
        assertThat(calendar.listed(assistant, "from=" + day + "&to=" + day + "&limit=100"))
                .contains(studioWide)
                .doesNotContain(onProject);
    }

    @Test
    void listReturnsTheEventsOverlappingTheWindowEarliestFirst() {
        var producer = users.create(Role.PRODUCER);
        var crew = users.create(Role.EDITOR);
        var project = projects.project(producer);
        var zone = studioZone();
        var june = LocalDate.parse("2031-06-01").atStartOfDay(zone).toInstant();
        var july = LocalDate.parse("2031-07-01").atStartOfDay(zone).toInstant();
        var midJune = LocalDate.parse("2031-06-15").atTime(10, 0).atZone(zone).toInstant();
        var intoTheWindow = calendar.schedule(
                producer, timed("Night shoot", june.minus(2, ChronoUnit.HOURS), june.plus(4, ChronoUnit.HOURS), crew));
        var review = timed("Review", midJune, midJune.plus(1, ChronoUnit.HOURS), crew);
        review.put("type", "review");
        review.put("project_id", project);
        var inside = calendar.schedule(producer, review);
        var endsAtTheStart = calendar.schedule(
                producer, with(timed("Prep", june.minus(4, ChronoUnit.HOURS), june, crew), "allow_overlap", true));
        var startsAtTheEnd = calendar.schedule(producer, timed("Wrap", july, july.plus(2, ChronoUnit.HOURS), crew));
        var crewOnly = "member_id=" + crew.id();
        var june2031 = crewOnly + "&from=2031-06-01&to=2031-06-30";

        assertThat(calendar.listed(producer, june2031)).containsExactly(intoTheWindow, inside);
        assertThat(calendar.listed(producer, june2031 + "&sort=-starts_at")).containsExactly(inside, intoTheWindow);
        assertThat(calendar.listed(producer, june2031 + "&type=REVIEW")).containsExactly(inside);
        assertThat(calendar.listed(producer, june2031 + "&project_id=" + project))
                .containsExactly(inside);
        assertThat(calendar.listed(producer, crewOnly + "&from=" + june.plus(5, ChronoUnit.HOURS) + "&to=" + july))
                .containsExactly(inside);
        assertThat(calendar.listed(producer, crewOnly + "&from=2031-07-01&to=2031-07-01"))
                .containsExactly(startsAtTheEnd);
        var firstPage =
                api.get(producer, "/api/calendar/events?" + crewOnly + "&from=2031-01-01&to=2031-12-31&limit=2");
        assertThat(firstPage)
                .bodyJson()
                .extractingPath("$.data[*].id")
                .asArray()
                .containsExactly(endsAtTheStart, intoTheWindow);
        assertThat(firstPage).bodyJson().extractingPath("$.pagination.total").isEqualTo(4);
        assertThat(firstPage).bodyJson().extractingPath("$.pagination.has_next").isEqualTo(true);
    }

    @Test
    void listDefaultsToTheCurrentMonth() {
        var producer = users.create(Role.PRODUCER);
        var crew = users.create(Role.EDITOR);
        var now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        var current = calendar.schedule(producer, timed("Today", now, now.plusSeconds(60), crew));
        calendar.schedule(
                producer, timed("Next year", now.plus(400, ChronoUnit.DAYS), now.plus(401, ChronoUnit.DAYS), crew));

        assertThat(calendar.listed(producer, "member_id=" + crew.id())).containsExactly(current);
    }

    @Test
    void listRejectsBadWindowsAndUnknownParameters() {
        var producer = users.create(Role.PRODUCER);

        assertFieldError(
                api.get(producer, "/api/calendar/events?from=2031-06-01"), "to", "is required when from is given");
        assertFieldError(
                api.get(producer, "/api/calendar/events?from=2031-06-02&to=2031-06-01"), "to", "must be after from");
        assertFieldError(
                api.get(producer, "/api/calendar/events?from=2031-01-01&to=2032-01-02"), "to", "at most 366 days");
        assertFieldError(
                api.get(producer, "/api/calendar/events?from=next-week&to=2031-06-01"), "from", "must be a date");
        assertThat(api.get(producer, "/api/calendar/events?when=today")).hasStatus(400);
        assertFieldError(api.get(producer, "/api/calendar/events?sort=location"), "sort", "cannot sort by");
        assertThat(api.get(producer, "/api/calendar/events?type=party")).hasStatus(400);
    }

    @Test
    void projectsWithEventsCannotBeDeleted() {
        var producer = users.create(Role.PRODUCER);
        var project = projects.project(producer);
        calendar.schedule(producer, with(timed("Shoot", NINE, NINE.plusSeconds(3600)), "project_id", project));

        var refused = api.delete(producer, "/api/projects/" + project);

        assertThat(refused).hasStatus(409);
        assertThat(refused).bodyJson().extractingPath("$.dependents.events").isEqualTo(1);
    }

    private List<String> auditActions(String eventId) {
        return jdbc.sql("SELECT action FROM audit_log WHERE entity_type = 'calendar_event' AND entity_id = :id"
                        + " ORDER BY occurred_at, action")
                .param("id", eventId)
                .query(String.class)
                .list();
    }

    static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        var copy = new java.util.LinkedHashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    static void assertFieldError(MvcTestResult result, String field, String message) {
        assertThat(result).hasStatus(400);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("VALIDATION_ERROR");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo(field);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors[0].message")
                .asString()
                .contains(message);
    }

    /** The studio's time zone, which other tests may change. */
    private java.time.ZoneId studioZone() {
        return java.time.ZoneId.of(jdbc.sql("SELECT timezone FROM organization_settings WHERE id = 1")
                .query(String.class)
                .single());
    }

    private static List<String> sorted(UUID... ids) {
        return java.util.Arrays.stream(ids).sorted().map(UUID::toString).toList();
    }

    private static String startOf(LocalDate day, java.time.ZoneId zone) {
        return day.atStartOfDay(zone).toInstant().toString();
    }
}
