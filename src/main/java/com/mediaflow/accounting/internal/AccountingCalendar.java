package com.mediaflow.accounting.internal;

import com.mediaflow.organization.OrganizationDirectory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/** Today where the studio is: the date invoices are issued on and "overdue" is measured against. */
@Component
class AccountingCalendar {

    private final OrganizationDirectory organization;
    private final Clock clock;

    AccountingCalendar(OrganizationDirectory organization, Clock clock) {
        this.organization = organization;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of(organization.current().timezone())));
    }
}
