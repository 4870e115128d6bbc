package com.mediaflow.contacts;

import com.mediaflow.contacts.internal.ContactLookups;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * What other modules may ask of the contacts: whether a contact exists and how to show it. A
 * deleted contact is absent here, although rows that already refer to it keep their reference.
 */
@Service
public class ContactDirectory {

    private final ContactLookups lookups;

    ContactDirectory(ContactLookups lookups) {
        this.lookups = lookups;
    }

    /** The contact, or empty when there is none with this id or it was deleted. */
    public Optional<ContactSummary> find(UUID id) {
        return lookups.summary(id);
    }

    /** Whether a contact with this id exists and is not deleted. */
    public boolean exists(UUID id) {
        return lookups.exists(id);
    }
}
