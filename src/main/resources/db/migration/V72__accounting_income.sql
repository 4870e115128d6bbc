-- Money received or expected. A payment on an invoice creates exactly one row (payment_id unique).
CREATE TABLE accounting_income (
    id            UUID PRIMARY KEY,
    source        TEXT NOT NULL CHECK (source IN ('INVOICE_PAYMENT', 'RETAINER', 'OTHER')),
    description   TEXT NOT NULL,
    amount        NUMERIC(18, 3) NOT NULL CHECK (amount > 0),
    currency      TEXT NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    status        TEXT NOT NULL CHECK (status IN ('EXPECTED', 'RECEIVED')),
    expected_date DATE,
    received_date DATE,
    project_id    UUID REFERENCES projects (id),
    client_id     UUID REFERENCES contacts (id),
    invoice_id    UUID REFERENCES accounting_invoices (id),
    payment_id    UUID REFERENCES accounting_invoice_payments (id),
    created_by    UUID NOT NULL REFERENCES team_members (id),
    created_at    TIMESTAMPTZ NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL,
    version       BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT accounting_income_payment_key UNIQUE (payment_id),
    CONSTRAINT accounting_income_received_dated CHECK ((status = 'RECEIVED') = (received_date IS NOT NULL)),
    CONSTRAINT accounting_income_expected_dated CHECK (status = 'RECEIVED' OR expected_date IS NOT NULL),
    CONSTRAINT accounting_income_payment_linked CHECK (
        (source = 'INVOICE_PAYMENT') = (payment_id IS NOT NULL AND invoice_id IS NOT NULL))
);

CREATE INDEX accounting_income_received_idx ON accounting_income (received_date) WHERE status = 'RECEIVED';
CREATE INDEX accounting_income_project_idx ON accounting_income (project_id);
