-- Migration 6 (issue [12]): API keys a person can hand out, with scopes, budgets and expiry.
-- Numbered 6: 4 and 5 belong to work done at the same time (bounded context, Telegram).

-- Only a hash of each token is kept. The tokens are 32 random bytes from libsodium, so a plain
-- SHA-256 is enough: there is nothing to brute-force (2^256 candidates), which is what a slow
-- password hash would protect against, and a fast hash keeps the per-request lookup cheap. A key
-- is either a bearer token (token_hash) or a device's Ed25519 public key (device_key, base64),
-- never both. Keys are never deleted (revoked instead), so names stay unique for good and the
-- ledger's key_name always points at a row.
CREATE TABLE api_keys (
    name TEXT PRIMARY KEY NOT NULL,
    token_hash BLOB UNIQUE CHECK (token_hash IS NULL OR length(token_hash) = 32),
    device_key TEXT UNIQUE,
    scopes TEXT NOT NULL, -- space-separated, from read, chat, admin
    daily_budget_micros INTEGER CHECK (daily_budget_micros IS NULL OR daily_budget_micros > 0),
    monthly_budget_micros INTEGER CHECK (monthly_budget_micros IS NULL OR monthly_budget_micros > 0),
    expires_at INTEGER, -- unix ms; NULL: never
    created_at INTEGER NOT NULL,
    last_used_at INTEGER, -- written at most about once a minute per key
    revoked INTEGER NOT NULL DEFAULT 0 CHECK (revoked IN (0, 1)),
    CHECK ((token_hash IS NULL) <> (device_key IS NULL))
) WITHOUT ROWID;

-- Who started a session (NULL: the configured admin token or a plain device key). A key that is
-- not admin sees only its own sessions, listed newest first on this index.
ALTER TABLE sessions ADD COLUMN key_name TEXT REFERENCES api_keys(name);
CREATE INDEX sessions_key_recent ON sessions(key_name, updated_at, id);

-- Which key a ledger row was spent by (NULL: admin credentials from the configuration).
ALTER TABLE cost_ledger ADD COLUMN key_name TEXT REFERENCES api_keys(name);

-- Running totals per key and UTC day or month, kept by a trigger in the same transaction as the
-- ledger row, like migration 2's cost_totals: a key's budget check reads one indexed row.
CREATE TABLE key_cost_totals (
    key_name TEXT NOT NULL,
    granularity TEXT NOT NULL CHECK (granularity IN ('day', 'month')),
    period_start INTEGER NOT NULL,
    cost_usd REAL NOT NULL DEFAULT 0,
    calls INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (key_name, granularity, period_start)
) WITHOUT ROWID;

CREATE TRIGGER key_cost_totals_on_ledger AFTER INSERT ON cost_ledger WHEN NEW.key_name IS NOT NULL
BEGIN
    INSERT INTO key_cost_totals (key_name, granularity, period_start, cost_usd, calls)
    VALUES (NEW.key_name, 'day', NEW.created_at - NEW.created_at % 86400000, NEW.cost_usd, 1)
    ON CONFLICT (key_name, granularity, period_start) DO UPDATE SET
        cost_usd = cost_usd + excluded.cost_usd, calls = calls + 1;
    INSERT INTO key_cost_totals (key_name, granularity, period_start, cost_usd, calls)
    VALUES (NEW.key_name, 'month',
            CAST(strftime('%s', NEW.created_at / 1000, 'unixepoch', 'start of month') AS INTEGER) * 1000,
            NEW.cost_usd, 1)
    ON CONFLICT (key_name, granularity, period_start) DO UPDATE SET
        cost_usd = cost_usd + excluded.cost_usd, calls = calls + 1;
END;
