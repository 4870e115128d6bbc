package com.mediaflow.organization;

import com.mediaflow.organization.internal.OrganizationSettingsService;
import org.springframework.stereotype.Service;

/** The studio's current details, for documents and e-mails of every module. */
@Service
public class OrganizationDirectory {

    private final OrganizationSettingsService settings;

    OrganizationDirectory(OrganizationSettingsService settings) {
        this.settings = settings;
    }

    public OrganizationProfile current() {
        return settings.current();
    }
}
