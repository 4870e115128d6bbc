package com.mediaflow.team.internal;

import com.mediaflow.shared.security.Role;
import com.mediaflow.team.MemberStatus;
import org.jspecify.annotations.Nullable;

/** Filters of the member list: {@code q} matches name, e-mail and job title. */
public record MemberFilter(
        @Nullable String q, @Nullable Role role, @Nullable MemberStatus status) {}
