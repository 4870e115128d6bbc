-- Background jobs (exports, reports): one row per job, its result in the files storage under result_key.
CREATE TABLE jobs (
    id            uuid PRIMARY KEY,
    kind          varchar(60)   NOT NULL,
    owner_id      uuid          NOT NULL REFERENCES team_members (id),
    status        varchar(20)   NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'EXPIRED')),
    file_name     varchar(255)  NOT NULL,
    content_type  varchar(150)  NOT NULL,
    parameters    jsonb         NOT NULL DEFAULT '{}'::jsonb,
    result_key    varchar(200)  NOT NULL,
    size_bytes    bigint,
    rows_done     bigint        NOT NULL DEFAULT 0,
    rows_total    bigint,
    percent       integer       NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100),
    error         varchar(1000),
    instance_id   varchar(120)  NOT NULL,
    heartbeat_at  timestamptz   NOT NULL,
    created_at    timestamptz   NOT NULL,
    started_at    timestamptz,
    finished_at   timestamptz,
    expires_at    timestamptz
);

CREATE INDEX jobs_owner_created ON jobs (owner_id, created_at DESC);
CREATE INDEX jobs_unfinished ON jobs (heartbeat_at) WHERE status IN ('QUEUED', 'RUNNING');
CREATE INDEX jobs_expiring ON jobs (expires_at) WHERE status IN ('SUCCEEDED', 'FAILED');
