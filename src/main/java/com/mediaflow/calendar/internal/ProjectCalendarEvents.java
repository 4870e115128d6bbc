package com.mediaflow.calendar.internal;

import com.mediaflow.projects.ProjectDependents;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A project with events on the calendar is not deleted from under them. */
@Component
class ProjectCalendarEvents implements ProjectDependents {

    private final CalendarEventRepository events;

    ProjectCalendarEvents(CalendarEventRepository events) {
        this.events = events;
    }

    @Override
    public String kind() {
        return "events";
    }

    @Override
    @Transactional(readOnly = true)
    public long countFor(UUID projectId) {
        return events.countByProjectId(projectId);
    }
}
