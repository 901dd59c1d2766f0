#include "SqliteStatements.h"

namespace blufio::SqliteStatements {

namespace {

using enum Id;
using enum Use;

constexpr std::array<Statement, kCount> kStatements {{
    // BEGIN IMMEDIATE takes the write lock up front: a deferred BEGIN that later upgrades from read
    // to write can fail with SQLITE_BUSY at once in WAL mode instead of waiting out busy_timeout.
    {Begin, "begin", "BEGIN IMMEDIATE", MessagePath},
    {Commit, "commit", "COMMIT", MessagePath},
    {Rollback, "rollback", "ROLLBACK", MessagePath},
    {UserVersion, "user_version", "PRAGMA user_version", MessagePath}, // /v1/health's schema_version
    {ApplicationId, "application_id", "PRAGMA application_id", Startup},
    {SchemaObjects, "schema_objects", "SELECT COUNT(*) FROM sqlite_schema", Startup},
    {JournalModeWal, "journal_mode_wal", "PRAGMA journal_mode = WAL", Startup},
    {SynchronousNormal, "synchronous_normal", "PRAGMA synchronous = NORMAL", Startup},
    {BusyTimeout, "busy_timeout", "PRAGMA busy_timeout = 5000", Startup},
    {ForeignKeys, "foreign_keys", "PRAGMA foreign_keys = ON", Startup},
    {Ping, "ping", "SELECT 1", MessagePath},
    {IntegrityCheck, "integrity_check", "PRAGMA integrity_check", Report},

    {SessionInsert, "session_insert",
     "INSERT INTO sessions (id, created_at, updated_at, key_name) VALUES (?, ?, ?, ?)", MessagePath},
    {SessionExists, "session_exists", "SELECT 1 FROM sessions WHERE id = ?", MessagePath},
    {SessionRow, "session_row", "SELECT id, created_at, updated_at, message_count FROM sessions WHERE id = ?",
     MessagePath},
    {SessionTouch, "session_touch", "UPDATE sessions SET updated_at = ? WHERE id = ?", MessagePath},
    {SessionDelete, "session_delete", "DELETE FROM sessions WHERE id = ?", MessagePath},
    // Kept by migration 3's triggers: COUNT(*) would walk a whole index of sessions on every /v1/health.
    {SessionCount, "session_count", "SELECT count FROM row_counts WHERE name = 'sessions'", MessagePath},
    // Keyset pagination on the (updated_at, id) index: a page costs the same however many sessions
    // exist and stays stable while new ones arrive (they sort before the cursor).
    {SessionsFirstPage, "sessions_first_page",
     "SELECT id, created_at, updated_at, message_count FROM sessions ORDER BY updated_at DESC, id DESC LIMIT "
     "?",
     MessagePath, Access::LimitedIndexScan},
    {SessionsAfter, "sessions_after",
     "SELECT id, created_at, updated_at, message_count FROM sessions WHERE (updated_at, id) < (?, ?) "
     "ORDER BY updated_at DESC, id DESC LIMIT ?",
     MessagePath},

    {MessagesPage, "messages_page",
     "SELECT id, seq, role, content, created_at, tokens FROM messages WHERE session_id = ? AND id < ? ORDER "
     "BY seq DESC LIMIT ?",
     MessagePath},
    // What a provider call is sent: the history up to its own message, on the (session_id, seq) index.
    {MessagesThrough, "messages_through",
     "SELECT id, seq, role, content, created_at, tokens FROM messages WHERE session_id = ? AND seq <= ? "
     "ORDER "
     "BY seq",
     MessagePath},
    // A bounded context: newest first from the turn's own message back to the summary's end, on the
    // (session_id, seq) index, stepped only as far as the context builder reads.
    {MessagesRecent, "messages_recent",
     "SELECT id, seq, role, content, created_at, tokens FROM messages WHERE session_id = ? AND seq > ? AND "
     "seq <= ? ORDER BY seq DESC",
     MessagePath},
    // MAX over the (session_id, seq) index is one probe at the index's end, not a walk of the session.
    {MessageNextSeq, "message_next_seq",
     "SELECT COALESCE(MAX(seq), 0) + 1 FROM messages WHERE session_id = ?", MessagePath},
    {MessageInsert, "message_insert",
     "INSERT INTO messages (session_id, seq, role, content, created_at, tokens) VALUES (?, ?, ?, ?, ?, ?)",
     MessagePath},

    {QueueInsert, "queue_insert",
     "INSERT INTO queue (session_id, message_id, state, attempts, created_at, updated_at) VALUES (?, ?, "
     "'pending', 0, ?, ?)",
     MessagePath},
    {QueueInProgress, "queue_in_progress",
     "UPDATE queue SET state = 'in_progress', attempts = attempts + 1, updated_at = ? "
     "WHERE id = ? AND state IN ('pending', 'in_progress', 'interrupted')",
     MessagePath},
    {QueueOfReply, "queue_of_reply", "SELECT session_id, state FROM queue WHERE id = ?", MessagePath},
    {QueueAnswered, "queue_answered", "UPDATE queue SET state = 'answered', updated_at = ? WHERE id = ?",
     MessagePath},
    {QueueInterrupt, "queue_interrupt",
     "UPDATE queue SET state = 'interrupted', updated_at = ? WHERE id = ? AND state IN ('pending', "
     "'in_progress')",
     MessagePath},
    // Read once at start; the partial index holds only unfinished rows, so the sort is over those. The
    // message's seq comes along (NULL, read as 0, for a row whose message is gone: it is marked interrupted).
    {QueueUnfinished, "queue_unfinished",
     "SELECT q.id, q.session_id, q.message_id, q.state, q.attempts, q.created_at, q.updated_at, m.seq "
     "FROM queue q LEFT JOIN messages m ON m.id = q.message_id WHERE q.state IN ('pending', 'in_progress') "
     "ORDER BY q.id",
     Startup},
    {QueueDepth, "queue_depth", "SELECT COUNT(*) FROM queue WHERE state IN ('pending', 'in_progress')",
     MessagePath},

    {SummaryGet, "summary_get",
     "SELECT text, covers_through_seq, tokens, created_at, updated_at FROM session_summaries WHERE "
     "session_id "
     "= ?",
     MessagePath},
    {SummaryPut, "summary_put",
     "INSERT INTO session_summaries (session_id, text, covers_through_seq, tokens, created_at, updated_at) "
     "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (session_id) DO UPDATE SET text = excluded.text, "
     "covers_through_seq = excluded.covers_through_seq, tokens = excluded.tokens, updated_at = "
     "excluded.updated_at",
     MessagePath},

    {LedgerInsert, "ledger_insert",
     "INSERT INTO cost_ledger (session_id, message_id, model, input_tokens, output_tokens, "
     "cache_read_tokens, "
     "cache_write_tokens, cost_usd, created_at, key_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
     MessagePath},
    {CostTotalsRow, "cost_totals_row",
     "SELECT cost_usd, input_tokens, output_tokens, cache_read_tokens, cache_write_tokens, calls "
     "FROM cost_totals WHERE granularity = ? AND period_start = ?",
     MessagePath},
    // A range of the ledger: for reports and checks, never on the message path.
    {CostSince, "cost_since",
     "SELECT COALESCE(SUM(cost_usd), 0), COALESCE(SUM(input_tokens), 0), COALESCE(SUM(output_tokens), 0), "
     "COALESCE(SUM(cache_read_tokens), 0), COALESCE(SUM(cache_write_tokens), 0), COUNT(*) FROM cost_ledger "
     "WHERE created_at >= ?",
     Report},

    // Migration 5: the Telegram channel (docs/TELEGRAM.md). The cursor only moves forward, so an
    // update answered late cannot take the offset back to where others are fetched again.
    {ChannelCursorGet, "channel_cursor_get", "SELECT position FROM channel_cursors WHERE channel = ?",
     Startup},
    {ChannelCursorPut, "channel_cursor_put",
     "INSERT INTO channel_cursors (channel, position, updated_at) VALUES (?, ?, ?) ON CONFLICT (channel) DO "
     "UPDATE SET position = MAX(position, excluded.position), updated_at = excluded.updated_at",
     MessagePath},
    {TelegramChatGet, "telegram_chat_get", "SELECT session_id FROM telegram_chats WHERE chat_id = ?",
     MessagePath},
    {TelegramChatPut, "telegram_chat_put",
     "INSERT INTO telegram_chats (chat_id, session_id, updated_at) VALUES (?, ?, ?) ON CONFLICT (chat_id) DO "
     "UPDATE SET session_id = excluded.session_id, updated_at = excluded.updated_at",
     MessagePath},
    {TelegramUpdateInsert, "telegram_update_insert",
     "INSERT INTO telegram_updates (update_id, chat_id, queue_id, created_at) VALUES (?, ?, ?, ?)",
     MessagePath},
    {TelegramUpdateSent, "telegram_update_sent",
     "UPDATE telegram_updates SET sent_message_id = ? WHERE update_id = ?", MessagePath},
    {TelegramUpdateDelivered, "telegram_update_delivered",
     "UPDATE telegram_updates SET delivered = 1 WHERE update_id = ?", MessagePath},
    // Read once at start, on the partial index of undelivered rows, in update order.
    {TelegramUndelivered, "telegram_undelivered",
     "SELECT u.update_id, u.chat_id, u.queue_id, q.state, u.sent_message_id, m.id, m.session_id, m.seq, "
     "m.content, m.created_at FROM telegram_updates u LEFT JOIN queue q ON q.id = u.queue_id "
     "LEFT JOIN messages m ON m.id = u.reply_message_id WHERE u.delivered = 0 ORDER BY u.update_id",
     Startup},
    // API keys ([12]): added, listed and revoked by the CLI; looked up per authenticated request on
    // the unique indexes (the primary key, token_hash, device_key).
    {KeyInsert, "key_insert",
     "INSERT INTO api_keys (name, token_hash, device_key, scopes, daily_budget_micros, "
     "monthly_budget_micros, "
     "expires_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
     Keys},
    {KeysAll, "keys_all",
     "SELECT name, token_hash, device_key, scopes, daily_budget_micros, monthly_budget_micros, expires_at, "
     "created_at, last_used_at, revoked FROM api_keys ORDER BY name",
     Keys},
    {KeyByName, "key_by_name",
     "SELECT name, token_hash, device_key, scopes, daily_budget_micros, monthly_budget_micros, expires_at, "
     "created_at, last_used_at, revoked FROM api_keys WHERE name = ?",
     MessagePath},
    {KeyByTokenHash, "key_by_token_hash",
     "SELECT name, token_hash, device_key, scopes, daily_budget_micros, monthly_budget_micros, expires_at, "
     "created_at, last_used_at, revoked FROM api_keys WHERE token_hash = ?",
     MessagePath},
    {KeyByDevice, "key_by_device",
     "SELECT name, token_hash, device_key, scopes, daily_budget_micros, monthly_budget_micros, expires_at, "
     "created_at, last_used_at, revoked FROM api_keys WHERE device_key = ?",
     MessagePath},
    {KeyRevoke, "key_revoke", "UPDATE api_keys SET revoked = 1 WHERE name = ?", Keys},
    // At most about once a minute per key (the caller checks the row it just read first), so a
    // busy key does not turn every request into a write.
    {KeyTouch, "key_touch", "UPDATE api_keys SET last_used_at = ? WHERE name = ?", MessagePath},
    {KeyCostTotalsRow, "key_cost_totals_row",
     "SELECT cost_usd, 0, 0, 0, 0, calls FROM key_cost_totals WHERE key_name = ? AND granularity = ? AND "
     "period_start = ?",
     MessagePath},
    // A key's sessions on the (key_name, updated_at, id) index, paged like the whole list.
    {SessionsOfKeyFirstPage, "sessions_of_key_first_page",
     "SELECT id, created_at, updated_at, message_count FROM sessions WHERE key_name = ? "
     "ORDER BY updated_at DESC, id DESC LIMIT ?",
     MessagePath},
    {SessionsOfKeyAfter, "sessions_of_key_after",
     "SELECT id, created_at, updated_at, message_count FROM sessions WHERE key_name = ? AND "
     "(updated_at, id) < (?, ?) ORDER BY updated_at DESC, id DESC LIMIT ?",
     MessagePath},
    {SessionOwnedBy, "session_owned_by", "SELECT 1 FROM sessions WHERE id = ? AND key_name = ?", MessagePath},

    {VaultMetaGet, "vault_meta_get", "SELECT value FROM vault_meta WHERE key = ?", Vault},
    {VaultMetaPut, "vault_meta_put",
     "INSERT INTO vault_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = "
     "excluded.value",
     Vault},
    {VaultEntryGet, "vault_entry_get",
     "SELECT name, nonce, ciphertext, created_at, updated_at FROM vault_entries WHERE name = ?", Vault},
    {VaultEntryPut, "vault_entry_put",
     "INSERT INTO vault_entries (name, nonce, ciphertext, created_at, updated_at) VALUES (?, ?, ?, ?, ?) "
     "ON CONFLICT (name) DO UPDATE SET nonce = excluded.nonce, ciphertext = excluded.ciphertext, "
     "updated_at = excluded.updated_at",
     Vault},
    {VaultEntryDelete, "vault_entry_delete", "DELETE FROM vault_entries WHERE name = ?", Vault},
    {VaultEntryNames, "vault_entry_names", "SELECT name FROM vault_entries ORDER BY name", Vault},
}};

constexpr bool inEnumOrder()
{
    for (std::size_t i = 0; i < kStatements.size(); ++i) {
        if (std::size_t(kStatements[i].id) != i)
            return false;
    }
    return true;
}
static_assert(inEnumOrder(), "kStatements must list the statements in the order of SqliteStatements::Id");

} // namespace

const std::array<Statement, kCount> &all()
{
    return kStatements;
}

} // namespace blufio::SqliteStatements
