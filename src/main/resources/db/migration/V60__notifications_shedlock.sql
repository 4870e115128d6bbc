-- ShedLock's lock table: a periodic job (@SchedulerLock) runs on one instance at a time.
-- ShedLock writes UTC wall-clock times computed by the database itself (usingDbTime), hence TIMESTAMP.
CREATE TABLE shedlock (
    name       TEXT PRIMARY KEY,
    lock_until TIMESTAMP NOT NULL,
    locked_at  TIMESTAMP NOT NULL,
    locked_by  TEXT NOT NULL
);
