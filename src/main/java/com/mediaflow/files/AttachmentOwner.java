package com.mediaflow.files;

import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.web.ForbiddenException;
import com.mediaflow.shared.web.NotFoundException;
import java.util.UUID;

/**
 * A kind of record that files can be attached to, contributed as a bean by the module that owns
 * that record (contacts, projects, tasks, expenses, proposals, the organization). The files module
 * looks the bean up by {@link #entityType()} and asks it before every read or write of a file, so
 * a file is exactly as visible as the record it belongs to.
 */
public interface AttachmentOwner {

    /**
     * The entity type as the API names it ({@code entity_type=project}): lower case letters and
     * underscores, unique among all owners.
     */
    String entityType();

    /**
     * Passes when the record exists and {@code user} may see it.
     *
     * @throws NotFoundException otherwise: a hidden record answers like a missing one
     */
    void requireReadable(CurrentUser user, UUID entityId);

    /**
     * Passes when {@code user} may attach files to the record and delete its files.
     *
     * @throws NotFoundException when the record is missing or hidden from {@code user}
     * @throws ForbiddenException when {@code user} may see the record but not change its files
     */
    void requireWritable(CurrentUser user, UUID entityId);
}
