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

    // Sessions. Ids are UUIDs generated here. keyName: the API key that starts it (empty: admin
    // credentials from the configuration).
    virtual Result<SessionInfo> createSession(const QString &keyName = {}) = 0;
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
    // As appendUserMessage, and in the same transaction: the chat's session becomes sessionId, the
    // update is recorded and the channel cursor "telegram" moves to its update_id. So an update is
    // either wholly received (message, queue item, record, offset) or not at all and fetched again.
    // Conflict when the update was received before.
    virtual Result<EnqueuedMessage> appendChannelMessage(const QString &sessionId, const QString &content,
                                                         const TelegramInbound &inbound)
        = 0;
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

    // The last position a channel processed (Telegram: update_id), 0 when it has none.
    virtual Result<qint64> channelCursor(const QString &channel) = 0;
    // Moves the cursor forward to position (never back): for updates that give the agent nothing.
    virtual Result<void> advanceChannelCursor(const QString &channel, qint64 position) = 0;
    // The session a chat talks to, nullopt when it has none yet.
    virtual Result<std::optional<QString>> telegramChatSession(qint64 chatId) = 0;
    virtual Result<void> setTelegramChatSession(qint64 chatId, const QString &sessionId) = 0;
    // Records the chat message the update's reply streams into.
    virtual Result<void> setTelegramSentMessage(qint64 updateId, qint64 messageId) = 0;
    virtual Result<void> markTelegramDelivered(qint64 updateId) = 0;
    // Updates whose reply has not fully reached the chat, oldest first: what a restart must deliver.
    virtual Result<QList<TelegramPending>> undeliveredTelegramUpdates() = 0;

    // Cost ledger sums for rows created at or after sinceMs: a scan of the ledger, for reports and
    // checks, never on the message path.
    virtual Result<CostTotals> costSince(qint64 sinceMs) = 0;
    // The running totals of one UTC day or month (periodStartMs from startOfUtcDay/startOfUtcMonth),
    // kept in the same transaction as every ledger row: one indexed row, whatever the history.
    enum class CostPeriod { UtcDay, UtcMonth };
    virtual Result<CostTotals> costIn(CostPeriod period, qint64 periodStartMs) = 0;

    // API keys ([12]). A revoked key keeps its row, so a name is never reused.
    // Conflict when the name, token or device key is already there.
    virtual Result<void> addKey(const ApiKey &key) = 0;
    virtual Result<QList<ApiKey>> keys() = 0; // by name
    virtual Result<std::optional<ApiKey>> keyByName(const QString &name) = 0;
    // On the unique indexes: what authentication asks once per request.
    virtual Result<std::optional<ApiKey>> keyByTokenHash(const QByteArray &sha256) = 0;
    virtual Result<std::optional<ApiKey>> keyByDevice(const QString &publicKeyBase64) = 0;
    virtual Result<void> revokeKey(const QString &name) = 0; // NotFound when unknown
    virtual Result<void> touchKey(const QString &name, qint64 atMs) = 0; // last_used_at
    // A key's running totals of one UTC day or month (kept with every ledger row that names it).
    virtual Result<CostTotals> keyCostIn(const QString &name, CostPeriod period, qint64 periodStartMs) = 0;
    // The sessions a key started, newest updated first, like listSessions().
    virtual Result<SessionPage> listSessionsOf(const QString &keyName, int limit,
                                               const std::optional<SessionCursor> &after = std::nullopt)
        = 0;
    virtual Result<bool> sessionOwnedBy(const QString &sessionId, const QString &keyName) = 0;

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
