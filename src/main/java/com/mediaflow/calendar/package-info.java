/**
 * The studio's calendar: shoots, meetings, reviews and deliveries, with the crew and contacts who
 * attend them. Saving an event that puts a crew member in two overlapping events is refused unless
 * the double booking is confirmed. Visibility follows the event's project
 * ({@link com.mediaflow.projects.ProjectAccess}), and every member can subscribe to their events
 * from a calendar app through a secret iCalendar (RFC 5545) feed URL.
 *
 * <p>Scheduling, editing and cancelling events takes {@code can_manage_projects}, whoever created the
 * event: editors and assistants read the calendar and subscribe to it, and ask a producer to move
 * things, as they do for tasks.
 */
@ApplicationModule(displayName = "Calendar")
@NullMarked
package com.mediaflow.calendar;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
