package com.mediaflow.contacts.internal;

import com.mediaflow.shared.web.ConflictException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One live contact per e-mail address. Checking and then writing is serialized by a transaction-level
 * lock, so two requests (or an import and a request) cannot both take the same address; the unique
 * index on {@code contacts.email} is the last line of defence.
 */
@Component
class ContactEmails {

    private final JdbcClient jdbc;

    ContactEmails(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Holds the lock until the current transaction ends. */
    void lock() {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('contacts.email'))")
                .query()
                .singleRow();
    }

    /**
     * Takes the lock and fails with a conflict when another live contact has this address.
     *
     * @param self the contact that is to have the address; {@code null} for a new one
     */
    void claim(@Nullable String email, @Nullable UUID self) {
        if (email == null) {
            return;
        }
        lock();
        var holder = holders(List.of(email)).get(email);
        if (holder != null && !holder.equals(self)) {
            throw ConflictException.because(
                    "Contact " + holder + " already has the e-mail address " + email,
                    Map.of("existing_contact_id", holder));
        }
    }

    /** The live contacts that have any of these (lower-case) addresses, by address. */
    Map<String, UUID> holders(Collection<String> emails) {
        if (emails.isEmpty()) {
            return Map.of();
        }
        Map<String, UUID> holders = new HashMap<>();
        jdbc.sql("SELECT email, id FROM contacts WHERE deleted_at IS NULL AND email = ANY(:emails)")
                .param("emails", emails.toArray(String[]::new))
                .query(rs -> {
                    holders.put(rs.getString("email"), rs.getObject("id", UUID.class));
                });
        return holders;
    }
}
