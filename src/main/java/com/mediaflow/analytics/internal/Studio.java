package com.mediaflow.analytics.internal;

import com.mediaflow.organization.OrganizationDirectory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/** Where and in what currency the studio works: "today", month boundaries and the default currency. */
@Component
public class Studio {

    private final OrganizationDirectory organization;
    private final Clock clock;

    Studio(OrganizationDirectory organization, Clock clock) {
        this.organization = organization;
        this.clock = clock;
    }

    public ZoneId zone() {
        return ZoneId.of(organization.current().timezone());
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    public String defaultCurrency() {
        return organization.current().defaultCurrency();
    }
}
