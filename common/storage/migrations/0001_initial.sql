-- Migration 1: the initial blufio schema. Applied in one transaction with PRAGMA user_version = 1.
-- Timestamps are unix milliseconds, UTC (see common/storage/StorageTypes.h).

-- Marks the file as a blufio database ("Bluf" in ASCII) so restore and open can tell it from any
-- other SQLite file.
PRAGMA application_id = 1114404198;

CREATE TABLE sessions (
    id TEXT PRIMARY KEY NOT NULL, -- UUID
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX sessions_updated ON sessions(updated_at);

CREATE TABLE messages (
    id INTEGER PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL, -- order within the session, from 1
    role TEXT NOT NULL CHECK (role IN ('user', 'assistant')),
    content TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    UNIQUE (session_id, seq)
);

-- Inbound work: a user message waiting for (or given) an answer. Survives crashes so the daemon can
-- tell on restart what was left unanswered.
CREATE TABLE queue (
    id INTEGER PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    state TEXT NOT NULL DEFAULT 'pending'
        CHECK (state IN ('pending', 'in_progress', 'answered', 'interrupted')),
    attempts INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX queue_unfinished ON queue(state) WHERE state IN ('pending', 'in_progress');
CREATE INDEX queue_session ON queue(session_id);
CREATE INDEX queue_message ON queue(message_id);

-- Money spent. Deleting a session must not give the budget back, so the ledger keeps its rows and
-- only forgets which session they belonged to.
CREATE TABLE cost_ledger (
    id INTEGER PRIMARY KEY,
    session_id TEXT REFERENCES sessions(id) ON DELETE SET NULL,
    message_id INTEGER REFERENCES messages(id) ON DELETE SET NULL,
    model TEXT NOT NULL,
    input_tokens INTEGER NOT NULL DEFAULT 0 CHECK (input_tokens >= 0),
    output_tokens INTEGER NOT NULL DEFAULT 0 CHECK (output_tokens >= 0),
    cache_read_tokens INTEGER NOT NULL DEFAULT 0 CHECK (cache_read_tokens >= 0),
    cache_write_tokens INTEGER NOT NULL DEFAULT 0 CHECK (cache_write_tokens >= 0),
    cost_usd REAL NOT NULL DEFAULT 0 CHECK (cost_usd >= 0),
    created_at INTEGER NOT NULL
);
CREATE INDEX cost_ledger_created ON cost_ledger(created_at);
CREATE INDEX cost_ledger_session ON cost_ledger(session_id);
CREATE INDEX cost_ledger_message ON cost_ledger(message_id);

-- Secrets, each encrypted with its own nonce (common/vault/Vault.cpp).
CREATE TABLE vault_entries (
    name TEXT PRIMARY KEY NOT NULL,
    nonce BLOB NOT NULL,
    ciphertext BLOB NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

-- KDF salt and parameters and the wrapped master key.
CREATE TABLE vault_meta (
    key TEXT PRIMARY KEY NOT NULL,
    value BLOB NOT NULL
);
