-- Responses to POSTs sent with an Idempotency-Key, kept 24 hours. status is NULL while the first request runs.
CREATE TABLE idempotency_keys (
    member_id       UUID NOT NULL,
    idempotency_key TEXT NOT NULL,
    fingerprint     TEXT NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    status          INT,
    content_type    TEXT,
    location        TEXT,
    body            BYTEA,
    PRIMARY KEY (member_id, idempotency_key)
);

CREATE INDEX idempotency_keys_created_at_idx ON idempotency_keys (created_at);
