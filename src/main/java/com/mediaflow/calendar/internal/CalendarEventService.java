package com.mediaflow.calendar.internal;

import com.mediaflow.contacts.ContactDirectory;
import com.mediaflow.projects.ProjectAccess;
import com.mediaflow.shared.audit.AuditLog;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.web.ConflictException;
import com.mediaflow.shared.web.InvalidInputException;
import com.mediaflow.shared.web.NotFoundException;
import com.mediaflow.shared.web.PageResponse;
import com.mediaflow.shared.web.Paging;
import com.mediaflow.shared.web.SortFields;
import com.mediaflow.team.MemberStatus;
import com.mediaflow.team.TeamDirectory;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Scheduling, listing, moving and cancelling calendar events, as far as the member may see them. */
@Service
public class CalendarEventService {

    static final SortFields SORT = SortFields.builder()
            .field("starts_at", "startsAt")
            .field("ends_at", "endsAt")
            .field("title", "title")
            .field("type", "type")
            .field("created_at", "createdAt")
            .field("updated_at", "updatedAt")
            .defaultSort(Sort.by(Sort.Order.asc("startsAt"), Sort.Order.asc("id")));

    private final CalendarEventRepository events;
    private final EventVisibility visibility;
    private final DoubleBookings doubleBookings;
    private final StudioZone studio;
    private final ProjectAccess projects;
    private final TeamDirectory team;
    private final ContactDirectory contacts;
    private final AuditLog audit;
    private final Clock clock;

    CalendarEventService(
            CalendarEventRepository events,
            EventVisibility visibility,
            DoubleBookings doubleBookings,
            StudioZone studio,
            ProjectAccess projects,
            TeamDirectory team,
            ContactDirectory contacts,
            AuditLog audit,
            Clock clock) {
        this.events = events;
        this.visibility = visibility;
        this.doubleBookings = doubleBookings;
        this.studio = studio;
        this.projects = projects;
        this.team = team;
        this.contacts = contacts;
        this.audit = audit;
        this.clock = clock;
    }

    /** The visible events overlapping the requested window (the current month when none is given). */
    @Transactional(readOnly = true)
    public PageResponse<CalendarEventView> list(EventFilter filter, Paging paging, CurrentUser viewer) {
        var window = EventWindow.requested(filter.from(), filter.to(), studio.zone(), studio.today());
        var page = events.findAll(matching(filter, window, viewer), paging.pageable(SORT));
        return PageResponse.of(page, CalendarEventView::of);
    }

    @Transactional(readOnly = true)
    public CalendarEventView get(UUID id, CurrentUser viewer) {
        return CalendarEventView.of(findVisible(id, viewer));
    }

    /**
     * Schedules an event.
     *
     * @param allowOverlap save it even when it double-books a crew member (the clashes are audited)
     * @throws ConflictException listing the clashes when it double-books someone and that was not allowed
     */
    @Transactional
    public CalendarEventView create(EventDetails details, boolean allowOverlap, CurrentUser actor) {
        var checked = checked(details, null, actor);
        var timing = timingOf(checked);
        var id = UUID.randomUUID();
        var clashes = doubleBookings.introducedBy(id, timing, checked.memberIds(), null, actor);
        if (!clashes.isEmpty() && !allowOverlap) {
            throw DoubleBookings.refusal(clashes);
        }
        var event = events.saveAndFlush(CalendarEvent.schedule(id, checked, timing, actor.id(), now()));
        var view = CalendarEventView.of(event);
        audit.record("event.created", "calendar_event", id, null, view);
        recordAcceptedClashes(id, clashes);
        return view;
    }

    /**
     * Replaces an event's details: a full update, which may move it, change its project or its attendees.
     *
     * @throws ConflictException when {@code version} is stale, or when the change double-books someone and that was
     *     not allowed
     */
    @Transactional
    public CalendarEventView update(
            UUID id, EventDetails details, long version, boolean allowOverlap, CurrentUser actor) {
        var event = findVisible(id, actor);
        if (event.version() != version) {
            throw ConflictException.staleVersion("Event", version, event.version());
        }
        var before = CalendarEventView.of(event);
        var checked = checked(details, event, actor);
        var timing = timingOf(checked);
        var clashes = doubleBookings.introducedBy(id, timing, checked.memberIds(), event, actor);
        if (!clashes.isEmpty() && !allowOverlap) {
            throw DoubleBookings.refusal(clashes);
        }
        event.reschedule(checked, timing, now());
        events.flush();
        var after = CalendarEventView.of(event);
        audit.record("event.updated", "calendar_event", id, before, after);
        recordAcceptedClashes(id, clashes);
        return after;
    }

    @Transactional
    public void delete(UUID id, CurrentUser actor) {
        var event = findVisible(id, actor);
        var before = CalendarEventView.of(event);
        events.delete(event);
        events.flush();
        audit.record("event.deleted", "calendar_event", id, before, null);
    }

    /** The event, when the viewer may see it; 404 for both a missing and a hidden event. */
    private CalendarEvent findVisible(UUID id, CurrentUser viewer) {
        var event = events.findById(id).orElseThrow(() -> NotFoundException.of("Event", id));
        if (!visibility.canSee(viewer, event)) {
            throw NotFoundException.of("Event", id);
        }
        return event;
    }

    private EventTiming timingOf(EventDetails details) {
        return EventTiming.requested(
                details.allDay(),
                details.startsAt(),
                details.endsAt(),
                details.startDate(),
                details.endDate(),
                studio.zone());
    }

    /**
     * The details with text tidied, after checking the references: a project the actor can see, and
     * attendees who exist. Attendees already on the event stay valid even if they have since been
     * deactivated or deleted, so that the event can still be edited.
     */
    private EventDetails checked(EventDetails details, @Nullable CalendarEvent existing, CurrentUser actor) {
        var projectId = details.projectId();
        var projectChanged = existing == null || !Objects.equals(existing.projectId(), projectId);
        if (projectId != null && projectChanged && !projects.canSee(actor, projectId)) {
            throw InvalidInputException.field("project_id", "must be an existing project");
        }
        for (var memberId : added(details.memberIds(), existing == null ? List.of() : existing.memberIds())) {
            var joinable = team.findAccount(memberId)
                    .filter(account -> account.status() != MemberStatus.DEACTIVATED)
                    .isPresent();
            if (!joinable) {
                throw InvalidInputException.field(
                        "member_ids", "must be studio members who are not deactivated; " + memberId + " is not");
            }
        }
        for (var contactId : added(details.contactIds(), existing == null ? List.of() : existing.contactIds())) {
            if (!contacts.exists(contactId)) {
                throw InvalidInputException.field(
                        "contact_ids", "must be existing contacts; " + contactId + " is not one");
            }
        }
        return new EventDetails(
                details.title().strip(),
                details.type(),
                details.allDay(),
                details.startsAt(),
                details.endsAt(),
                details.startDate(),
                details.endDate(),
                blankToNull(details.location()),
                blankToNull(details.description()),
                projectId,
                details.memberIds(),
                details.contactIds());
    }

    /** A double booking someone chose to accept stays on record with what it clashed with. */
    private void recordAcceptedClashes(UUID id, List<Clash> clashes) {
        if (!clashes.isEmpty()) {
            audit.record("event.double_booked", "calendar_event", id, null, Map.of("clashes", clashes));
        }
    }

    private static List<UUID> added(Set<UUID> requested, List<UUID> current) {
        return requested.stream().filter(id -> !current.contains(id)).sorted().toList();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private Specification<CalendarEvent> matching(EventFilter filter, EventWindow window, CurrentUser viewer) {
        List<Specification<CalendarEvent>> conditions = new ArrayList<>();
        conditions.add(EventSpecifications.overlapping(window.from(), window.to()));
        conditions.add(visibility.visibleTo(viewer));
        if (filter.projectId() != null) {
            conditions.add(EventSpecifications.ofProject(filter.projectId()));
        }
        if (filter.memberId() != null) {
            conditions.add(EventSpecifications.attendedBy(filter.memberId()));
        }
        if (filter.type() != null) {
            conditions.add(EventSpecifications.ofType(filter.type()));
        }
        return Specification.allOf(conditions);
    }

    /** Now, to the microsecond that PostgreSQL keeps, so that what is returned is what is stored. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
