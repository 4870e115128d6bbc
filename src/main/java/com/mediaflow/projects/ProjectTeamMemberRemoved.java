package com.mediaflow.projects;

import java.util.UUID;

/** A member left a production's crew; work assigned to them there needs someone else. */
public record ProjectTeamMemberRemoved(UUID projectId, UUID memberId) {}
