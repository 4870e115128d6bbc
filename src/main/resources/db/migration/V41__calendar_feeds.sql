-- Each member's secret iCalendar feed URL. The secret itself is never stored: it is derived from
-- secret_seed with the server's feed key (mediaflow.calendar.feed-key), and only its SHA-256 is kept
-- to find the member when a calendar app fetches the feed. Rotating replaces both, so the old URL dies.
CREATE TABLE calendar_feeds (
    member_id   UUID PRIMARY KEY REFERENCES team_members (id),
    secret_seed TEXT NOT NULL,
    secret_hash TEXT NOT NULL CHECK (secret_hash ~ '^[0-9a-f]{64}$'),
    issued_at   TIMESTAMPTZ NOT NULL,
    version     BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT calendar_feeds_secret_hash_key UNIQUE (secret_hash)
);
