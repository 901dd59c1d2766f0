-- Migration 3 (issue [8]): /v1/health's storage.sessions_total without counting sessions.
-- COUNT(*) walks a whole index of the table on every request; the count is kept here instead, by
-- triggers, in the same transaction as the row it counts, whichever code path writes it.
CREATE TABLE row_counts (
    name TEXT PRIMARY KEY NOT NULL, -- the table counted
    count INTEGER NOT NULL
) WITHOUT ROWID;

INSERT INTO row_counts (name, count) SELECT 'sessions', COUNT(*) FROM sessions;

CREATE TRIGGER row_counts_session_insert AFTER INSERT ON sessions
BEGIN
    UPDATE row_counts SET count = count + 1 WHERE name = 'sessions';
END;
CREATE TRIGGER row_counts_session_delete AFTER DELETE ON sessions
BEGIN
    UPDATE row_counts SET count = count - 1 WHERE name = 'sessions';
END;
