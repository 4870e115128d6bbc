package com.mediaflow.projects;

import java.util.UUID;

/** A member joined a production's crew (and can now see it). */
public record ProjectTeamMemberAdded(UUID projectId, UUID memberId, ProjectRole role) {}
