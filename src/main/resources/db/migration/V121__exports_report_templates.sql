-- Saved custom reports: the checked definition (entity, columns, filters, grouping, aggregates, sort) as JSON.
CREATE TABLE report_templates (
    id          uuid PRIMARY KEY,
    owner_id    uuid         NOT NULL REFERENCES team_members (id),
    name        varchar(200) NOT NULL,
    entity      varchar(40)  NOT NULL,
    definition  jsonb        NOT NULL,
    format      varchar(10)  NOT NULL CHECK (format IN ('json', 'csv', 'xlsx')),
    created_at  timestamptz  NOT NULL,
    updated_at  timestamptz  NOT NULL,
    version     bigint       NOT NULL DEFAULT 0
);

CREATE INDEX report_templates_owner ON report_templates (owner_id, updated_at DESC);
