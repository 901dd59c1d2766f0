#pragma once

#include "StorageTypes.h"
#include "common/Result.h"

#include <QHash>
#include <QStringList>

#include <functional>
#include <optional>

namespace blufio {

// The persistence the daemon and the CLI need, behind an interface so that a PostgreSQL backend can be
// added without touching callers (Quassel's storage.h idea). One instance is used from the thread that
// opened it. Every call returns a Result: a failure carries a translated message, nothing throws.
class Storage
{
public:
    virtual ~Storage();

    // Opens (creating when needed) and migrates to the newest schema this binary knows.
    virtual Result<void> open() = 0;
    virtual void close() = 0;
    virtual bool isOpen() const = 0;
    // The schema version of the open database.
    virtual Result<int> schemaVersion() = 0;
    // A cheap round trip, for /health and blufio_dependency_up{name="database"}.
    virtual Result<void> ping() = 0;
    // Full consistency check (doctor --deep): ok() when the database reports "ok"; otherwise the
    // error message lists what the check found.
    virtual Result<void> checkIntegrity() = 0;

    // Sessions. Ids are UUIDs generated here.
    virtual Result<SessionInfo> createSession() = 0;
    virtual Result<bool> sessionExists(const QString &sessionId) = 0;
    // At most `limit` sessions, newest updated first (ties: larger id first), after `after` when given.
    virtual Result<SessionPage> listSessions(int limit,
                                             const std::optional<SessionCursor> &after = std::nullopt)
        = 0;
    virtual Result<SessionDetail> session(const QString &sessionId) = 0; // NotFound when unknown
    // The latest `limit` messages before message id `beforeId` (all when nullopt), oldest first, and
    // whether older ones exist.
    virtual Result<SessionDetail> sessionPage(const QString &sessionId, int limit,
                                              std::optional<qint64> beforeId)
        = 0;
    // The messages a provider call for message `throughSeq` is sent: the session's messages with seq
    // up to it, oldest first (an unknown session has none).
    virtual Result<QList<StoredMessage>> history(const QString &sessionId, qint64 throughSeq) = 0;
    // The session's messages with afterSeq < seq <= throughSeq, newest first, handed to `visit` one by
    // one until it returns false: the rows are stepped only as far as the caller reads them, so a
    // bounded context costs what it holds, not what the session holds.
    virtual Result<void> recentMessages(const QString &sessionId, qint64 afterSeq, qint64 throughSeq,
                                        const std::function<bool(const StoredMessage &)> &visit)
        = 0;
    // The session's summary, if one was made (one primary-key lookup).
    virtual Result<std::optional<StoredSummary>> summary(const QString &sessionId) = 0;
    // Replaces the session's summary and records the call that made it in the ledger, in one
    // transaction (the summary is paid for exactly once). NotFound when the session is gone.
    virtual Result<void> storeSummary(const StoredSummary &summary, const Usage &usage) = 0;
    virtual Result<void> deleteSession(const QString &sessionId) = 0; // NotFound when unknown
    virtual Result<qint64> sessionCount() = 0; // kept by a trigger: no count of the table

    // Appends a user message and enqueues it for an answer in one transaction: once this returns ok the
    // message is on disk and a crash cannot lose it or leave it without a queue item.
    virtual Result<EnqueuedMessage> appendUserMessage(const QString &sessionId, const QString &content) = 0;
    // pending -> in_progress and attempts + 1, when work on the item starts.
    virtual Result<void> markInProgress(qint64 queueId) = 0;
    // Stores the assistant reply, its cost_ledger row and marks the queue item answered, in one
    // transaction. Conflict when the item is already answered, NotFound when it does not exist.
    virtual Result<StoredMessage> completeReply(qint64 queueId, const QString &content, const Usage &usage)
        = 0;
    // A call that cost money without producing a stored reply (failed stream, ...): ledger row only.
    virtual Result<void> recordCost(const QString &sessionId, const Usage &usage) = 0;
    // Queue items pending or in progress, oldest first: what a crash left unanswered.
    virtual Result<QList<QueueItem>> unfinishedQueueItems() = 0;
    // Marks the given items interrupted (only those still pending or in progress); returns how many.
    virtual Result<int> markInterrupted(const QList<qint64> &queueIds) = 0;
    virtual Result<qint64> queueDepth() = 0; // pending + in_progress

    // Cost ledger sums for rows created at or after sinceMs: a scan of the ledger, for reports and
    // checks, never on the message path.
    virtual Result<CostTotals> costSince(qint64 sinceMs) = 0;
    // The running totals of one UTC day or month (periodStartMs from startOfUtcDay/startOfUtcMonth),
    // kept in the same transaction as every ledger row: one indexed row, whatever the history.
    enum class CostPeriod { UtcDay, UtcMonth };
    virtual Result<CostTotals> costIn(CostPeriod period, qint64 periodStartMs) = 0;

    // Vault rows. The Vault class encrypts; storage only keeps bytes.
    virtual Result<std::optional<QByteArray>> vaultMeta(const QString &key) = 0;
    // Writes all given keys in one transaction (a half-written key wrap would lock the vault forever).
    virtual Result<void> setVaultMeta(const QHash<QString, QByteArray> &values) = 0;
    virtual Result<std::optional<VaultRecord>> vaultEntry(const QString &name) = 0;
    virtual Result<void> putVaultEntry(const QString &name, const QByteArray &nonce,
                                       const QByteArray &ciphertext)
        = 0;
    virtual Result<bool> removeVaultEntry(const QString &name) = 0; // false when it did not exist
    virtual Result<QStringList> vaultEntryNames() = 0; // sorted

    // Helpers for "today" and "this month" in UTC, in unix ms.
    static qint64 nowMs();
    static qint64 startOfUtcDay(qint64 nowMs);
    static qint64 startOfUtcMonth(qint64 nowMs);
};

} // namespace blufio
