-- Invoices and credit notes, their lines and payments, the numbering counters and the archived PDFs.

-- The last number given in a series (the organization's invoice or credit-note prefix) and year.
-- Numbers are taken with an UPSERT in the issuing transaction: the row stays locked until that
-- transaction ends, so concurrent issuing waits instead of skipping or repeating a number, and a
-- rolled-back issue gives its number back.
CREATE TABLE accounting_number_counters (
    series      TEXT NOT NULL CHECK (series ~ '^[A-Z0-9]{1,10}$'),
    year        INT  NOT NULL CHECK (year BETWEEN 2000 AND 9999),
    last_number INT  NOT NULL CHECK (last_number > 0),
    PRIMARY KEY (series, year)
);

CREATE TABLE accounting_invoices (
    id              UUID PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('INVOICE', 'CREDIT_NOTE')),
    number          TEXT,
    number_series   TEXT,
    number_year     INT,
    number_sequence INT,
    status          TEXT NOT NULL CHECK (status IN ('DRAFT', 'ISSUED', 'SENT', 'PARTIALLY_PAID', 'PAID', 'CREDITED',
                                                    'VOID')),
    client_id       UUID NOT NULL REFERENCES contacts (id),
    client_name     TEXT NOT NULL,
    client_email    TEXT,
    billing_address TEXT,
    project_id      UUID REFERENCES projects (id),
    currency        TEXT NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    issue_date      DATE,
    due_date        DATE,
    notes           TEXT,
    terms           TEXT,
    credit_note_of  UUID REFERENCES accounting_invoices (id),
    credit_reason   TEXT,
    gross_total     NUMERIC(18, 3) NOT NULL,
    discount_total  NUMERIC(18, 3) NOT NULL,
    subtotal        NUMERIC(18, 3) NOT NULL,
    tax_total       NUMERIC(18, 3) NOT NULL,
    total           NUMERIC(18, 3) NOT NULL CHECK (total >= 0),
    amount_paid     NUMERIC(18, 3) NOT NULL DEFAULT 0 CHECK (amount_paid >= 0),
    amount_credited NUMERIC(18, 3) NOT NULL DEFAULT 0 CHECK (amount_credited >= 0),
    issued_by       UUID REFERENCES team_members (id),
    issued_at       TIMESTAMPTZ,
    sent_at         TIMESTAMPTZ,
    sent_to         TEXT,
    sent_count      INT NOT NULL DEFAULT 0,
    settled_on      DATE,
    voided_by       UUID REFERENCES team_members (id),
    voided_at       TIMESTAMPTZ,
    void_reason     TEXT,
    last_reminder_at TIMESTAMPTZ,
    created_by      UUID NOT NULL REFERENCES team_members (id),
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    version         BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT accounting_invoices_number_key UNIQUE (number),
    CONSTRAINT accounting_invoices_sequence_key UNIQUE (number_series, number_year, number_sequence),
    CONSTRAINT accounting_invoices_numbered_once_issued CHECK (
        (status = 'DRAFT') = (number IS NULL)
        AND (number IS NULL) = (number_sequence IS NULL)
        AND (number IS NULL) = (issue_date IS NULL)
        AND (number IS NULL) = (issued_at IS NULL)),
    CONSTRAINT accounting_invoices_credit_note_has_original CHECK ((kind = 'CREDIT_NOTE') = (credit_note_of IS NOT NULL)),
    CONSTRAINT accounting_invoices_settled_within_total CHECK (amount_paid + amount_credited <= total),
    CONSTRAINT accounting_invoices_void_recorded CHECK ((status = 'VOID') = (voided_at IS NOT NULL)),
    CONSTRAINT accounting_invoices_due_after_issue CHECK (due_date IS NULL OR issue_date IS NULL OR due_date >= issue_date)
);

CREATE INDEX accounting_invoices_client_idx ON accounting_invoices (client_id);
CREATE INDEX accounting_invoices_project_idx ON accounting_invoices (project_id);
CREATE INDEX accounting_invoices_status_idx ON accounting_invoices (status, due_date);
CREATE INDEX accounting_invoices_issue_date_idx ON accounting_invoices (issue_date);
CREATE INDEX accounting_invoices_credit_note_of_idx ON accounting_invoices (credit_note_of);

-- Amounts are computed by the server (see LineAmounts) and stored as printed on the document.
CREATE TABLE accounting_invoice_lines (
    id               UUID PRIMARY KEY,
    invoice_id       UUID NOT NULL REFERENCES accounting_invoices (id) ON DELETE CASCADE,
    position         INT NOT NULL CHECK (position >= 1),
    description      TEXT NOT NULL,
    quantity         NUMERIC(12, 3) NOT NULL CHECK (quantity > 0),
    unit_price       NUMERIC(18, 4) NOT NULL CHECK (unit_price >= 0),
    tax_rate         NUMERIC(6, 3) NOT NULL CHECK (tax_rate BETWEEN 0 AND 100),
    discount_percent NUMERIC(7, 4) NOT NULL CHECK (discount_percent BETWEEN 0 AND 100),
    gross_amount     NUMERIC(18, 3) NOT NULL,
    discount_amount  NUMERIC(18, 3) NOT NULL,
    net_amount       NUMERIC(18, 3) NOT NULL,
    tax_amount       NUMERIC(18, 3) NOT NULL,
    expense_id       UUID REFERENCES accounting_expenses (id),
    -- Deferred: replacing a draft's lines inserts the new ones before the old ones are deleted.
    CONSTRAINT accounting_invoice_lines_position_key UNIQUE (invoice_id, position) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT accounting_invoice_lines_net CHECK (net_amount = gross_amount - discount_amount)
);

CREATE INDEX accounting_invoice_lines_expense_idx ON accounting_invoice_lines (expense_id);

ALTER TABLE accounting_expenses
    ADD CONSTRAINT accounting_expenses_invoice_fk FOREIGN KEY (invoice_id) REFERENCES accounting_invoices (id);

CREATE TABLE accounting_invoice_payments (
    id          UUID PRIMARY KEY,
    invoice_id  UUID NOT NULL REFERENCES accounting_invoices (id),
    amount      NUMERIC(18, 3) NOT NULL CHECK (amount > 0),
    paid_on     DATE NOT NULL,
    method      TEXT NOT NULL CHECK (method IN ('BANK_TRANSFER', 'CARD', 'CASH', 'CHEQUE', 'PAYPAL', 'OTHER')),
    reference   TEXT,
    recorded_by UUID NOT NULL REFERENCES team_members (id),
    recorded_at TIMESTAMPTZ NOT NULL
);

CREATE INDEX accounting_invoice_payments_invoice_idx ON accounting_invoice_payments (invoice_id);
CREATE INDEX accounting_invoice_payments_paid_on_idx ON accounting_invoice_payments (paid_on);

-- The PDF of an issued invoice or credit note exactly as it was issued (and sent), kept once.
CREATE TABLE accounting_invoice_documents (
    invoice_id  UUID PRIMARY KEY REFERENCES accounting_invoices (id),
    content     BYTEA NOT NULL,
    sha256      TEXT NOT NULL,
    rendered_at TIMESTAMPTZ NOT NULL
);
