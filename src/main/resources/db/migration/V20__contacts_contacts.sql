-- People and companies the studio works with. Rows are soft-deleted (deleted_at) so that projects,
-- invoices and proposals that refer to a contact keep a valid reference.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The text that the contact search matches, lower-cased. A function so the generated column can use
-- array_to_string, which PostgreSQL does not mark immutable although it is for text[].
CREATE FUNCTION contacts_search_text(display_name TEXT, email TEXT, company_name TEXT, tags TEXT[])
    RETURNS TEXT
    LANGUAGE sql
    IMMUTABLE
    PARALLEL SAFE
AS
$$
SELECT lower(display_name || ' ' || coalesce(email, '') || ' ' || coalesce(company_name, '') || ' '
                 || coalesce(array_to_string(tags, ' '), ''))
$$;

CREATE TABLE contacts (
    id                  UUID PRIMARY KEY,
    type                TEXT        NOT NULL CHECK (type IN ('PERSON', 'COMPANY')),
    display_name        TEXT        NOT NULL,
    first_name          TEXT,
    last_name           TEXT,
    job_title           TEXT,
    company_id          UUID REFERENCES contacts (id),
    -- The name of the company a person belongs to, copied so that search needs no join; kept in
    -- step when the company is renamed.
    company_name        TEXT,
    email               TEXT CHECK (email = lower(email)),
    phone               TEXT,
    mobile              TEXT,
    website             TEXT,
    address_line1       TEXT,
    address_line2       TEXT,
    address_city        TEXT,
    address_postal_code TEXT,
    address_region      TEXT,
    address_country     TEXT,
    tags                TEXT[]      NOT NULL DEFAULT '{}',
    source              TEXT,
    owner_id            UUID REFERENCES team_members (id),
    custom_fields       JSONB       NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(custom_fields) = 'object'),
    created_by          UUID        NOT NULL REFERENCES team_members (id),
    created_at          TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL,
    deleted_at          TIMESTAMPTZ,
    deleted_by          UUID REFERENCES team_members (id),
    version             BIGINT      NOT NULL DEFAULT 0,
    search_text         TEXT GENERATED ALWAYS AS (contacts_search_text(display_name, email, company_name, tags)) STORED,
    CONSTRAINT contacts_person_has_a_name CHECK (type = 'COMPANY' OR first_name IS NOT NULL OR last_name IS NOT NULL),
    CONSTRAINT contacts_company_has_no_person_fields CHECK (
        type = 'PERSON' OR (first_name IS NULL AND last_name IS NULL AND job_title IS NULL AND company_id IS NULL)),
    CONSTRAINT contacts_deletion_is_complete CHECK ((deleted_at IS NULL) = (deleted_by IS NULL))
);

-- One live contact per e-mail address (stored lower-cased); deleted contacts free their address.
CREATE UNIQUE INDEX contacts_email_idx ON contacts (email) WHERE deleted_at IS NULL AND email IS NOT NULL;
-- Substring search over name, e-mail, company and tags (q) without a sequential scan.
CREATE INDEX contacts_search_idx ON contacts USING gin (search_text gin_trgm_ops) WHERE deleted_at IS NULL;
CREATE INDEX contacts_tags_idx ON contacts USING gin (tags) WHERE deleted_at IS NULL;
CREATE INDEX contacts_owner_idx ON contacts (owner_id) WHERE deleted_at IS NULL;
CREATE INDEX contacts_company_idx ON contacts (company_id);
CREATE INDEX contacts_created_at_idx ON contacts (created_at DESC, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX contacts_name_idx ON contacts (lower(display_name), id) WHERE deleted_at IS NULL;
