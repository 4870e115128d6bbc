package com.mediaflow.contacts.web;

import com.mediaflow.contacts.internal.ActivityView;
import com.mediaflow.contacts.internal.ContactActivities;
import com.mediaflow.shared.web.PageResponse;
import com.mediaflow.shared.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/contacts/{id}/activities")
@Tag(name = "Contacts")
class ContactActivitiesController {

    private final ContactActivities activities;

    ContactActivitiesController(ContactActivities activities) {
        this.activities = activities;
    }

    @GetMapping
    @Operation(
            summary = "A contact's timeline",
            description = "Any signed-in member. What happened with the contact, newest first: contact.created, "
                    + "contact.updated (the summary names the fields), contact.imported, note.added, and entries other "
                    + "modules add (project.created, invoice.issued, proposal.sent...). `entity_type` and `entity_id` "
                    + "point at what an entry is about. Sortable by occurred_at. A deleted contact is a 404.")
    PageResponse<ActivityView> list(
            @PathVariable UUID id,
            @Parameter(description = "Only entries of this type, e.g. note.added")
                    @RequestParam(required = false)
                    @Nullable
                    String type,
            @ParameterObject Paging paging) {
        return activities.list(id, type, paging);
    }
}
