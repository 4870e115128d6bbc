package com.mediaflow.contacts.web;

import com.mediaflow.contacts.internal.ContactDetails;
import com.mediaflow.contacts.internal.ContactFilter;
import com.mediaflow.contacts.internal.ContactService;
import com.mediaflow.contacts.internal.ContactView;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.web.PageResponse;
import com.mediaflow.shared.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.groups.Default;
import java.net.URI;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/contacts")
@Tag(name = "Contacts")
class ContactsController {

    private static final String BODY_RULES = " A company needs `name` and has no first_name, last_name, job_title or "
            + "company_id; a person needs `first_name` or `last_name` and no `name`. `company_id` must be a company "
            + "contact; `owner_id` a team member who is not deactivated. E-mail addresses and tags are stored "
            + "lower-case; one live contact per e-mail address (a second one is a 409 with `existing_contact_id`). "
            + "`custom_fields`: up to 50 snake_case keys with text, number, boolean, null or list values.";

    private final ContactService contacts;

    ContactsController(ContactService contacts) {
        this.contacts = contacts;
    }

    @GetMapping
    @Operation(
            summary = "List and search contacts",
            description = "Any signed-in member. `q` matches each of its words anywhere in the name, e-mail, "
                    + "company name or tags (case-insensitive). Filters: `tag`, `owner_id`, `company_id` (the people "
                    + "of a company), `type` (person or company), `created_from` and `created_to` (inclusive days in "
                    + "the studio's time zone). Deleted contacts never appear. Sortable by name, email, created_at, "
                    + "updated_at; newest first by default. An unknown parameter is a 400.")
    PageResponse<ContactView> list(@ParameterObject ContactFilter filter, @ParameterObject Paging paging) {
        return contacts.list(filter, paging);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('can_manage_projects')")
    @Operation(
            summary = "Create a person or a company",
            description = "Needs can_manage_projects (owner, manager, producer). Without `owner_id` the creator "
                    + "looks after the contact." + BODY_RULES)
    ResponseEntity<ContactView> create(
            @Validated @RequestBody ContactDetails request, @AuthenticationPrincipal CurrentUser user) {
        var created = contacts.create(request, user);
        return ResponseEntity.created(URI.create("/api/contacts/" + created.id()))
                .body(created);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One contact", description = "Any signed-in member. A deleted contact is a 404.")
    ContactView get(@PathVariable UUID id) {
        return contacts.get(id);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('can_manage_projects')")
    @Operation(
            summary = "Replace a contact's details",
            description = "Needs can_manage_projects (owner, manager, producer). Send every field (an absent one "
                    + "is cleared) with the `version` you read; a stale version is a 409. `type` cannot change. "
                    + "Renaming a company renames it on its people." + BODY_RULES)
    ContactView update(
            @PathVariable UUID id,
            @Validated({Default.class, ContactDetails.OnUpdate.class}) @RequestBody ContactDetails request,
            @AuthenticationPrincipal CurrentUser user) {
        return contacts.update(id, request, user);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('can_manage_projects')")
    @Operation(
            summary = "Delete a contact",
            description = "Needs can_manage_projects (owner, manager, producer). The contact leaves lists and "
                    + "lookups at once (then a 404), but projects, invoices and a deleted company's people keep "
                    + "referring to it. Its e-mail address can be used again.")
    ResponseEntity<Void> delete(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        contacts.delete(id, user);
        return ResponseEntity.noContent().build();
    }
}
