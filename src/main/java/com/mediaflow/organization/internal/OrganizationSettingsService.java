package com.mediaflow.organization.internal;

import com.mediaflow.organization.OrganizationProfile;
import com.mediaflow.organization.OrganizationSettingsChanged;
import com.mediaflow.shared.audit.AuditLog;
import com.mediaflow.shared.web.ConflictException;
import com.mediaflow.shared.web.InvalidInputException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class OrganizationSettingsService {

    private static final int SINGLETON_ID = 1;

    private final OrganizationSettingsRepository settings;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrganizationSettingsService(
            OrganizationSettingsRepository settings, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.settings = settings;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public OrganizationProfile current() {
        return load().profile();
    }

    @Transactional
    public OrganizationProfile update(OrganizationProfile profile) {
        validate(profile);
        var current = load();
        if (current.version() != profile.version()) {
            throw ConflictException.staleVersion("Organization settings", profile.version(), current.version());
        }
        var before = current.profile();
        current.update(profile, clock.instant());
        settings.flush();
        var after = current.profile();
        audit.record("organization.updated", "organization", SINGLETON_ID, before, after);
        events.publishEvent(new OrganizationSettingsChanged(after.version()));
        return after;
    }

    private OrganizationSettings load() {
        return settings.findById(SINGLETON_ID)
                .orElseThrow(() -> new IllegalStateException("The organization settings row is created by migration"));
    }

    private static void validate(OrganizationProfile profile) {
        try {
            Currency.getInstance(profile.defaultCurrency());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.field("default_currency", "is not an ISO 4217 currency code");
        }
        try {
            ZoneId.of(profile.timezone());
        } catch (DateTimeException e) {
            throw InvalidInputException.field("timezone", "is not a time zone such as Europe/Berlin");
        }
    }
}
