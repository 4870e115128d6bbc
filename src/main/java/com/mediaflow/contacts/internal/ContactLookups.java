package com.mediaflow.contacts.internal;

import com.mediaflow.contacts.ContactSummary;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads contacts for other modules (through {@code ContactDirectory}); deleted contacts are absent. */
@Service
public class ContactLookups {

    private final ContactRepository contacts;

    ContactLookups(ContactRepository contacts) {
        this.contacts = contacts;
    }

    @Transactional(readOnly = true)
    public Optional<ContactSummary> summary(UUID id) {
        return contacts.findLive(id).map(Contact::summary);
    }

    @Transactional(readOnly = true)
    public boolean exists(UUID id) {
        return contacts.existsLive(id);
    }
}
