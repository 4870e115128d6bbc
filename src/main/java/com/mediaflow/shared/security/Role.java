package com.mediaflow.shared.security;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of a studio and the permissions each grants: the one place the matrix is written.
 * Owner-only powers (organization settings, changing roles, deactivating people, the audit log)
 * are checked against the role itself ({@code hasRole('OWNER')}), not a permission.
 */
public enum Role {
    OWNER(EnumSet.allOf(Permission.class)),
    MANAGER(EnumSet.allOf(Permission.class)),
    PRODUCER(EnumSet.of(Permission.CAN_MANAGE_PROJECTS, Permission.CAN_SEND_PROPOSALS, Permission.CAN_MANAGE_ASSETS)),
    EDITOR(EnumSet.noneOf(Permission.class)),
    ASSISTANT(EnumSet.noneOf(Permission.class));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = Collections.unmodifiableSet(permissions);
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    public boolean has(Permission permission) {
        return permissions.contains(permission);
    }

    /** Editors and assistants see only the projects they are members of. */
    public boolean seesOnlyOwnProjects() {
        return this == EDITOR || this == ASSISTANT;
    }

    /** A role may hand out roles no higher than itself; only an owner makes owners. */
    public boolean mayGrant(Role other) {
        return this == OWNER || (this == MANAGER && other != OWNER);
    }

    @JsonValue
    public String value() {
        return name().toLowerCase();
    }

    @JsonCreator
    public static Role fromValue(String value) {
        return Arrays.stream(values())
                .filter(role -> role.value().equalsIgnoreCase(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown role " + value));
    }
}
