package com.mediaflow.organization.internal;

import com.mediaflow.files.AttachmentOwner;
import com.mediaflow.organization.OrganizationDirectory;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.web.ForbiddenException;
import com.mediaflow.shared.web.NotFoundException;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Files of the studio itself (its logo, letterhead, templates), under the entity id
 * {@link OrganizationDirectory#ATTACHMENT_ID}: every member sees them, as they see the
 * organization settings; only the owner, who edits those settings, adds or removes them.
 */
@Component
class OrganizationAttachments implements AttachmentOwner {

    @Override
    public String entityType() {
        return "organization";
    }

    @Override
    public void requireReadable(CurrentUser user, UUID entityId) {
        if (!OrganizationDirectory.ATTACHMENT_ID.equals(entityId)) {
            throw NotFoundException.because(
                    "There is one organization; its files are under entity_id " + OrganizationDirectory.ATTACHMENT_ID);
        }
    }

    @Override
    public void requireWritable(CurrentUser user, UUID entityId) {
        requireReadable(user, entityId);
        if (!user.isOwner()) {
            throw ForbiddenException.because("Only the owner may add or remove the organization's files");
        }
    }
}
