-- Files attached to records of other modules (contacts, projects, tasks, expenses, proposals, the
-- organization). entity_type names the owning module's record; there is no foreign key to it,
-- since it lives in different tables per type. The bytes are in the file storage under
-- storage_key (never the uploader's file name).
CREATE TABLE files (
    id                     UUID PRIMARY KEY,
    entity_type            TEXT NOT NULL CHECK (entity_type ~ '^[a-z][a-z_]{0,39}$'),
    entity_id              UUID NOT NULL,
    file_name              TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
    content_type           TEXT NOT NULL,
    size_bytes             BIGINT NOT NULL CHECK (size_bytes > 0),
    sha256                 TEXT NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    storage_key            TEXT NOT NULL UNIQUE,
    width                  INT CHECK (width > 0),
    height                 INT CHECK (height > 0),
    thumbnail_status       TEXT NOT NULL CHECK (thumbnail_status IN ('PENDING', 'READY', 'UNAVAILABLE', 'FAILED')),
    thumbnail_key          TEXT UNIQUE,
    thumbnail_content_type TEXT,
    thumbnail_note         TEXT,
    uploaded_by            UUID REFERENCES team_members (id) ON DELETE SET NULL,
    created_at             TIMESTAMPTZ NOT NULL,
    updated_at             TIMESTAMPTZ NOT NULL,
    version                BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT files_thumbnail_ready CHECK (
        (thumbnail_status = 'READY') = (thumbnail_key IS NOT NULL AND thumbnail_content_type IS NOT NULL))
);

CREATE INDEX files_entity_idx ON files (entity_type, entity_id, created_at DESC);
