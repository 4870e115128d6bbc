-- In-app notifications. seq orders a member's stream (the SSE event id): it is drawn just before
-- commit under a per-member lock, so for one member a higher seq always commits later.
CREATE SEQUENCE notification_seq;

CREATE TABLE notifications (
    id          UUID PRIMARY KEY,
    seq         BIGINT UNIQUE,
    member_id   UUID NOT NULL REFERENCES team_members (id) ON DELETE CASCADE,
    type        TEXT NOT NULL CHECK (type IN ('TASK_ASSIGNED', 'PROPOSAL_VIEWED', 'PROPOSAL_ACCEPTED',
                                              'PROPOSAL_REJECTED', 'PROPOSAL_SIGNED', 'INVOICE_PAID',
                                              'INVOICE_OVERDUE', 'EXPENSE_SUBMITTED', 'EXPENSE_APPROVED',
                                              'EXPENSE_REJECTED', 'SCHEDULED_REPORT')),
    title       TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    body        TEXT CHECK (length(body) <= 2000),
    entity_type TEXT,
    entity_id   UUID,
    path        TEXT,
    created_at  TIMESTAMPTZ NOT NULL,
    read_at     TIMESTAMPTZ,
    version     BIGINT NOT NULL DEFAULT 0,
    CHECK ((entity_type IS NULL) = (entity_id IS NULL) AND (entity_type IS NULL) = (path IS NULL))
);

CREATE INDEX notifications_member_idx ON notifications (member_id, created_at DESC, id);
CREATE INDEX notifications_member_seq_idx ON notifications (member_id, seq);
CREATE INDEX notifications_member_unread_idx ON notifications (member_id) WHERE read_at IS NULL;
CREATE INDEX notifications_read_at_idx ON notifications (read_at) WHERE read_at IS NOT NULL;

-- Only the kinds a member changed have a row; a missing row means "on" for both channels.
CREATE TABLE notification_preferences (
    member_id  UUID NOT NULL REFERENCES team_members (id) ON DELETE CASCADE,
    type       TEXT NOT NULL CHECK (type IN ('TASK_ASSIGNED', 'PROPOSAL_VIEWED', 'PROPOSAL_ACCEPTED',
                                             'PROPOSAL_REJECTED', 'PROPOSAL_SIGNED', 'INVOICE_PAID',
                                             'INVOICE_OVERDUE', 'EXPENSE_SUBMITTED', 'EXPENSE_APPROVED',
                                             'EXPENSE_REJECTED', 'SCHEDULED_REPORT')),
    in_app     BOOLEAN NOT NULL,
    email      BOOLEAN NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    version    BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (member_id, type)
);
