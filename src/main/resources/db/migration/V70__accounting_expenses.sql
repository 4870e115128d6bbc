-- Money the studio spent, submitted by anyone and approved by those who may approve expenses.
-- amount is what was paid, tax included; tax_amount the part of it that is tax. Who moved an
-- expense through its workflow, and when, is kept on the row (and in the audit log).
CREATE TABLE accounting_expenses (
    id               UUID PRIMARY KEY,
    project_id       UUID REFERENCES projects (id),
    category         TEXT NOT NULL CHECK (category IN ('CREW', 'EQUIPMENT_RENTAL', 'LOCATION', 'TRAVEL', 'CATERING',
                                                       'POST_PRODUCTION', 'SOFTWARE', 'MARKETING', 'OFFICE',
                                                       'OTHER')),
    description      TEXT NOT NULL,
    vendor           TEXT,
    amount           NUMERIC(18, 3) NOT NULL CHECK (amount > 0),
    tax_amount       NUMERIC(18, 3) NOT NULL DEFAULT 0 CHECK (tax_amount >= 0),
    currency         TEXT NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    expense_date     DATE NOT NULL,
    billable         BOOLEAN NOT NULL,
    status           TEXT NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'PAID')),
    submitted_by     UUID NOT NULL REFERENCES team_members (id),
    submitted_at     TIMESTAMPTZ NOT NULL,
    approved_by      UUID REFERENCES team_members (id),
    approved_at      TIMESTAMPTZ,
    rejected_by      UUID REFERENCES team_members (id),
    rejected_at      TIMESTAMPTZ,
    rejection_reason TEXT,
    paid_by          UUID REFERENCES team_members (id),
    paid_at          TIMESTAMPTZ,
    invoice_id       UUID,
    receipt_file_id  UUID,
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL,
    version          BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT accounting_expenses_tax_within_amount CHECK (tax_amount <= amount),
    CONSTRAINT accounting_expenses_approval_recorded CHECK (
        (status IN ('APPROVED', 'PAID')) = (approved_by IS NOT NULL AND approved_at IS NOT NULL)),
    CONSTRAINT accounting_expenses_rejection_recorded CHECK (
        (status = 'REJECTED') = (rejected_by IS NOT NULL AND rejected_at IS NOT NULL AND rejection_reason IS NOT NULL)),
    CONSTRAINT accounting_expenses_payment_recorded CHECK ((status = 'PAID') = (paid_by IS NOT NULL AND paid_at IS NOT NULL)),
    CONSTRAINT accounting_expenses_never_by_submitter CHECK (
        approved_by IS DISTINCT FROM submitted_by AND rejected_by IS DISTINCT FROM submitted_by),
    CONSTRAINT accounting_expenses_billed_when_approved_billable CHECK (
        invoice_id IS NULL OR (billable AND status IN ('APPROVED', 'PAID')))
);

CREATE INDEX accounting_expenses_submitter_idx ON accounting_expenses (submitted_by, expense_date);
CREATE INDEX accounting_expenses_project_idx ON accounting_expenses (project_id, status);
CREATE INDEX accounting_expenses_date_idx ON accounting_expenses (expense_date, status);
