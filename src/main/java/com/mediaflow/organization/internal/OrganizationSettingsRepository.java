package com.mediaflow.organization.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrganizationSettingsRepository extends JpaRepository<OrganizationSettings, Integer> {}
