package com.mediaflow.organization.web;

import com.mediaflow.organization.OrganizationProfile;
import com.mediaflow.organization.internal.OrganizationSettingsService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/settings/organization")
@Tag(name = "Organization settings")
class OrganizationSettingsController {

    private final OrganizationSettingsService settings;

    OrganizationSettingsController(OrganizationSettingsService settings) {
        this.settings = settings;
    }

    @GetMapping
    @Operation(summary = "The studio's details, branding and numbering prefixes", description = "Any signed-in member.")
    OrganizationProfile get() {
        return settings.current();
    }

    @PutMapping
    @PreAuthorize("hasRole('OWNER')")
    @Operation(
            summary = "Change the studio's details",
            description = "Send the whole document with the `version` you read; a stale version is a 409.")
    OrganizationProfile update(@Valid @RequestBody OrganizationProfile profile) {
        return settings.update(profile);
    }
}
