package com.mediaflow.contacts;

import com.mediaflow.contacts.internal.ContactIntake;
import com.mediaflow.shared.security.CurrentUser;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** Lets other modules bring in a new client, such as a lead that was won. */
@Service
public class ContactRegistration {

    private final ContactIntake intake;

    ContactRegistration(ContactIntake intake) {
        this.intake = intake;
    }

    /**
     * The live contact with this e-mail address, or else a new person contact with these details
     * (the name split at its last space into first and last name; a phone number that is not one is
     * left out). Recorded in the audit log and the contact's timeline as created by {@code actor}.
     */
    public ContactSummary findOrCreatePerson(
            String fullName,
            @Nullable String email,
            @Nullable String phone,
            @Nullable String source,
            @Nullable UUID ownerId,
            CurrentUser actor) {
        return intake.findOrCreatePerson(fullName, email, phone, source, ownerId, actor);
    }
}
