-- Covering indexes for the analytics aggregates: a period's money and time are summed from the
-- index alone (index-only scans), without visiting the table rows.
CREATE INDEX analytics_payments_paid_on_idx
    ON accounting_invoice_payments (paid_on) INCLUDE (invoice_id, amount);

CREATE INDEX analytics_income_received_idx
    ON accounting_income (received_date, currency) INCLUDE (amount, project_id, client_id, source)
    WHERE status = 'RECEIVED';

CREATE INDEX analytics_expenses_cost_idx
    ON accounting_expenses (expense_date, currency) INCLUDE (amount, project_id, category)
    WHERE status IN ('APPROVED', 'PAID');

CREATE INDEX analytics_time_entries_work_date_idx
    ON task_time_entries (work_date) INCLUDE (member_id, project_id, minutes, billable, hourly_cost, rate_currency);

CREATE INDEX analytics_tasks_completed_idx ON tasks (completed_at) WHERE status = 'DONE';
CREATE INDEX analytics_tasks_due_idx ON tasks (due_date) WHERE due_date IS NOT NULL;
