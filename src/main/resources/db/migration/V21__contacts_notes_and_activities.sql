-- Notes people write about a contact. Append-only.
CREATE TABLE contact_notes (
    id         UUID PRIMARY KEY,
    contact_id UUID        NOT NULL REFERENCES contacts (id),
    author_id  UUID        NOT NULL REFERENCES team_members (id),
    body       TEXT        NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
    created_at TIMESTAMPTZ NOT NULL
);

CREATE INDEX contact_notes_contact_idx ON contact_notes (contact_id, created_at DESC, id DESC);

-- The timeline of a contact: what happened, who did it, and optionally what it was about (a note,
-- a project, an invoice, a proposal). Other modules add entries by publishing ContactActivityOccurred.
-- Append-only. type is a dotted lower-case name such as contact.created or invoice.issued.
CREATE TABLE contact_activities (
    id          UUID PRIMARY KEY,
    contact_id  UUID        NOT NULL REFERENCES contacts (id),
    type        TEXT        NOT NULL CHECK (type ~ '^[a-z][a-z_]*(\.[a-z][a-z_]*)+$'),
    summary     TEXT        NOT NULL CHECK (length(summary) BETWEEN 1 AND 500),
    actor_id    UUID REFERENCES team_members (id),
    occurred_at TIMESTAMPTZ NOT NULL,
    entity_type TEXT CHECK (entity_type ~ '^[a-z][a-z_]*$'),
    entity_id   UUID,
    CONSTRAINT contact_activities_entity_is_complete CHECK ((entity_type IS NULL) = (entity_id IS NULL))
);

CREATE INDEX contact_activities_contact_idx ON contact_activities (contact_id, occurred_at DESC, id DESC);
CREATE INDEX contact_activities_entity_idx ON contact_activities (entity_type, entity_id) WHERE entity_id IS NOT NULL;
