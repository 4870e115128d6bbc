package com.mediaflow.calendar.internal;

import com.mediaflow.organization.OrganizationDirectory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/** The studio's time zone, in which all-day events are whole days and list windows are read. */
@Component
class StudioZone {

    private final OrganizationDirectory organization;
    private final Clock clock;

    StudioZone(OrganizationDirectory organization, Clock clock) {
        this.organization = organization;
        this.clock = clock;
    }

    ZoneId zone() {
        return ZoneId.of(organization.current().timezone());
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }
}
