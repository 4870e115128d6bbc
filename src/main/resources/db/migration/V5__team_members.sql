CREATE TABLE team_members (
    id             UUID PRIMARY KEY,
    email          TEXT NOT NULL,
    full_name      TEXT NOT NULL,
    role           TEXT NOT NULL CHECK (role IN ('OWNER', 'MANAGER', 'PRODUCER', 'EDITOR', 'ASSISTANT')),
    status         TEXT NOT NULL CHECK (status IN ('INVITED', 'ACTIVE', 'DEACTIVATED')),
    job_title      TEXT,
    phone          TEXT,
    hourly_cost    NUMERIC(12, 2) CHECK (hourly_cost >= 0),
    billable_rate  NUMERIC(12, 2) CHECK (billable_rate >= 0),
    created_at     TIMESTAMPTZ NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL,
    deactivated_at TIMESTAMPTZ,
    last_login_at  TIMESTAMPTZ,
    version        BIGINT NOT NULL DEFAULT 0
);

-- E-mail addresses are stored lower-cased; this keeps them unique whatever the input's case.
CREATE UNIQUE INDEX team_members_email_idx ON team_members (lower(email));
CREATE INDEX team_members_role_idx ON team_members (role, status);

CREATE TABLE team_invitations (
    id          UUID PRIMARY KEY,
    member_id   UUID NOT NULL REFERENCES team_members (id),
    email       TEXT NOT NULL,
    role        TEXT NOT NULL CHECK (role IN ('OWNER', 'MANAGER', 'PRODUCER', 'EDITOR', 'ASSISTANT')),
    token_hash  TEXT NOT NULL UNIQUE,
    status      TEXT NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED', 'REVOKED')),
    invited_by  UUID NOT NULL REFERENCES team_members (id),
    created_at  TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL,
    accepted_at TIMESTAMPTZ,
    version     BIGINT NOT NULL DEFAULT 0
);

CREATE INDEX team_invitations_member_idx ON team_invitations (member_id, status);
CREATE INDEX team_invitations_status_idx ON team_invitations (status, created_at DESC);
