package com.mediaflow.organization;

/** The studio's settings (time zone, default currency, branding...) were edited. */
public record OrganizationSettingsChanged(long version) {}
