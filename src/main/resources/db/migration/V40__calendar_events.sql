-- Events on the studio's calendar (shoots, meetings, reviews, deliveries) and who attends them.
CREATE TABLE calendar_events (
    id          UUID PRIMARY KEY,
    title       TEXT NOT NULL,
    type        TEXT NOT NULL CHECK (type IN ('SHOOT', 'MEETING', 'REVIEW', 'DELIVERY', 'OTHER')),
    starts_at   TIMESTAMPTZ NOT NULL,
    ends_at     TIMESTAMPTZ NOT NULL,
    -- An all-day event covers the whole days start_date..end_date (inclusive) in the studio's time zone;
    -- starts_at and ends_at are the bounds of those days in the zone the studio had when it was saved.
    all_day     BOOLEAN NOT NULL,
    start_date  DATE,
    end_date    DATE,
    location    TEXT,
    description TEXT,
    project_id  UUID REFERENCES projects (id),
    created_by  UUID REFERENCES team_members (id),
    created_at  TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    version     BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT calendar_events_end_after_start CHECK (ends_at > starts_at),
    CONSTRAINT calendar_events_dates_only_all_day CHECK (
        (all_day AND start_date IS NOT NULL AND end_date IS NOT NULL)
            OR (NOT all_day AND start_date IS NULL AND end_date IS NULL)),
    CONSTRAINT calendar_events_dates_in_order CHECK (end_date >= start_date)
);

-- Lists and the feed ask for the events overlapping a window: starts_at < window end AND ends_at > window start.
CREATE INDEX calendar_events_starts_idx ON calendar_events (starts_at, ends_at);
CREATE INDEX calendar_events_project_idx ON calendar_events (project_id, starts_at);

CREATE TABLE calendar_event_members (
    event_id  UUID NOT NULL REFERENCES calendar_events (id) ON DELETE CASCADE,
    member_id UUID NOT NULL REFERENCES team_members (id),
    PRIMARY KEY (event_id, member_id)
);

-- Double-booking checks and "my events" look up a member's events.
CREATE INDEX calendar_event_members_member_idx ON calendar_event_members (member_id, event_id);

CREATE TABLE calendar_event_contacts (
    event_id   UUID NOT NULL REFERENCES calendar_events (id) ON DELETE CASCADE,
    contact_id UUID NOT NULL REFERENCES contacts (id),
    PRIMARY KEY (event_id, contact_id)
);

CREATE INDEX calendar_event_contacts_contact_idx ON calendar_event_contacts (contact_id);
