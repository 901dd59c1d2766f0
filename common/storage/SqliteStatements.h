#pragma once

#include <array>
#include <cstddef>

namespace blufio {

// Every SQL statement SqliteStorage runs, by name, in one table: SqliteStorage prepares each once per
// connection and reuses it, and tst_sqlitestorage runs EXPLAIN QUERY PLAN over the whole table, so
// a statement added here is checked for full scans without anyone copying it into a test.
namespace SqliteStatements {

enum class Id : int {
    Begin,
    Commit,
    Rollback,
    UserVersion,
    ApplicationId,
    SchemaObjects,
    JournalModeWal,
    SynchronousNormal,
    BusyTimeout,
    ForeignKeys,
    Ping,
    IntegrityCheck,
    SessionInsert,
    SessionExists,
    SessionRow,
    SessionTouch,
    SessionDelete,
    SessionCount,
    SessionsFirstPage,
    SessionsAfter,
    MessagesPage,
    MessagesThrough,
    MessagesRecent,
    MessageNextSeq,
    MessageInsert,
    QueueInsert,
    QueueInProgress,
    QueueOfReply,
    QueueAnswered,
    QueueInterrupt,
    QueueUnfinished,
    QueueDepth,
    SummaryGet,
    SummaryPut,
    LedgerInsert,
    CostTotalsRow,
    CostSince,
    ChannelCursorGet,
    ChannelCursorPut,
    TelegramChatGet,
    TelegramChatPut,
    TelegramUpdateInsert,
    TelegramUpdateSent,
    TelegramUpdateDelivered,
    TelegramUndelivered,
    KeyInsert,
    KeysAll,
    KeyByName,
    KeyByTokenHash,
    KeyByDevice,
    KeyRevoke,
    KeyTouch,
    KeyCostTotalsRow,
    SessionsOfKeyFirstPage,
    SessionsOfKeyAfter,
    SessionOwnedBy,
    VaultMetaGet,
    VaultMetaPut,
    VaultEntryGet,
    VaultEntryPut,
    VaultEntryDelete,
    VaultEntryNames,
    Count
};

// Where a statement runs. MessagePath covers POST /v1/messages end to end, the reads done per
// request or per scrape (/v1/health, /v1/sessions, the budget gauges, the API key lookup) and every
// Telegram message: its statements stay prepared for the connection's life. The others run at start,
// in reports, for the vault or for `blufio keys`, and are finalized when memory pressure sheds caches.
enum class Use { MessagePath, Startup, Report, Vault, Keys };

// How a statement may touch the tables that grow (sessions, messages, queue, cost_ledger):
// Indexed: only SEARCH through an index or the rowid. LimitedIndexScan: walks an index in its
// order and stops after LIMIT rows (the first page of the session list), never sorting.
enum class Access { Indexed, LimitedIndexScan };

struct Statement
{
    Id id;
    const char *name;
    const char *sql;
    Use use;
    Access access = Access::Indexed;
};

constexpr std::size_t kCount = std::size_t(Id::Count);

const std::array<Statement, kCount> &all();
inline const Statement &get(Id id)
{
    return all()[std::size_t(id)];
}

} // namespace SqliteStatements

} // namespace blufio
