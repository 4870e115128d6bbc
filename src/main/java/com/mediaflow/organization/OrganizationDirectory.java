package com.mediaflow.organization;

import com.mediaflow.organization.internal.OrganizationSettingsService;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** The studio's current details, for documents and e-mails of every module. */
@Service
public class OrganizationDirectory {

    /**
     * The entity id the studio's own files are attached under ({@code entity_type=organization}):
     * there is a single organization, so its id is the nil UUID.
     */
    public static final UUID ATTACHMENT_ID = new UUID(0, 0);

    private final OrganizationSettingsService settings;

    OrganizationDirectory(OrganizationSettingsService settings) {
        this.settings = settings;
    }

    public OrganizationProfile current() {
        return settings.current();
    }
}
