-- Proposals: one row per version. A revision is a new row with the same number and the next
-- revision; the previous row is frozen as SUPERSEDED. Numbers come from the counters below,
-- taken in the creating transaction, so they are gapless; a deleted draft keeps its number.
CREATE TABLE proposals_number_counters (
    series      TEXT NOT NULL CHECK (series ~ '^[A-Z0-9]{1,10}$'),
    year        INT  NOT NULL CHECK (year BETWEEN 2000 AND 9999),
    last_number INT  NOT NULL CHECK (last_number > 0),
    PRIMARY KEY (series, year)
);

CREATE TABLE proposals_proposals (
    id                       UUID PRIMARY KEY,
    number                   TEXT NOT NULL,
    number_series            TEXT NOT NULL,
    number_year              INT  NOT NULL,
    number_sequence          INT  NOT NULL,
    revision                 INT  NOT NULL CHECK (revision >= 1),
    status                   TEXT NOT NULL CHECK (status IN ('DRAFT', 'SENT', 'VIEWED', 'ACCEPTED', 'REJECTED', 'SIGNED',
                                                             'SUPERSEDED')),
    title                    TEXT NOT NULL,
    client_id                UUID REFERENCES contacts (id),
    lead_id                  UUID REFERENCES proposals_leads (id),
    intro                    TEXT,
    terms                    TEXT,
    valid_until              DATE NOT NULL,
    currency                 TEXT NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    deposit_percent          NUMERIC(5, 2) CHECK (deposit_percent > 0 AND deposit_percent <= 100),
    allow_optional_selection BOOLEAN NOT NULL,
    subtotal                 NUMERIC(18, 3) NOT NULL,
    tax_total                NUMERIC(18, 3) NOT NULL,
    total                    NUMERIC(18, 3) NOT NULL,
    project_id               UUID REFERENCES projects (id),
    owner_id                 UUID NOT NULL REFERENCES team_members (id),
    duplicated_from          UUID REFERENCES proposals_proposals (id),
    token_hash               TEXT UNIQUE,
    sent_at                  TIMESTAMPTZ,
    sent_to                  TEXT,
    first_viewed_at          TIMESTAMPTZ,
    last_viewed_at           TIMESTAMPTZ,
    view_count               INT NOT NULL DEFAULT 0,
    visible_ms               BIGINT NOT NULL DEFAULT 0,
    decided_at               TIMESTAMPTZ,
    expired_noted_at         TIMESTAMPTZ,
    created_by               UUID NOT NULL REFERENCES team_members (id),
    created_at               TIMESTAMPTZ NOT NULL,
    updated_at               TIMESTAMPTZ NOT NULL,
    deleted_at               TIMESTAMPTZ,
    version                  BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT proposals_number_revision_key UNIQUE (number, revision),
    CONSTRAINT proposals_client_or_lead CHECK (client_id IS NOT NULL OR lead_id IS NOT NULL),
    CONSTRAINT proposals_decided CHECK ((status IN ('ACCEPTED', 'REJECTED', 'SIGNED')) <= (decided_at IS NOT NULL)),
    CONSTRAINT proposals_deleted_only_drafts CHECK (deleted_at IS NULL OR status = 'DRAFT')
);

-- One version of a number is the current one; the others are superseded.
CREATE UNIQUE INDEX proposals_current_version_idx ON proposals_proposals (number) WHERE status <> 'SUPERSEDED';
CREATE INDEX proposals_client_idx ON proposals_proposals (client_id);
CREATE INDEX proposals_lead_idx ON proposals_proposals (lead_id);
CREATE INDEX proposals_created_idx ON proposals_proposals (created_at);

CREATE TABLE proposals_items (
    id          UUID PRIMARY KEY,
    proposal_id UUID NOT NULL REFERENCES proposals_proposals (id) ON DELETE CASCADE,
    section     TEXT NOT NULL,
    position    INT NOT NULL CHECK (position >= 1),
    description TEXT NOT NULL,
    quantity    NUMERIC(12, 3) NOT NULL CHECK (quantity > 0),
    unit        TEXT,
    unit_price  NUMERIC(18, 4) NOT NULL CHECK (unit_price >= 0),
    tax_rate    NUMERIC(6, 3) NOT NULL CHECK (tax_rate BETWEEN 0 AND 100),
    optional    BOOLEAN NOT NULL,
    selected    BOOLEAN NOT NULL,
    net_amount  NUMERIC(18, 3) NOT NULL,
    tax_amount  NUMERIC(18, 3) NOT NULL,
    CONSTRAINT proposals_items_required_selected CHECK (optional OR selected)
);

CREATE INDEX proposals_items_proposal_idx ON proposals_items (proposal_id, position);

-- Every opening of the public page.
CREATE TABLE proposals_views (
    id          UUID PRIMARY KEY,
    proposal_id UUID NOT NULL REFERENCES proposals_proposals (id),
    viewed_at   TIMESTAMPTZ NOT NULL,
    ip          TEXT NOT NULL,
    user_agent  TEXT,
    visible_ms  BIGINT NOT NULL DEFAULT 0 CHECK (visible_ms >= 0)
);

CREATE INDEX proposals_views_proposal_idx ON proposals_views (proposal_id);

-- The client's decision on one version: written once, never changed (see the trigger).
CREATE TABLE proposals_decisions (
    proposal_id         UUID PRIMARY KEY REFERENCES proposals_proposals (id),
    kind                TEXT NOT NULL CHECK (kind IN ('ACCEPTED', 'REJECTED', 'SIGNED')),
    signer_name         TEXT NOT NULL,
    signer_email        TEXT NOT NULL,
    reason              TEXT,
    signature_type      TEXT CHECK (signature_type IN ('DRAWN', 'TYPED')),
    signature_image     BYTEA,
    typed_signature     TEXT,
    selected_item_ids   UUID[] NOT NULL,
    content_sha256      TEXT NOT NULL CHECK (content_sha256 ~ '^[0-9a-f]{64}$'),
    number              TEXT NOT NULL,
    revision            INT NOT NULL,
    total               NUMERIC(18, 3) NOT NULL,
    ip                  TEXT NOT NULL,
    user_agent          TEXT,
    decided_at          TIMESTAMPTZ NOT NULL,
    CONSTRAINT proposals_decisions_rejection_reason CHECK ((kind = 'REJECTED') = (reason IS NOT NULL)),
    CONSTRAINT proposals_decisions_signature CHECK (
        (kind = 'SIGNED') = (signature_type IS NOT NULL)
        AND (signature_type IS DISTINCT FROM 'DRAWN' OR signature_image IS NOT NULL)
        AND (signature_type IS DISTINCT FROM 'TYPED' OR typed_signature IS NOT NULL))
);

CREATE FUNCTION proposals_decisions_immutable() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'a proposal decision is never changed or deleted';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER proposals_decisions_immutable
    BEFORE UPDATE OR DELETE ON proposals_decisions
    FOR EACH ROW EXECUTE FUNCTION proposals_decisions_immutable();

-- The timeline of a proposal (all its versions share it through the number).
CREATE TABLE proposals_activities (
    id          UUID PRIMARY KEY,
    proposal_id UUID NOT NULL REFERENCES proposals_proposals (id),
    number      TEXT NOT NULL,
    revision    INT NOT NULL,
    kind        TEXT NOT NULL,
    description TEXT NOT NULL,
    actor_id    UUID REFERENCES team_members (id),
    occurred_at TIMESTAMPTZ NOT NULL
);

CREATE INDEX proposals_activities_number_idx ON proposals_activities (number, occurred_at);
