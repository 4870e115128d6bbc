package com.mediaflow.contacts.web;

import com.mediaflow.contacts.internal.ContactNotes;
import com.mediaflow.contacts.internal.NoteView;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.web.PageResponse;
import com.mediaflow.shared.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/contacts/{id}/notes")
@Tag(name = "Contacts")
class ContactNotesController {

    private final ContactNotes notes;

    ContactNotesController(ContactNotes notes) {
        this.notes = notes;
    }

    record AddNote(@NotBlank @Size(max = 10000) String body) {}

    @GetMapping
    @Operation(
            summary = "A contact's notes",
            description = "Any signed-in member. Newest first; sortable by created_at. A deleted contact is a 404.")
    PageResponse<NoteView> list(@PathVariable UUID id, @ParameterObject Paging paging) {
        return notes.list(id, paging);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('can_manage_projects')")
    @Operation(
            summary = "Add a note to a contact",
            description = "Needs can_manage_projects (owner, manager, producer). The body is plain text of up to "
                    + "10,000 characters. Notes cannot be edited; each also appears on the contact's activities "
                    + "(type note.added).")
    ResponseEntity<NoteView> add(
            @PathVariable UUID id, @Valid @RequestBody AddNote request, @AuthenticationPrincipal CurrentUser user) {
        var note = notes.add(id, request.body(), user);
        return ResponseEntity.created(URI.create("/api/contacts/" + id + "/notes/" + note.id()))
                .body(note);
    }

    @GetMapping("/{note_id}")
    @Operation(summary = "One note", description = "Any signed-in member.")
    NoteView get(@PathVariable UUID id, @PathVariable("note_id") UUID noteId) {
        return notes.get(id, noteId);
    }
}
