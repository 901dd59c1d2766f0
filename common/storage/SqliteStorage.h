#pragma once

#include "SqliteStatements.h"
#include "Storage.h"
#include "WalCheckpointer.h"

#include "common/memory/MemoryPressure.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <array>
#include <functional>
#include <memory>

struct sqlite3;

namespace blufio {

// Storage on one SQLite file through QSqlDatabase (QSQLITE). Each instance owns its own uniquely named
// connection, so several may coexist (daemon, backup, tests) and each is used from the thread that
// opened it. Pragmas: WAL, synchronous=NORMAL, busy_timeout=5000, foreign_keys=ON. Schema changes
// are numbered .sql files compiled in as Qt resources (:/blufio/migrations/NNNN_name.sql), each applied
// in one transaction and tracked by PRAGMA user_version.
//
// Every statement comes from the SqliteStatements table and is prepared once per connection, then
// reset and rebound for each use. Under memory pressure (MemoryPressure, registered by the daemon)
// the connection gives back its unused page cache and the statements that are not on the message
// path.
class SqliteStorage : public Storage, public MemoryPressure
{
    Q_DECLARE_TR_FUNCTIONS(SqliteStorage)

public:
    // "Bluf" in ASCII, set by migration 1 (PRAGMA application_id).
    static constexpr qint32 ApplicationId = 0x426C7566;

    explicit SqliteStorage(const QString &databasePath);
    ~SqliteStorage() override;
    SqliteStorage(const SqliteStorage &) = delete;
    SqliteStorage &operator=(const SqliteStorage &) = delete;

    QString databasePath() const { return m_path; }
    QString connectionName() const { return m_connectionName; }
    // The raw handle of the open connection (nullptr when closed).
    sqlite3 *handle() const;

    // The newest schema version this binary's migrations reach.
    static int latestSchemaVersion();
    // Tables every blufio database has from migration 1 on; restore checks a candidate for them.
    static QStringList requiredTables();

    // What the prepared-statement cache has done since open(), for tests and benchmarks.
    struct StatementStats
    {
        int prepared = 0; // statements compiled (each once per connection unless shed)
        int cached = 0; // statements held prepared now
        qint64 runs = 0; // executions of cached statements
        // Rows stepped through full scans by cached statements (SQLITE_STMTSTATUS_FULLSCAN_STEP).
        qint64 fullScanSteps = 0;
    };
    StatementStats statementStats() const;
    // Page cache held by the connection (SQLITE_DBSTATUS_CACHE_USED), 0 when closed.
    qint64 cacheUsedBytes() const;

    // MemoryPressure: sqlite3_db_release_memory on the connection, and the statements the message
    // path does not need are finalized; returns the page cache bytes given back.
    const char *name() const override { return "sqlite page cache"; }
    quint64 shed() override;

    // Moves WAL checkpoints off the calling thread (WalCheckpointer), until close(). For the daemon,
    // whose event loop would otherwise pay a checkpoint's fsyncs inside some request. When that
    // cannot start (Database), the connection checkpoints itself as SQLite does by default.
    Result<void> checkpointInBackground(int thresholdPages = 1000);
    const WalCheckpointer *checkpointer() const { return m_checkpointer.get(); }

    // Tests pin "now" with this; production uses the wall clock.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    Result<void> open() override;
    void close() override;
    bool isOpen() const override;
    Result<int> schemaVersion() override;
    Result<void> ping() override;
    Result<void> checkIntegrity() override;

    Result<SessionInfo> createSession(const QString &keyName = {}) override;
    Result<bool> sessionExists(const QString &sessionId) override;
    Result<SessionPage> listSessions(int limit,
                                     const std::optional<SessionCursor> &after = std::nullopt) override;
    Result<SessionDetail> session(const QString &sessionId) override;
    Result<SessionDetail> sessionPage(const QString &sessionId, int limit,
                                      std::optional<qint64> beforeId) override;
    Result<QList<StoredMessage>> history(const QString &sessionId, qint64 throughSeq) override;
    Result<void> recentMessages(const QString &sessionId, qint64 afterSeq, qint64 throughSeq,
                                const std::function<bool(const StoredMessage &)> &visit) override;
    Result<std::optional<StoredSummary>> summary(const QString &sessionId) override;
    Result<void> storeSummary(const StoredSummary &summary, const Usage &usage) override;
    Result<void> deleteSession(const QString &sessionId) override;
    Result<qint64> sessionCount() override;

    Result<EnqueuedMessage> appendUserMessage(const QString &sessionId, const QString &content) override;
    Result<EnqueuedMessage> appendChannelMessage(const QString &sessionId, const QString &content,
                                                 const TelegramInbound &inbound) override;
    Result<void> markInProgress(qint64 queueId) override;
    Result<StoredMessage> completeReply(qint64 queueId, const QString &content, const Usage &usage) override;
    Result<void> recordCost(const QString &sessionId, const Usage &usage) override;
    Result<QList<QueueItem>> unfinishedQueueItems() override;
    Result<int> markInterrupted(const QList<qint64> &queueIds) override;
    Result<qint64> queueDepth() override;

    Result<qint64> channelCursor(const QString &channel) override;
    Result<void> advanceChannelCursor(const QString &channel, qint64 position) override;
    Result<std::optional<QString>> telegramChatSession(qint64 chatId) override;
    Result<void> setTelegramChatSession(qint64 chatId, const QString &sessionId) override;
    Result<void> setTelegramSentMessage(qint64 updateId, qint64 messageId) override;
    Result<void> markTelegramDelivered(qint64 updateId) override;
    Result<QList<TelegramPending>> undeliveredTelegramUpdates() override;

    Result<CostTotals> costSince(qint64 sinceMs) override;
    Result<CostTotals> costIn(CostPeriod period, qint64 periodStartMs) override;

    Result<void> addKey(const ApiKey &key) override;
    Result<QList<ApiKey>> keys() override;
    Result<std::optional<ApiKey>> keyByName(const QString &name) override;
    Result<std::optional<ApiKey>> keyByTokenHash(const QByteArray &sha256) override;
    Result<std::optional<ApiKey>> keyByDevice(const QString &publicKeyBase64) override;
    Result<void> revokeKey(const QString &name) override;
    Result<void> touchKey(const QString &name, qint64 atMs) override;
    Result<CostTotals> keyCostIn(const QString &name, CostPeriod period, qint64 periodStartMs) override;
    Result<SessionPage> listSessionsOf(const QString &keyName, int limit,
                                       const std::optional<SessionCursor> &after = std::nullopt) override;
    Result<bool> sessionOwnedBy(const QString &sessionId, const QString &keyName) override;

    Result<std::optional<QByteArray>> vaultMeta(const QString &key) override;
    Result<void> setVaultMeta(const QHash<QString, QByteArray> &values) override;
    Result<std::optional<VaultRecord>> vaultEntry(const QString &name) override;
    Result<void> putVaultEntry(const QString &name, const QByteArray &nonce,
                               const QByteArray &ciphertext) override;
    Result<bool> removeVaultEntry(const QString &name) override;
    Result<QStringList> vaultEntryNames() override;

private:
    class Statement;
    class WriteTransaction;
    using StatementId = SqliteStatements::Id;

    // The prepared statement `id` of this connection, preparing it on first use.
    Statement statement(StatementId id);
    Result<qint64> scalar(StatementId id, const QVariantList &values = {});
    // The message and its queue item, inside the caller's transaction.
    Result<EnqueuedMessage> insertUserMessage(const QString &sessionId, const QString &content, qint64 at);
    Result<StoredMessage> insertMessage(const QString &sessionId, MessageRole role, const QString &content,
                                        qint64 at, qint64 tokens = 0);
    Result<void> touchSession(const QString &sessionId, qint64 at);
    Result<void> insertLedger(const QVariant &sessionId, const QVariant &messageId, const Usage &usage,
                              qint64 at);
    Result<std::optional<ApiKey>> oneKey(StatementId id, const QVariant &value);
    Result<SessionPage> sessionPageOf(Statement &query, bool ok, int limit);
    // Finalizes cached statements not in use (keeping the message path's when asked).
    void dropStatements(bool keepMessagePath);

    QSqlDatabase database() const;
    Result<void> checkIdentity();
    Result<void> applyPragmas();
    Result<void> migrate();
    Result<void> notOpen() const;
    qint64 now() const { return m_clock ? m_clock() : Storage::nowMs(); }

    QString m_path;
    QString m_connectionName;
    std::function<qint64()> m_clock;
    std::unique_ptr<WalCheckpointer> m_checkpointer;
    std::array<std::unique_ptr<QSqlQuery>, SqliteStatements::kCount> m_statements;
    std::array<bool, SqliteStatements::kCount> m_inUse {};
    int m_prepared = 0;
};

} // namespace blufio
