package com.mediaflow.proposals.internal;

import com.mediaflow.organization.OrganizationDirectory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/** Today where the studio is: proposals are valid through their {@code valid_until} day there. */
@Component
class ProposalCalendar {

    private final OrganizationDirectory organization;
    private final Clock clock;

    ProposalCalendar(OrganizationDirectory organization, Clock clock) {
        this.organization = organization;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of(organization.current().timezone())));
    }
}
