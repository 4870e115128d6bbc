-- When a production was first delivered (moved to delivered, or to completed without passing
-- through delivered), for timeline adherence. Kept when a delivery is reopened for rework.
ALTER TABLE projects ADD COLUMN delivered_at TIMESTAMPTZ;

-- Productions delivered before this column existed: the last change is the best date there is.
UPDATE projects SET delivered_at = updated_at WHERE status IN ('DELIVERED', 'COMPLETED');

CREATE INDEX projects_delivered_idx ON projects (delivered_at) WHERE delivered_at IS NOT NULL;
CREATE INDEX projects_deadline_idx ON projects (deadline) WHERE deadline IS NOT NULL;
