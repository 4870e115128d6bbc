package com.mediaflow.shared.audit;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Who did something: a known member, or only an e-mail address someone typed. */
public record AuditActor(@Nullable UUID id, @Nullable String email) {

    public static AuditActor member(UUID id, String email) {
        return new AuditActor(id, email);
    }

    public static AuditActor claimed(String email) {
        return new AuditActor(null, email);
    }

    public static AuditActor system() {
        return new AuditActor(null, "system");
    }
}
