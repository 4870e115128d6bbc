package com.mediaflow.contacts.internal;

import com.mediaflow.shared.web.InvalidInputException.FieldError;
import com.mediaflow.team.MemberStatus;
import com.mediaflow.team.TeamDirectory;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks what a contact's details point at: the company a person belongs to must be a live company
 * contact, the owner a team member who is not deactivated. A reference the contact already has is
 * kept as it is, even if its target was deleted or deactivated since.
 */
@Component
class ContactReferences {

    private final ContactRepository contacts;
    private final TeamDirectory team;

    ContactReferences(ContactRepository contacts, TeamDirectory team) {
        this.contacts = contacts;
        this.team = team;
    }

    /**
     * Adds an error for each reference that does not hold.
     *
     * @param current the contact being updated; {@code null} when creating one
     * @return the name of the company the details refer to, if any
     */
    @Nullable
    String check(ContactDetails details, @Nullable Contact current, List<FieldError> errors) {
        checkOwner(details.ownerId(), current, errors);
        return companyName(details.companyId(), current, errors);
    }

    private @Nullable String companyName(@Nullable UUID companyId, @Nullable Contact current, List<FieldError> errors) {
        if (companyId == null) {
            return null;
        }
        if (current != null && companyId.equals(current.companyId())) {
            return current.companyName();
        }
        var company = contacts.findLive(companyId);
        if (company.isEmpty()) {
            errors.add(new FieldError("company_id", "no contact has this id"));
            return null;
        }
        if (!company.get().isCompany()) {
            errors.add(new FieldError("company_id", "is a person; a person can only belong to a company"));
            return null;
        }
        return company.get().displayName();
    }

    private void checkOwner(@Nullable UUID ownerId, @Nullable Contact current, List<FieldError> errors) {
        if (ownerId == null || (current != null && Objects.equals(ownerId, current.ownerId()))) {
            return;
        }
        var member = team.findAccount(ownerId);
        if (member.isEmpty()) {
            errors.add(new FieldError("owner_id", "no team member has this id"));
        } else if (member.get().status() == MemberStatus.DEACTIVATED) {
            errors.add(new FieldError("owner_id", "is a deactivated member; choose someone on the team"));
        }
    }
}
