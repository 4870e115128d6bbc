package com.mediaflow.calendar.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CalendarEventRepository extends JpaRepository<CalendarEvent, UUID>, JpaSpecificationExecutor<CalendarEvent> {

    /** Where these members are booked in events, other than {@code excluded}, overlapping the span. */
    @Query("""
            select new com.mediaflow.calendar.internal.BookedSlot(
                e.id, e.title, e.startsAt, e.endsAt, e.projectId, m)
            from CalendarEvent e join e.memberIds m
            where m in :members and e.id <> :excluded and e.startsAt < :endsAt and e.endsAt > :startsAt
            order by e.startsAt, e.id, m
            """)
    List<BookedSlot> bookings(
            @Param("members") Collection<UUID> members,
            @Param("startsAt") Instant startsAt,
            @Param("endsAt") Instant endsAt,
            @Param("excluded") UUID excluded);

    long countByProjectId(UUID projectId);
}
