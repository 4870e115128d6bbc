package com.mediaflow.contacts.internal;

import com.mediaflow.contacts.ContactActivityOccurred;
import com.mediaflow.shared.audit.AuditLog;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.web.ConflictException;
import com.mediaflow.shared.web.InvalidInputException.FieldError;
import com.mediaflow.shared.web.NotFoundException;
import com.mediaflow.shared.web.PageResponse;
import com.mediaflow.shared.web.Paging;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Listing, reading, creating, editing and deleting contacts. */
@Service
public class ContactService {

    private final ContactRepository contacts;
    private final ContactSearch search;
    private final ContactReferences references;
    private final ContactEmails emails;
    private final ContactTimeline timeline;
    private final AuditLog audit;
    private final Clock clock;

    ContactService(
            ContactRepository contacts,
            ContactSearch search,
            ContactReferences references,
            ContactEmails emails,
            ContactTimeline timeline,
            AuditLog audit,
            Clock clock) {
        this.contacts = contacts;
        this.search = search;
        this.references = references;
        this.emails = emails;
        this.timeline = timeline;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageResponse<ContactView> list(ContactFilter filter, Paging paging) {
        var result = search.find(filter, paging);
        Map<UUID, Contact> byId =
                contacts.findAllById(result.ids()).stream().collect(Collectors.toMap(Contact::id, Function.identity()));
        var page = result.ids().stream()
                .map(byId::get)
                .filter(Objects::nonNull)
                .map(ContactView::of)
                .toList();
        return SqlPaging.page(page, paging, result.total());
    }

    @Transactional(readOnly = true)
    public ContactView get(UUID id) {
        return ContactView.of(find(id));
    }

    /** Creates a contact; without an {@code ownerId} the creator looks after it. */
    @Transactional
    public ContactView create(ContactDetails details, CurrentUser actor) {
        var input = details.ownerId() == null ? details.withReferences(details.companyId(), actor.id()) : details;
        List<FieldError> errors = new ArrayList<>(ContactRules.check(input));
        var companyName = references.check(input, null, errors);
        if (!errors.isEmpty()) {
            throw ContactInputException.of(errors);
        }
        emails.claim(input.email(), null);
        var now = Moments.now(clock);
        var contact = contacts.saveAndFlush(new Contact(input, companyName, actor.id(), now));
        var view = ContactView.of(contact);
        timeline.record(new ContactActivityOccurred(
                contact.id(),
                ContactTimeline.CONTACT_CREATED,
                (contact.isCompany() ? "Company" : "Person") + " " + contact.displayName() + " created",
                actor.id(),
                null,
                null,
                now));
        audit.record("contact.created", "contact", contact.id(), null, view);
        return view;
    }

    /**
     * Replaces a contact's details. The type cannot change; the {@code version} must be the one the
     * client read. Renaming a company renames it on its people too.
     */
    @Transactional
    public ContactView update(UUID id, ContactDetails details, CurrentUser actor) {
        var contact = find(id);
        var version = Objects.requireNonNull(details.version(), "version is validated as required on update");
        if (version != contact.version()) {
            throw ConflictException.staleVersion("Contact", version, contact.version());
        }
        if (details.type() != contact.type()) {
            throw ContactInputException.of(List.of(new FieldError(
                    "type",
                    "cannot change from " + contact.type().value() + " to "
                            + details.type().value() + "; create a new contact instead")));
        }
        List<FieldError> errors = new ArrayList<>(ContactRules.check(details));
        var companyName = references.check(details, contact, errors);
        if (!errors.isEmpty()) {
            throw ContactInputException.of(errors);
        }
        if (!Objects.equals(details.email(), contact.email())) {
            emails.claim(details.email(), contact.id());
        }
        var before = ContactView.of(contact);
        contact.update(details, companyName);
        var changed = before.changedFields(ContactView.of(contact));
        if (changed.isEmpty()) {
            return before;
        }
        var now = Moments.now(clock);
        contact.touch(now);
        contacts.flush();
        if (contact.isCompany() && !before.displayName().equals(contact.displayName())) {
            contacts.renameCompany(contact.id(), contact.displayName());
        }
        var after = ContactView.of(contact);
        timeline.record(new ContactActivityOccurred(
                contact.id(),
                ContactTimeline.CONTACT_UPDATED,
                "Changed " + String.join(", ", changed),
                actor.id(),
                null,
                null,
                now));
        audit.record("contact.updated", "contact", id, before, after);
        return after;
    }

    /**
     * Deletes a contact softly: it leaves lists and lookups, while projects, invoices and the people
     * of a deleted company keep referring to it. Its e-mail address becomes free again.
     */
    @Transactional
    public void delete(UUID id, CurrentUser actor) {
        var contact = find(id);
        var before = ContactView.of(contact);
        contact.delete(actor.id(), Moments.now(clock));
        contacts.flush();
        audit.record("contact.deleted", "contact", id, before, null);
    }

    private Contact find(UUID id) {
        return contacts.findLive(id).orElseThrow(() -> NotFoundException.of("Contact", id));
    }
}
