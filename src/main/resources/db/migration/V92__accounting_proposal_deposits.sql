-- The deposit invoice drafted for an accepted proposal: at most one per proposal.
CREATE TABLE accounting_proposal_deposits (
    proposal_id     UUID PRIMARY KEY REFERENCES proposals_proposals (id),
    proposal_number TEXT NOT NULL,
    invoice_id      UUID REFERENCES accounting_invoices (id)
);
