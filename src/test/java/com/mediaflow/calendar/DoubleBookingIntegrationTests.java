package com.mediaflow.calendar;

import static com.mediaflow.calendar.CalendarEventIntegrationTests.with;
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
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class DoubleBookingIntegrationTests {

    static final Instant TEN = Instant.parse("2031-09-08T10:00:00Z");
    static final Instant NOON = TEN.plus(2, ChronoUnit.HOURS);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    Api api;
    CalendarFixtures calendar;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        calendar = new CalendarFixtures(api);
    }

    @Test
    void bookingACrewMemberIntoOverlappingEventsIsAConflictNamingTheClash() {
        var producer = users.create(Role.PRODUCER);
        var camera = users.create(Role.EDITOR);
        var free = users.create(Role.EDITOR);
        var first = calendar.schedule(producer, timed("Product shoot", TEN, NOON, camera));

        var refused = api.post(
                producer,
                "/api/calendar/events",
                timed("Interview", TEN.plus(90, ChronoUnit.MINUTES), NOON.plus(1, ChronoUnit.HOURS), free, camera));

        assertThat(refused).hasStatus(409);
        var problem = assertThat(refused).bodyJson();
        problem.extractingPath("$.code").isEqualTo("CONFLICT");
        problem.extractingPath("$.detail")
                .asString()
                .contains(camera.fullName())
                .contains("allow_overlap");
        problem.extractingPath("$.clash_count").isEqualTo(1);
        problem.extractingPath("$.clashes[0].id").isEqualTo(first);
        problem.extractingPath("$.clashes[0].title").isEqualTo("Product shoot");
        problem.extractingPath("$.clashes[0].starts_at").isEqualTo("2031-09-08T10:00:00Z");
        problem.extractingPath("$.clashes[0].ends_at").isEqualTo("2031-09-08T12:00:00Z");
        problem.extractingPath("$.clashes[0].member_id").isEqualTo(camera.id().toString());
        problem.extractingPath("$.clashes[0].member_name").isEqualTo(camera.fullName());
        assertThat(calendar.listed(producer, "member_id=" + free.id() + "&from=2031-09-01&to=2031-09-30"))
                .isEmpty();
    }

    @Test
    void allowOverlapSavesTheDoubleBookingAndKeepsItOnRecord() {
        var producer = users.create(Role.PRODUCER);
        var camera = users.create(Role.EDITOR);
        var first = calendar.schedule(producer, timed("Product shoot", TEN, NOON, camera));

        var accepted = api.post(
                producer,
                "/api/calendar/events",
                with(timed("Interview", TEN.plusSeconds(1800), NOON, camera), "allow_overlap", true));

        assertThat(accepted).hasStatus(201);
        String second = Json.read(accepted, "$.id");
        assertThat(calendar.listed(producer, "member_id=" + camera.id() + "&from=2031-09-08&to=2031-09-08"))
                .containsExactly(first, second);
        var recorded = jdbc.sql(
                        "SELECT after::text FROM audit_log WHERE action = 'event.double_booked' AND entity_id = :id")
                .param("id", second)
                .query(String.class)
                .single();
        assertThat(recorded).contains(first).contains(camera.id().toString());
    }

    @Test
    void backToBackEventsAndSharedContactsAreNotDoubleBookings() {
        var producer = users.create(Role.PRODUCER);
        var camera = users.create(Role.EDITOR);
        var client = new ProjectFixtures(api, jdbc).client(producer);
        calendar.schedule(
                producer, with(timed("Morning shoot", TEN, NOON, camera), "contact_ids", List.of(client.toString())));

        var afterwards = api.post(
                producer, "/api/calendar/events", timed("Afternoon shoot", NOON, NOON.plusSeconds(7200), camera));
        var sameClient = api.post(
                producer,
                "/api/calendar/events",
                with(timed("Client call", TEN, NOON), "contact_ids", List.of(client.toString())));

        assertThat(afterwards).hasStatus(201);
        assertThat(sameClient).hasStatus(201);
    }

    @Test
    void allDayEventsBookTheCrewForTheWholeDay() {
        var producer = users.create(Role.PRODUCER);
        var editor = users.create(Role.EDITOR);
        var zone = java.time.ZoneId.of(jdbc.sql("SELECT timezone FROM organization_settings WHERE id = 1")
                .query(String.class)
                .single());
        var eveningOfTheDay = java.time.LocalDate.parse("2031-09-10")
                .atTime(20, 0)
                .atZone(zone)
                .toInstant();
        var offsite = calendar.schedule(
                producer,
                Api.body(
                        "title",
                        "Off-site",
                        "type",
                        "other",
                        "all_day",
                        true,
                        "start_date",
                        "2031-09-10",
                        "member_ids",
                        ids(editor)));

        var refused = api.post(
                producer,
                "/api/calendar/events",
                timed("Late edit", eveningOfTheDay, eveningOfTheDay.plusSeconds(3600), editor));

        assertThat(refused).hasStatus(409);
        assertThat(refused).bodyJson().extractingPath("$.clashes[0].id").isEqualTo(offsite);
    }

    @Test
    void movingAnEventOntoAnotherBookingIsAConflictUnlessAllowed() {
        var producer = users.create(Role.PRODUCER);
        var camera = users.create(Role.EDITOR);
        var first = calendar.schedule(producer, timed("Product shoot", TEN, NOON, camera));
        var later =
                calendar.schedule(producer, timed("Pick-ups", NOON.plusSeconds(3600), NOON.plusSeconds(7200), camera));
        var moved = with(timed("Pick-ups", TEN.plusSeconds(3600), NOON.plusSeconds(1800), camera), "version", 0);

        var refused = api.put(producer, "/api/calendar/events/" + later, moved);
        var forced = api.put(producer, "/api/calendar/events/" + later, with(moved, "allow_overlap", true));

        assertThat(refused).hasStatus(409);
        assertThat(refused)
                .bodyJson()
                .extractingPath("$.clashes[*].id")
                .asArray()
                .containsExactly(first);
        assertThat(forced).hasStatusOk();
        assertThat(forced).bodyJson().extractingPath("$.starts_at").isEqualTo("2031-09-08T11:00:00Z");
    }

    @Test
    void editingAnAcceptedDoubleBookingDoesNotAskAgain() {
        var producer = users.create(Role.PRODUCER);
        var camera = users.create(Role.EDITOR);
        calendar.schedule(producer, timed("Product shoot", TEN, NOON, camera));
        var overlapping =
                calendar.schedule(producer, with(timed("Interview", TEN, NOON, camera), "allow_overlap", true));

        var renamed = api.put(
                producer,
                "/api/calendar/events/" + overlapping,
                with(with(timed("Interview (CEO)", TEN, NOON, camera), "location", "Boardroom"), "version", 0));

        assertThat(renamed).hasStatusOk();
        assertThat(renamed).bodyJson().extractingPath("$.title").isEqualTo("Interview (CEO)");
    }

    @Test
    void addingABusyAttendeeNamesOnlyTheNewClash() {
        var producer = users.create(Role.PRODUCER);
        var camera = users.create(Role.EDITOR);
        var sound = users.create(Role.EDITOR);
        var soundsShoot = calendar.schedule(producer, timed("Podcast", TEN, NOON, sound));
        var shoot = calendar.schedule(producer, timed("Product shoot", TEN, NOON, camera));

        var refused = api.put(
                producer,
                "/api/calendar/events/" + shoot,
                with(timed("Product shoot", TEN, NOON, camera, sound), "version", 0));

        assertThat(refused).hasStatus(409);
        var problem = assertThat(refused).bodyJson();
        problem.extractingPath("$.clash_count").isEqualTo(1);
        problem.extractingPath("$.clashes[0].id").isEqualTo(soundsShoot);
        problem.extractingPath("$.clashes[0].member_id").isEqualTo(sound.id().toString());
        assertThat(api.get(producer, "/api/calendar/events/" + shoot))
                .bodyJson()
                .extractingPath("$.member_ids")
                .asArray()
                .containsExactly(camera.id().toString());
    }

    @Test
    void crewingAnEventThatHadNoCrewChecksTheNewCrew() {
        var producer = users.create(Role.PRODUCER);
        var camera = users.create(Role.EDITOR);
        var busy = calendar.schedule(producer, timed("Product shoot", TEN, NOON, camera));
        var unstaffed = calendar.schedule(producer, timed("Interview", TEN, NOON));

        var refused = api.put(
                producer,
                "/api/calendar/events/" + unstaffed,
                with(timed("Interview", TEN, NOON, camera), "version", 0));

        assertThat(refused).hasStatus(409);
        assertThat(refused)
                .bodyJson()
                .extractingPath("$.clashes[*].id")
                .asArray()
                .containsExactly(busy);
    }

    @Test
    void everyClashingEventAndMemberIsNamed() {
        var producer = users.create(Role.PRODUCER);
        var camera = users.create(Role.EDITOR);
        var sound = users.create(Role.EDITOR);
        var morning = calendar.schedule(producer, timed("Morning", TEN, TEN.plusSeconds(3600), camera, sound));
        var late = calendar.schedule(producer, timed("Late morning", TEN.plusSeconds(3600), NOON, camera));

        var refused = api.post(producer, "/api/calendar/events", timed("All day workshop", TEN, NOON, camera, sound));

        assertThat(refused).hasStatus(409);
        List<Map<String, Object>> clashes = Json.read(refused, "$.clashes");
        assertThat(clashes)
                .extracting(clash -> clash.get("id") + "/" + clash.get("member_id"))
                .containsExactlyInAnyOrder(
                        morning + "/" + camera.id(), morning + "/" + sound.id(), late + "/" + camera.id());
        assertThat(Json.<Integer>read(refused, "$.clash_count")).isEqualTo(3);
    }
}
