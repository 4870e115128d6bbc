-- Leads: prospective clients on their way through the sales pipeline.
CREATE TABLE proposals_leads (
    id                  UUID PRIMARY KEY,
    name                TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    company             TEXT,
    email               TEXT,
    phone               TEXT,
    status              TEXT NOT NULL CHECK (status IN ('NEW', 'CONTACTED', 'QUALIFIED', 'PROPOSAL_SENT', 'WON', 'LOST')),
    estimated_value     NUMERIC(18, 3) CHECK (estimated_value >= 0),
    currency            TEXT NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    source              TEXT,
    owner_id            UUID REFERENCES team_members (id),
    expected_close_date DATE,
    notes               TEXT,
    contact_id          UUID REFERENCES contacts (id),
    project_id          UUID REFERENCES projects (id),
    converted_at        TIMESTAMPTZ,
    created_by          UUID NOT NULL REFERENCES team_members (id),
    created_at          TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL,
    deleted_at          TIMESTAMPTZ,
    version             BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT proposals_leads_converted CHECK ((converted_at IS NULL) = (contact_id IS NULL))
);

CREATE INDEX proposals_leads_status_idx ON proposals_leads (status) WHERE deleted_at IS NULL;
CREATE INDEX proposals_leads_owner_idx ON proposals_leads (owner_id);
CREATE INDEX proposals_leads_email_idx ON proposals_leads (lower(email));
