package com.mediaflow.contacts.internal;

import com.mediaflow.files.AttachmentOwner;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.security.Permission;
import com.mediaflow.shared.web.ForbiddenException;
import com.mediaflow.shared.web.NotFoundException;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Files of a contact (contracts, NDAs, briefs): every member sees the contacts and so their files;
 * those who may edit contacts (can_manage_projects) add and remove them. A deleted contact has none.
 */
@Component
class ContactAttachments implements AttachmentOwner {

    private final ContactLookups contacts;

    ContactAttachments(ContactLookups contacts) {
        this.contacts = contacts;
    }

    @Override
    public String entityType() {
        return "contact";
    }

    @Override
    public void requireReadable(CurrentUser user, UUID contactId) {
        if (!contacts.exists(contactId)) {
            throw NotFoundException.of("Contact", contactId);
        }
    }

    @Override
    public void requireWritable(CurrentUser user, UUID contactId) {
        requireReadable(user, contactId);
        if (!user.has(Permission.CAN_MANAGE_PROJECTS)) {
            throw ForbiddenException.because("Adding or removing a contact's files needs can_manage_projects");
        }
    }
}
