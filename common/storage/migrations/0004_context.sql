-- Migration 4 (issue [11]): a bounded context. A provider call is sent the session's summary and
-- the newest messages that fit agent.context_tokens, so what a message weighs must be known without
-- re-counting, and what fell out of the window must survive in a summary.

-- The tokens the provider reported for a message: an assistant message's output tokens, stored with
-- it (the same figure is in its cost_ledger row). NULL: never reported (user messages, messages from
-- before this migration); the agent estimates those.
ALTER TABLE messages ADD COLUMN tokens INTEGER CHECK (tokens IS NULL OR tokens >= 0);

-- One summary per session of its messages up to covers_through_seq, made by the provider when
-- messages fell out of the window and sent in their place from then on. Replaced, never appended:
-- one row whatever the history's length. tokens: what the provider reported for it (its output).
CREATE TABLE session_summaries (
    session_id TEXT PRIMARY KEY NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    covers_through_seq INTEGER NOT NULL CHECK (covers_through_seq >= 0),
    tokens INTEGER NOT NULL DEFAULT 0 CHECK (tokens >= 0),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
) WITHOUT ROWID;
