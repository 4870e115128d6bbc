-- Reports that members schedule to be e-mailed. next_run_at is the next due time (UTC); the
-- scheduler claims a due schedule by moving next_run_at on with "WHERE next_run_at = <due>", so each
-- due time is sent once however many instances run.
CREATE TABLE reports_schedules (
    id           uuid PRIMARY KEY,
    name         varchar(200) NOT NULL,
    kind         varchar(20)  NOT NULL CHECK (kind IN ('financial', 'operational', 'project')),
    project_id   uuid REFERENCES projects (id) ON DELETE CASCADE,
    frequency    varchar(10)  NOT NULL CHECK (frequency IN ('daily', 'weekly', 'monthly')),
    time_of_day  time         NOT NULL,
    day_of_week  smallint CHECK (day_of_week BETWEEN 1 AND 7),
    day_of_month smallint CHECK (day_of_month BETWEEN 1 AND 31),
    format       varchar(10)  NOT NULL CHECK (format IN ('pdf', 'xlsx')),
    active       boolean      NOT NULL,
    created_by   uuid         NOT NULL REFERENCES team_members (id),
    created_at   timestamptz  NOT NULL,
    next_run_at  timestamptz  NOT NULL,
    last_run_at  timestamptz,
    last_error   varchar(500),
    CHECK ((kind = 'project') = (project_id IS NOT NULL)),
    CHECK ((frequency = 'weekly') = (day_of_week IS NOT NULL)),
    CHECK ((frequency = 'monthly') = (day_of_month IS NOT NULL))
);

CREATE INDEX reports_schedules_due ON reports_schedules (next_run_at) WHERE active;
CREATE INDEX reports_schedules_created_by ON reports_schedules (created_by);

-- Who receives a schedule's report: a member (by id, so their e-mail preferences apply) or an address.
CREATE TABLE reports_schedule_recipients (
    schedule_id uuid     NOT NULL REFERENCES reports_schedules (id) ON DELETE CASCADE,
    position    smallint NOT NULL,
    member_id   uuid REFERENCES team_members (id) ON DELETE CASCADE,
    email       varchar(254),
    PRIMARY KEY (schedule_id, position),
    CHECK ((member_id IS NULL) <> (email IS NULL))
);
