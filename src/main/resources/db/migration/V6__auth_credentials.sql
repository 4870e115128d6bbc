CREATE TABLE auth_credentials (
    member_id           UUID PRIMARY KEY REFERENCES team_members (id),
    password_hash       TEXT NOT NULL,
    failed_attempts     INT NOT NULL DEFAULT 0,
    locked_until        TIMESTAMPTZ,
    password_changed_at TIMESTAMPTZ NOT NULL,
    version             BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE auth_password_reset_tokens (
    id         UUID PRIMARY KEY,
    member_id  UUID NOT NULL REFERENCES team_members (id),
    token_hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    used_at    TIMESTAMPTZ
);

CREATE INDEX auth_password_reset_tokens_member_idx ON auth_password_reset_tokens (member_id) WHERE used_at IS NULL;
