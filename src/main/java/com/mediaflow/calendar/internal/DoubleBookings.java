package com.mediaflow.calendar.internal;

import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.web.ConflictException;
import com.mediaflow.team.MemberAccount;
import com.mediaflow.team.TeamDirectory;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the double bookings that saving an event would create: an attending member who is already
 * in another event at an overlapping time. Only new ones count, so editing the description of an
 * event whose overlap was accepted earlier does not ask again.
 */
@Component
class DoubleBookings {

    /** How many clashes the problem document lists; {@code clash_count} tells how many there are. */
    static final int LISTED = 50;

    private final CalendarEventRepository events;
    private final MemberLocks locks;
    private final EventVisibility visibility;
    private final TeamDirectory team;

    DoubleBookings(CalendarEventRepository events, MemberLocks locks, EventVisibility visibility, TeamDirectory team) {
        this.events = events;
        this.locks = locks;
        this.visibility = visibility;
        this.team = team;
    }

    /**
     * The clashes that event {@code eventId} would have with {@code timing} and {@code members} and
     * did not have in its {@code previous} state (none for a new event). Locks the members until the
     * transaction ends, so that two events saved at once cannot both miss each other.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    List<Clash> introducedBy(
            UUID eventId, EventTiming timing, Set<UUID> members, @Nullable CalendarEvent previous, CurrentUser viewer) {
        if (members.isEmpty()) {
            return List.of();
        }
        locks.lock("bookings", members);
        var slots = events.bookings(members, timing.startsAt(), timing.endsAt(), eventId);
        if (previous != null && !previous.memberIds().isEmpty() && !slots.isEmpty()) {
            var before = previous.timing();
            var known = new HashSet<>(
                    events.bookings(previous.memberIds(), before.startsAt(), before.endsAt(), eventId).stream()
                            .map(DoubleBookings::key)
                            .toList());
            slots = slots.stream().filter(slot -> !known.contains(key(slot))).toList();
        }
        var names = new HashMap<UUID, String>();
        var visibleProjects = new HashMap<UUID, Boolean>();
        return slots.stream()
                .map(slot -> new Clash(
                        slot.eventId(),
                        titleFor(viewer, slot, visibleProjects),
                        slot.startsAt(),
                        slot.endsAt(),
                        slot.memberId(),
                        names.computeIfAbsent(slot.memberId(), this::nameOf)))
                .toList();
    }

    /** The 409 that refuses a double booking, naming the clashes. */
    static ConflictException refusal(List<Clash> clashes) {
        var people = clashes.stream().map(Clash::memberName).distinct().limit(3).collect(Collectors.joining(", "));
        var more = clashes.stream().map(Clash::memberId).distinct().count() > 3 ? " and others" : "";
        return ConflictException.because(
                "This double-books " + people + more + " (" + clashes.size()
                        + (clashes.size() == 1 ? " clash" : " clashes")
                        + ", see `clashes`); send allow_overlap: true to save it anyway",
                Map.of("clashes", clashes.stream().limit(LISTED).toList(), "clash_count", clashes.size()));
    }

    private String titleFor(CurrentUser viewer, BookedSlot slot, Map<UUID, Boolean> visibleProjects) {
        var projectId = slot.projectId();
        if (projectId == null
                || visibleProjects.computeIfAbsent(projectId, id -> visibility.canSee(viewer, id, false))) {
            return slot.title();
        }
        var attends = events.findById(slot.eventId())
                .map(event -> event.isAttendedBy(viewer.id()))
                .orElse(false);
        return attends ? slot.title() : "Busy";
    }

    private String nameOf(UUID memberId) {
        return team.findAccount(memberId).map(MemberAccount::fullName).orElse("A former member");
    }

    private static String key(BookedSlot slot) {
        return slot.eventId() + "/" + slot.memberId();
    }
}
