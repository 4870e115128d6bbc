package com.mediaflow.analytics.internal;

import com.mediaflow.projects.ProjectScope;
import com.mediaflow.shared.security.CurrentUser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * What one caller may see: the projects whose money they may see ({@code money}, empty for those
 * who see none), the projects they may see at all, and whether they see the whole team.
 */
public record Viewer(CurrentUser user, boolean seesMoney, ProjectScope money, ProjectScope projects, boolean team) {

    public UUID id() {
        return user.id();
    }

    /**
     * A short digest of everything that decides what this caller sees, part of every cache key: two
     * callers share cached figures only when they would see exactly the same rows.
     */
    public String cacheScope() {
        var text = new StringBuilder()
                .append(seesMoney ? "m" : "-")
                .append(team ? "t" : "-")
                .append('|')
                .append(describe(money))
                .append('|')
                .append(describe(projects));
        try {
            var digest =
                    MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    private static String describe(ProjectScope scope) {
        if (scope.unrestricted()) {
            return "all";
        }
        return scope.projectIds().stream().map(UUID::toString).sorted().reduce("", (a, b) -> a + b + ",");
    }
}
