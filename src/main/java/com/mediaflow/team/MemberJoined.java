package com.mediaflow.team;

import java.util.UUID;

/** An invited member accepted the invitation and is now active. */
public record MemberJoined(UUID memberId) {}
