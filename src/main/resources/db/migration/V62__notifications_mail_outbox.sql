-- The transactional outbox of e-mail: a message is written in the transaction of the change that
-- causes it, already rendered, and sent after the commit by a worker on any instance.
--   QUEUED  waiting for next_attempt_at
--   SENDING claimed by a worker (claim_token) until lease_until; a lapsed lease is claimed again
--   SENT    accepted by the SMTP server
--   FAILED  permanently refused, or out of attempts; an owner may queue it again
CREATE TABLE notification_mail_outbox (
    id              UUID PRIMARY KEY,
    template        TEXT CHECK (template IN ('INVITATION', 'PASSWORD_RESET', 'TASK_ASSIGNED', 'PROPOSAL_SENT',
                                             'PROPOSAL_VIEWED', 'PROPOSAL_ACCEPTED', 'PROPOSAL_REJECTED',
                                             'PROPOSAL_SIGNED', 'INVOICE_SENT', 'INVOICE_OVERDUE',
                                             'EXPENSE_APPROVED', 'EXPENSE_REJECTED', 'SCHEDULED_REPORT')),
    recipient       TEXT NOT NULL,
    member_id       UUID,
    subject         TEXT NOT NULL,
    text_body       TEXT NOT NULL,
    html_body       TEXT,
    message_id      TEXT NOT NULL UNIQUE,
    redact_on_send  BOOLEAN NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('QUEUED', 'SENDING', 'SENT', 'FAILED')),
    attempts        INT NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    attempt_limit   INT NOT NULL CHECK (attempt_limit >= 1),
    next_attempt_at TIMESTAMPTZ,
    claim_token     UUID,
    lease_until     TIMESTAMPTZ,
    last_error      TEXT,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    sent_at         TIMESTAMPTZ,
    version         BIGINT NOT NULL DEFAULT 0,
    CHECK (status <> 'QUEUED' OR next_attempt_at IS NOT NULL),
    CHECK (status <> 'SENDING' OR (claim_token IS NOT NULL AND lease_until IS NOT NULL)),
    CHECK (status <> 'SENT' OR sent_at IS NOT NULL)
);

CREATE INDEX notification_mail_outbox_due_idx ON notification_mail_outbox (next_attempt_at) WHERE status = 'QUEUED';
CREATE INDEX notification_mail_outbox_lease_idx ON notification_mail_outbox (lease_until) WHERE status = 'SENDING';
CREATE INDEX notification_mail_outbox_created_idx ON notification_mail_outbox (created_at DESC, id);
CREATE INDEX notification_mail_outbox_status_idx ON notification_mail_outbox (status, created_at DESC);

-- Files sent with a message (an invoice PDF). Dropped once the message is sent.
CREATE TABLE notification_mail_attachments (
    outbox_id    UUID NOT NULL REFERENCES notification_mail_outbox (id) ON DELETE CASCADE,
    position     INT NOT NULL CHECK (position >= 0),
    filename     TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size         INT NOT NULL CHECK (size >= 0),
    content      BYTEA NOT NULL,
    PRIMARY KEY (outbox_id, position)
);
