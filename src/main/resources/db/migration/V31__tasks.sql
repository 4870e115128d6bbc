-- Work within productions, the finish-to-start links between tasks, and the time logged on them.
CREATE TABLE tasks (
    id               UUID PRIMARY KEY,
    project_id       UUID NOT NULL REFERENCES projects (id),
    title            TEXT NOT NULL,
    description      TEXT,
    assignee_id      UUID REFERENCES team_members (id),
    status           TEXT NOT NULL CHECK (status IN ('TODO', 'IN_PROGRESS', 'REVIEW', 'DONE', 'BLOCKED')),
    -- Workflow and urgency order, so that sorting follows them rather than the alphabet.
    status_rank      INT GENERATED ALWAYS AS (
                         CASE status
                             WHEN 'TODO' THEN 1 WHEN 'IN_PROGRESS' THEN 2 WHEN 'REVIEW' THEN 3
                             WHEN 'DONE' THEN 4 ELSE 5 END) STORED,
    priority         TEXT NOT NULL CHECK (priority IN ('LOW', 'MEDIUM', 'HIGH', 'URGENT')),
    priority_rank    INT GENERATED ALWAYS AS (
                         CASE priority WHEN 'LOW' THEN 1 WHEN 'MEDIUM' THEN 2 WHEN 'HIGH' THEN 3 ELSE 4 END) STORED,
    start_date       DATE,
    due_date         DATE,
    estimate_minutes INT CHECK (estimate_minutes > 0),
    completed_at     TIMESTAMPTZ,
    created_by       UUID REFERENCES team_members (id),
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL,
    version          BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT tasks_due_after_start CHECK (due_date IS NULL OR start_date IS NULL OR due_date >= start_date),
    CONSTRAINT tasks_completed_when_done CHECK ((status = 'DONE') = (completed_at IS NOT NULL))
);

CREATE INDEX tasks_project_idx ON tasks (project_id, status);
CREATE INDEX tasks_assignee_idx ON tasks (assignee_id, status);
CREATE INDEX tasks_open_due_idx ON tasks (due_date) WHERE status <> 'DONE';

-- task_id waits for predecessor_id to be done (finish-to-start). Both belong to project_id.
CREATE TABLE task_dependencies (
    id             UUID PRIMARY KEY,
    project_id     UUID NOT NULL REFERENCES projects (id),
    task_id        UUID NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    predecessor_id UUID NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    created_by     UUID REFERENCES team_members (id),
    created_at     TIMESTAMPTZ NOT NULL,
    CONSTRAINT task_dependencies_once UNIQUE (task_id, predecessor_id),
    CONSTRAINT task_dependencies_not_itself CHECK (task_id <> predecessor_id)
);

CREATE INDEX task_dependencies_project_idx ON task_dependencies (project_id);
CREATE INDEX task_dependencies_predecessor_idx ON task_dependencies (predecessor_id);

-- Rates are copied from the member when the time is logged, so later rate changes leave history
-- alone. project_id repeats the task's (tasks never move between projects) for budget sums.
CREATE TABLE task_time_entries (
    id            UUID PRIMARY KEY,
    task_id       UUID NOT NULL REFERENCES tasks (id),
    project_id    UUID NOT NULL REFERENCES projects (id),
    member_id     UUID NOT NULL REFERENCES team_members (id),
    work_date     DATE NOT NULL,
    minutes       INT NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
    note          TEXT,
    billable      BOOLEAN NOT NULL,
    hourly_cost   NUMERIC(12, 2) CHECK (hourly_cost >= 0),
    billable_rate NUMERIC(12, 2) CHECK (billable_rate >= 0),
    rate_currency TEXT NOT NULL CHECK (rate_currency ~ '^[A-Z]{3}$'),
    created_by    UUID REFERENCES team_members (id),
    created_at    TIMESTAMPTZ NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL,
    version       BIGINT NOT NULL DEFAULT 0
);

CREATE INDEX task_time_entries_task_idx ON task_time_entries (task_id, work_date);
CREATE INDEX task_time_entries_project_idx ON task_time_entries (project_id);
CREATE INDEX task_time_entries_member_idx ON task_time_entries (member_id, work_date);
