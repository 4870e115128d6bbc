package com.mediaflow.contacts.internal;

import com.mediaflow.contacts.ContactSummary;
import com.mediaflow.contacts.ContactType;
import com.mediaflow.shared.security.CurrentUser;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Contacts that other modules bring in (a won lead becomes a client), through {@code ContactRegistration}. */
@Service
public class ContactIntake {

    private static final String PHONE = "[0-9+()./x \\-]*[0-9][0-9+()./x \\-]*";

    private final ContactEmails emails;
    private final ContactService contacts;
    private final ContactLookups lookups;

    ContactIntake(ContactEmails emails, ContactService contacts, ContactLookups lookups) {
        this.emails = emails;
        this.contacts = contacts;
        this.lookups = lookups;
    }

    @Transactional
    public ContactSummary findOrCreatePerson(
            String fullName,
            @Nullable String email,
            @Nullable String phone,
            @Nullable String source,
            @Nullable UUID ownerId,
            CurrentUser actor) {
        var address = email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
        if (address != null) {
            emails.lock();
            var holder = emails.holders(List.of(address)).get(address);
            if (holder != null) {
                return lookups.summary(holder).orElseThrow();
            }
        }
        var name = fullName.strip();
        var space = name.lastIndexOf(' ');
        var first = space > 0 ? name.substring(0, space) : name;
        var last = space > 0 ? name.substring(space + 1) : null;
        var usablePhone = phone != null && phone.length() <= 50 && phone.matches(PHONE) ? phone : null;
        var details = new ContactDetails(
                ContactType.PERSON,
                null,
                truncate(first, 100),
                last == null ? null : truncate(last, 100),
                null,
                null,
                address,
                usablePhone,
                null,
                null,
                null,
                List.of(),
                source == null ? null : truncate(source, 100),
                ownerId,
                Map.of(),
                null);
        var created = contacts.create(details, actor);
        return lookups.summary(created.id()).orElseThrow();
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
