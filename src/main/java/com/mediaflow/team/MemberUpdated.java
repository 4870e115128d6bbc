package com.mediaflow.team;

import java.util.UUID;

/** A member's profile, rates or role were edited. */
public record MemberUpdated(UUID memberId) {}
