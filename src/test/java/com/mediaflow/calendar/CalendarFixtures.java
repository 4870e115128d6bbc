package com.mediaflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.support.Api;
import com.mediaflow.support.Json;
import com.mediaflow.support.TestUsers;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Calendar events for tests, scheduled through the real routes. */
final class CalendarFixtures {

    private final Api api;

    CalendarFixtures(Api api) {
        this.api = api;
    }

    /** The body of a timed event with these crew members, to adjust per test. */
    static Map<String, Object> timed(String title, Instant startsAt, Instant endsAt, TestUsers.TestUser... crew) {
        return Api.body(
                "title",
                title,
                "type",
                "shoot",
                "starts_at",
                startsAt.toString(),
                "ends_at",
                endsAt.toString(),
                "member_ids",
                ids(crew));
    }

    static List<String> ids(TestUsers.TestUser... members) {
        return java.util.Arrays.stream(members)
                .map(member -> member.id().toString())
                .toList();
    }

    /** Schedules the event, which must succeed; its id. */
    String schedule(TestUsers.TestUser by, Map<String, Object> body) {
        var result = api.post(by, "/api/calendar/events", body);
        assertThat(result).hasStatus(201);
        return Json.read(result, "$.id");
    }

    /** Event ids in the list a member gets for this query. */
    List<String> listed(TestUsers.TestUser viewer, String query) {
        var result = api.get(viewer, "/api/calendar/events?" + query);
        assertThat(result).hasStatusOk();
        return Json.read(result, "$.data[*].id");
    }

    /**
     * A day in the 2040s that other tests are unlikely to use, for tests that list everything visible
     * on one day and must not page past their own events.
     */
    static LocalDate quietDay() {
        return LocalDate.of(2040, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3650));
    }
}
