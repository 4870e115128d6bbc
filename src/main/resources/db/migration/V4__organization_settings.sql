-- The studio's own details: exactly one row, id 1.
CREATE TABLE organization_settings (
    id                  INT PRIMARY KEY CHECK (id = 1),
    name                TEXT NOT NULL,
    legal_name          TEXT,
    email               TEXT,
    phone               TEXT,
    website             TEXT,
    address_line1       TEXT,
    address_line2       TEXT,
    address_city        TEXT,
    address_postal_code TEXT,
    address_region      TEXT,
    address_country     TEXT,
    tax_id              TEXT,
    logo_file_id        UUID,
    default_currency    TEXT NOT NULL,
    invoice_prefix      TEXT NOT NULL,
    credit_note_prefix  TEXT NOT NULL,
    proposal_prefix     TEXT NOT NULL,
    payment_terms_days  INT NOT NULL CHECK (payment_terms_days BETWEEN 0 AND 365),
    bank_account_name   TEXT,
    bank_name           TEXT,
    bank_iban           TEXT,
    bank_bic            TEXT,
    bank_account_number TEXT,
    brand_color         TEXT NOT NULL,
    timezone            TEXT NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL,
    version             BIGINT NOT NULL DEFAULT 0
);

INSERT INTO organization_settings (id, name, default_currency, invoice_prefix, credit_note_prefix, proposal_prefix,
                                   payment_terms_days, brand_color, timezone, updated_at)
VALUES (1, 'My Studio', 'EUR', 'INV', 'CN', 'PROP', 30, '#1F6FEB', 'UTC', now());
