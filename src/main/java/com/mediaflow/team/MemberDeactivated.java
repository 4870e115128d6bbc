package com.mediaflow.team;

import java.util.UUID;

/** A member was deactivated: their sessions must end. */
public record MemberDeactivated(UUID memberId) {}
