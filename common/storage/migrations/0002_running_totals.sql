-- Migration 2 (issue [8]): the cost of a message no longer grows with everything ever stored.
-- The budget check and its metrics read one row per period instead of summing the month's ledger,
-- and the session list reads a column instead of counting every session's messages. Both are kept
-- by triggers, so they change in the same transaction as the row they count, whichever code path
-- writes it.

-- Running totals of cost_ledger per UTC day and per UTC month. period_start is unix milliseconds
-- of the start of that day or month (Storage::startOfUtcDay / startOfUtcMonth compute the same).
-- Ledger rows are never deleted (a deleted session only forgets its id), so the totals only grow.
CREATE TABLE cost_totals (
    granularity TEXT NOT NULL CHECK (granularity IN ('day', 'month')),
    period_start INTEGER NOT NULL,
    cost_usd REAL NOT NULL DEFAULT 0,
    input_tokens INTEGER NOT NULL DEFAULT 0,
    output_tokens INTEGER NOT NULL DEFAULT 0,
    cache_read_tokens INTEGER NOT NULL DEFAULT 0,
    cache_write_tokens INTEGER NOT NULL DEFAULT 0,
    calls INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (granularity, period_start)
) WITHOUT ROWID;

INSERT INTO cost_totals (granularity, period_start, cost_usd, input_tokens, output_tokens, cache_read_tokens,
                         cache_write_tokens, calls)
SELECT 'day', created_at - created_at % 86400000, SUM(cost_usd), SUM(input_tokens), SUM(output_tokens),
       SUM(cache_read_tokens), SUM(cache_write_tokens), COUNT(*)
FROM cost_ledger GROUP BY created_at - created_at % 86400000;
INSERT INTO cost_totals (granularity, period_start, cost_usd, input_tokens, output_tokens, cache_read_tokens,
                         cache_write_tokens, calls)
SELECT 'month', CAST(strftime('%s', created_at / 1000, 'unixepoch', 'start of month') AS INTEGER) * 1000,
       SUM(cost_usd), SUM(input_tokens), SUM(output_tokens), SUM(cache_read_tokens), SUM(cache_write_tokens), COUNT(*)
FROM cost_ledger GROUP BY strftime('%Y-%m', created_at / 1000, 'unixepoch');

CREATE TRIGGER cost_totals_on_ledger AFTER INSERT ON cost_ledger
BEGIN
    INSERT INTO cost_totals (granularity, period_start, cost_usd, input_tokens, output_tokens, cache_read_tokens,
                             cache_write_tokens, calls)
    VALUES ('day', NEW.created_at - NEW.created_at % 86400000, NEW.cost_usd, NEW.input_tokens, NEW.output_tokens,
            NEW.cache_read_tokens, NEW.cache_write_tokens, 1)
    ON CONFLICT (granularity, period_start) DO UPDATE SET
        cost_usd = cost_usd + excluded.cost_usd, input_tokens = input_tokens + excluded.input_tokens,
        output_tokens = output_tokens + excluded.output_tokens,
        cache_read_tokens = cache_read_tokens + excluded.cache_read_tokens,
        cache_write_tokens = cache_write_tokens + excluded.cache_write_tokens, calls = calls + 1;
    INSERT INTO cost_totals (granularity, period_start, cost_usd, input_tokens, output_tokens, cache_read_tokens,
                             cache_write_tokens, calls)
    VALUES ('month', CAST(strftime('%s', NEW.created_at / 1000, 'unixepoch', 'start of month') AS INTEGER) * 1000,
            NEW.cost_usd, NEW.input_tokens, NEW.output_tokens, NEW.cache_read_tokens, NEW.cache_write_tokens, 1)
    ON CONFLICT (granularity, period_start) DO UPDATE SET
        cost_usd = cost_usd + excluded.cost_usd, input_tokens = input_tokens + excluded.input_tokens,
        output_tokens = output_tokens + excluded.output_tokens,
        cache_read_tokens = cache_read_tokens + excluded.cache_read_tokens,
        cache_write_tokens = cache_write_tokens + excluded.cache_write_tokens, calls = calls + 1;
END;

-- The session list pages by (updated_at, id) (GET /v1/sessions?cursor=): one index serves the order
-- and the cursor's row-value comparison.
DROP INDEX sessions_updated;
CREATE INDEX sessions_recent ON sessions(updated_at, id);

-- Messages per session, on the session row.
ALTER TABLE sessions ADD COLUMN message_count INTEGER NOT NULL DEFAULT 0;
UPDATE sessions SET message_count = (SELECT COUNT(*) FROM messages m WHERE m.session_id = sessions.id);
CREATE TRIGGER sessions_count_insert AFTER INSERT ON messages
BEGIN
    UPDATE sessions SET message_count = message_count + 1 WHERE id = NEW.session_id;
END;
CREATE TRIGGER sessions_count_delete AFTER DELETE ON messages
BEGIN
    UPDATE sessions SET message_count = message_count - 1 WHERE id = OLD.session_id;
END;
