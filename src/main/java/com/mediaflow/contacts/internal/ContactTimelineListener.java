package com.mediaflow.contacts.internal;

import com.mediaflow.contacts.ContactActivityOccurred;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts what other modules report about a contact on its timeline, after their transaction commits.
 * An entry for a deleted contact is still kept (its history stays); one for an id that was never a
 * contact is dropped with a warning, since retrying could not help.
 */
@Component
class ContactTimelineListener {

    private static final Logger log = LoggerFactory.getLogger(ContactTimelineListener.class);

    private final ContactTimeline timeline;
    private final ContactRepository contacts;

    ContactTimelineListener(ContactTimeline timeline, ContactRepository contacts) {
        this.timeline = timeline;
        this.contacts = contacts;
    }

    @ApplicationModuleListener
    void on(ContactActivityOccurred activity) {
        if (!contacts.existsById(activity.contactId())) {
            log.warn("Dropped a {} timeline entry for unknown contact {}", activity.type(), activity.contactId());
            return;
        }
        timeline.record(activity);
    }
}
