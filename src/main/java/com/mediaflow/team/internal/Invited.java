package com.mediaflow.team.internal;

/** The outcome of an invitation: the invited member and the invitation. */
public record Invited(MemberView member, InvitationView invitation) {}
