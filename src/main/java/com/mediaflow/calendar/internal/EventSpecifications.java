package com.mediaflow.calendar.internal;

import com.mediaflow.calendar.EventType;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.jpa.domain.Specification;

/** The building blocks of event queries. */
final class EventSpecifications {

    private EventSpecifications() {}

    /** Events sharing any moment with the span from {@code from} (inclusive) to {@code to} (exclusive). */
    static Specification<CalendarEvent> overlapping(Instant from, Instant to) {
        return (event, query, cb) ->
                cb.and(cb.lessThan(event.get("startsAt"), to), cb.greaterThan(event.get("endsAt"), from));
    }

    static Specification<CalendarEvent> attendedBy(UUID memberId) {
        return (event, query, cb) -> cb.isMember(memberId, event.<Set<UUID>>get("memberIds"));
    }

    static Specification<CalendarEvent> ofProject(UUID projectId) {
        return (event, query, cb) -> cb.equal(event.get("projectId"), projectId);
    }

    static Specification<CalendarEvent> ofAnyProject(Collection<UUID> projectIds) {
        return (event, query, cb) -> event.get("projectId").in(projectIds);
    }

    static Specification<CalendarEvent> withProject() {
        return (event, query, cb) -> cb.isNotNull(event.get("projectId"));
    }

    static Specification<CalendarEvent> withoutProject() {
        return (event, query, cb) -> cb.isNull(event.get("projectId"));
    }

    static Specification<CalendarEvent> ofType(EventType type) {
        return (event, query, cb) -> cb.equal(event.get("type"), type);
    }
}
