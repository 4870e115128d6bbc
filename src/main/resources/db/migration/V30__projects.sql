-- Productions for clients, and the crew on each. Codes not given by a person come from the sequence.
CREATE SEQUENCE project_code_seq;

CREATE TABLE projects (
    id          UUID PRIMARY KEY,
    code        TEXT NOT NULL CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{1,29}$'),
    name        TEXT NOT NULL,
    client_id   UUID NOT NULL REFERENCES contacts (id),
    type        TEXT NOT NULL CHECK (type IN ('COMMERCIAL', 'CORPORATE', 'MUSIC_VIDEO', 'DOCUMENTARY', 'PHOTO_SHOOT',
                                              'EVENT', 'SOCIAL_CONTENT', 'OTHER')),
    status      TEXT NOT NULL CHECK (status IN ('PLANNING', 'PRE_PRODUCTION', 'PRODUCTION', 'POST_PRODUCTION', 'REVIEW',
                                                'DELIVERED', 'COMPLETED', 'ON_HOLD', 'CANCELLED')),
    -- The lifecycle order, so that sorting by status follows the production rather than the alphabet.
    status_rank INT GENERATED ALWAYS AS (
                    CASE status
                        WHEN 'PLANNING' THEN 1 WHEN 'PRE_PRODUCTION' THEN 2 WHEN 'PRODUCTION' THEN 3
                        WHEN 'POST_PRODUCTION' THEN 4 WHEN 'REVIEW' THEN 5 WHEN 'DELIVERED' THEN 6
                        WHEN 'COMPLETED' THEN 7 WHEN 'ON_HOLD' THEN 8 ELSE 9 END) STORED,
    -- The state an on-hold project was paused in; set exactly while it is on hold.
    paused_from TEXT CHECK (paused_from IN ('PLANNING', 'PRE_PRODUCTION', 'PRODUCTION', 'POST_PRODUCTION', 'REVIEW',
                                            'DELIVERED')),
    start_date  DATE,
    end_date    DATE,
    deadline    DATE,
    budget      NUMERIC(14, 2) CHECK (budget >= 0),
    currency    TEXT NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    manager_id  UUID REFERENCES team_members (id),
    tags        TEXT[] NOT NULL DEFAULT '{}',
    description TEXT,
    created_by  UUID REFERENCES team_members (id),
    created_at  TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    version     BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT projects_code_key UNIQUE (code),
    CONSTRAINT projects_paused_from_only_on_hold CHECK ((status = 'ON_HOLD') = (paused_from IS NOT NULL)),
    CONSTRAINT projects_end_after_start CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date),
    CONSTRAINT projects_deadline_after_start CHECK (deadline IS NULL OR start_date IS NULL OR deadline >= start_date)
);

CREATE INDEX projects_status_idx ON projects (status);
CREATE INDEX projects_client_idx ON projects (client_id);
CREATE INDEX projects_manager_idx ON projects (manager_id);
CREATE INDEX projects_created_idx ON projects (created_at DESC);
CREATE INDEX projects_tags_idx ON projects USING GIN (tags);

CREATE TABLE project_team_members (
    id         UUID PRIMARY KEY,
    project_id UUID NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    member_id  UUID NOT NULL REFERENCES team_members (id),
    role       TEXT NOT NULL CHECK (role IN ('DIRECTOR', 'PRODUCER', 'EDITOR', 'CAMERA', 'SOUND', 'DESIGNER', 'OTHER')),
    added_by   UUID REFERENCES team_members (id),
    added_at   TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    version    BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT project_team_members_once UNIQUE (project_id, member_id)
);

-- "Which projects is this person on?" is asked on every request of an editor or assistant.
CREATE INDEX project_team_members_member_idx ON project_team_members (member_id, project_id);
