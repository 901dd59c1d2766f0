#include "SqliteStorage.h"

#include <limits>

#include "FileSync.h"
#include "Migrations.h"
#include "SqliteHandle.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <sqlite3.h>

#include <cerrno>

#include <unistd.h>

namespace blufio {

namespace {

Error queryError(const QSqlQuery &query)
{
    return Error {ErrorCode::Database, SqliteStorage::tr("Database error: %1").arg(query.lastError().text())};
}

Error notFoundSession(const QString &id)
{
    return Error {ErrorCode::NotFound, SqliteStorage::tr("Session %1 does not exist.").arg(id)};
}

MessageRole roleFromName(const QString &name)
{
    return name == u"assistant" ? MessageRole::Assistant : MessageRole::User;
}

QueueState stateFromName(const QString &name)
{
    if (name == u"in_progress")
        return QueueState::InProgress;
    if (name == u"answered")
        return QueueState::Answered;
    if (name == u"interrupted")
        return QueueState::Interrupted;
    return QueueState::Pending;
}

// One write transaction. BEGIN IMMEDIATE takes the write lock up front: a deferred BEGIN that later
// upgrades from read to write can fail with SQLITE_BUSY at once in WAL mode instead of waiting out
// busy_timeout. Rolls back unless commit() succeeded.
class WriteTransaction
{
public:
    explicit WriteTransaction(const QSqlDatabase &db) : m_db(db) { }
    ~WriteTransaction()
    {
        if (m_active) {
            QSqlQuery rollback(m_db);
            rollback.exec(QStringLiteral("ROLLBACK"));
        }
    }

    Result<void> begin()
    {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return queryError(query);
        m_active = true;
        return {};
    }

    Result<void> commit()
    {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("COMMIT")))
            return queryError(query);
        m_active = false;
        return {};
    }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

// QSQLITE binds a null QString as SQL NULL; text columns here are NOT NULL and "" is what is meant.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// Runs a prepared statement with positional values.
bool run(QSqlQuery &query, const QString &sql, const QVariantList &values = {})
{
    if (!query.prepare(sql))
        return false;
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

Result<qint64> nextSeq(const QSqlDatabase &db, const QString &sessionId)
{
    QSqlQuery query(db);
    if (!run(query, QStringLiteral("SELECT COALESCE(MAX(seq), 0) + 1 FROM messages WHERE session_id = ?"),
             {sessionId})
        || !query.next())
        return queryError(query);
    return query.value(0).toLongLong();
}

Result<StoredMessage> insertMessage(const QSqlDatabase &db, const QString &sessionId, MessageRole role,
                                    const QString &content, qint64 now)
{
    auto seq = nextSeq(db, sessionId);
    if (!seq)
        return seq.error();
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral("INSERT INTO messages (session_id, seq, role, content, created_at) "
                            "VALUES (?, ?, ?, ?, ?)"),
             {sessionId, *seq, messageRoleName(role), text(content), now}))
        return queryError(query);
    StoredMessage message;
    message.id = query.lastInsertId().toLongLong();
    message.sessionId = sessionId;
    message.seq = *seq;
    message.role = role;
    message.content = text(content);
    message.createdAtMs = now;
    return message;
}

Result<void> touchSession(const QSqlDatabase &db, const QString &sessionId, qint64 now)
{
    QSqlQuery query(db);
    if (!run(query, QStringLiteral("UPDATE sessions SET updated_at = ? WHERE id = ?"), {now, sessionId}))
        return queryError(query);
    return {};
}

Result<void> insertLedger(const QSqlDatabase &db, const QVariant &sessionId, const QVariant &messageId,
                          const Usage &usage, qint64 now)
{
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral("INSERT INTO cost_ledger (session_id, message_id, model, input_tokens, "
                            "output_tokens, cache_read_tokens, cache_write_tokens, cost_usd, created_at) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {sessionId, messageId, text(usage.model), usage.inputTokens, usage.outputTokens,
              usage.cacheReadTokens, usage.cacheWriteTokens, usage.costUsd, now}))
        return queryError(query);
    return {};
}

Result<qint64> scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db);
    if (!run(query, sql, values) || !query.next())
        return queryError(query);
    return query.value(0).toLongLong();
}

} // namespace

SqliteStorage::SqliteStorage(const QString &databasePath)
    : m_path(databasePath), m_connectionName(uniqueConnectionName(QStringLiteral("blufio-storage")))
{ }

SqliteStorage::~SqliteStorage()
{
    close();
}

QSqlDatabase SqliteStorage::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3 *SqliteStorage::handle() const
{
    return sqliteHandle(database());
}

int SqliteStorage::latestSchemaVersion()
{
    return Migrations::latest(Migrations::builtIn());
}

QStringList SqliteStorage::requiredTables()
{
    return {QStringLiteral("sessions"),    QStringLiteral("messages"),      QStringLiteral("queue"),
            QStringLiteral("cost_ledger"), QStringLiteral("vault_entries"), QStringLiteral("vault_meta")};
}

Result<void> SqliteStorage::notOpen() const
{
    return Result<void>::failure(ErrorCode::Database, tr("The database %1 is not open.").arg(m_path));
}

bool SqliteStorage::isOpen() const
{
    return database().isOpen();
}

Result<void> SqliteStorage::open()
{
    if (isOpen())
        return {};
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return Result<void>::failure(ErrorCode::Io,
                                     tr("Cannot create the directory %1.").arg(info.absolutePath()));
    const bool existed = info.exists();
    if (!existed) {
        // The vault lives in here: nobody else needs to read it, not even for a moment. SQLite would
        // create the file 0644 minus the umask; created 0600 first, it opens the empty file, and the
        // -wal and -shm it makes next to it copy that mode.
        QString error;
        const int fd = FileSync::createPrivate(m_path, &error);
        if (fd < 0 && errno != EEXIST)
            return Result<void>::failure(ErrorCode::Io,
                                         tr("Cannot create the database %1: %2").arg(m_path, error));
        if (fd >= 0)
            ::close(fd);
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_path);
        if (!db.open()) {
            const QString why = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            return Result<void>::failure(ErrorCode::Database,
                                         tr("Cannot open the database %1: %2").arg(m_path, why));
        }
    }

    Result<void> result = checkIdentity();
    if (result)
        result = applyPragmas();
    if (result)
        result = migrate();
    if (!result)
        close();
    return result;
}

void SqliteStorage::close()
{
    {
        QSqlDatabase db = database();
        if (!db.isValid())
            return;
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

// Runs before anything writes to the file, so a foreign or newer database is left exactly as it was.
Result<void> SqliteStorage::checkIdentity()
{
    const QSqlDatabase db = database();
    auto userVersion = scalar(db, QStringLiteral("PRAGMA user_version"));
    if (!userVersion) {
        return Result<void>::failure(
            ErrorCode::NotSqlite,
            tr("%1 is not a usable SQLite database: %2").arg(m_path, userVersion.errorMessage()));
    }
    auto appId = scalar(db, QStringLiteral("PRAGMA application_id"));
    auto objects = scalar(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_schema"));
    if (!appId || !objects)
        return appId ? objects.error() : appId.error();
    const bool empty = *userVersion == 0 && *objects == 0;
    if (!empty && *appId != ApplicationId) {
        return Result<void>::failure(ErrorCode::NotBlufio,
                                     tr("%1 is an SQLite database but not a blufio database; refusing to "
                                        "use it.")
                                         .arg(m_path));
    }
    if (*userVersion > latestSchemaVersion()) {
        return Result<void>::failure(ErrorCode::SchemaTooNew,
                                     tr("The database %1 has schema version %2, but this blufio only knows "
                                        "versions up to %3. Upgrade blufio or restore an older backup.")
                                         .arg(m_path)
                                         .arg(*userVersion)
                                         .arg(latestSchemaVersion()));
    }
    return {};
}

Result<void> SqliteStorage::applyPragmas()
{
    const QSqlDatabase db = database();
    QSqlQuery query(db);
    // journal_mode answers with the mode in effect; anything but "wal" (e.g. a read-only medium) means
    // concurrent backup and crash behaviour would not be what DESIGN.md promises.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next())
        return queryError(query);
    if (query.value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0) {
        return Result<void>::failure(ErrorCode::Database,
                                     tr("Cannot switch the database %1 to WAL mode (it reports %2).")
                                         .arg(m_path, query.value(0).toString()));
    }
    query.finish();
    for (const QString &pragma :
         {QStringLiteral("PRAGMA synchronous = NORMAL"), QStringLiteral("PRAGMA busy_timeout = 5000"),
          QStringLiteral("PRAGMA foreign_keys = ON")}) {
        if (!query.exec(pragma))
            return queryError(query);
        query.finish();
    }
    return {};
}

Result<void> SqliteStorage::migrate()
{
    sqlite3 *db = handle();
    if (!db)
        return Result<void>::failure(ErrorCode::Database,
                                     tr("The SQLite driver does not expose its handle."));
    return Migrations::apply(db, Migrations::builtIn(), m_path);
}

Result<int> SqliteStorage::schemaVersion()
{
    if (!isOpen())
        return notOpen().error();
    auto version = scalar(database(), QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.error();
    return int(*version);
}

Result<void> SqliteStorage::ping()
{
    if (!isOpen())
        return notOpen();
    auto one = scalar(database(), QStringLiteral("SELECT 1"));
    if (!one)
        return one.error();
    return {};
}

Result<void> SqliteStorage::checkIntegrity()
{
    if (!isOpen())
        return notOpen();
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return queryError(query);
    QStringList findings;
    while (query.next())
        findings << query.value(0).toString();
    if (findings == QStringList {QStringLiteral("ok")})
        return {};
    return Result<void>::failure(ErrorCode::Corrupt,
                                 tr("The database %1 failed its integrity check: %2")
                                     .arg(m_path, findings.join(QStringLiteral("; "))));
}

Result<SessionInfo> SqliteStorage::createSession()
{
    if (!isOpen())
        return notOpen().error();
    SessionInfo info;
    info.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    info.createdAtMs = info.updatedAtMs = now();
    QSqlQuery query(database());
    if (!run(query, QStringLiteral("INSERT INTO sessions (id, created_at, updated_at) VALUES (?, ?, ?)"),
             {info.id, info.createdAtMs, info.updatedAtMs}))
        return queryError(query);
    return info;
}

Result<bool> SqliteStorage::sessionExists(const QString &sessionId)
{
    if (!isOpen())
        return notOpen().error();
    auto count
        = scalar(database(), QStringLiteral("SELECT COUNT(*) FROM sessions WHERE id = ?"), {sessionId});
    if (!count)
        return count.error();
    return *count > 0;
}

Result<SessionPage> SqliteStorage::listSessions(int limit, const std::optional<SessionCursor> &after)
{
    if (!isOpen())
        return notOpen().error();
    // Keyset pagination on the (updated_at, id) index: a page costs the same however many sessions
    // exist and stays stable while new ones arrive (they sort before the cursor).
    QSqlQuery query(database());
    const QString columns = QStringLiteral("SELECT id, created_at, updated_at, message_count FROM sessions ");
    const QString order = QStringLiteral(" ORDER BY updated_at DESC, id DESC LIMIT ?");
    const bool ok = after ? run(query, columns + QStringLiteral("WHERE (updated_at, id) < (?, ?)") + order,
                                {after->updatedAtMs, after->id, limit + 1})
                          : run(query, columns + order, {limit + 1});
    if (!ok)
        return queryError(query);
    SessionPage page;
    while (query.next()) {
        if (page.sessions.size() == limit) {
            const SessionInfo &last = page.sessions.constLast();
            page.next = SessionCursor{last.updatedAtMs, last.id};
            break;
        }
        page.sessions.append({query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                              query.value(3).toLongLong()});
    }
    return page;
}

Result<SessionDetail> SqliteStorage::sessionPage(const QString &sessionId, int limit, std::optional<qint64> beforeId)
{
    if (!isOpen())
        return notOpen().error();
    const QSqlDatabase db = database();
    SessionDetail detail;
    {
        QSqlQuery query(db);
        if (!run(query, QStringLiteral("SELECT id, created_at, updated_at, message_count FROM sessions WHERE id = ?"),
                 {sessionId}))
            return queryError(query);
        if (!query.next())
            return notFoundSession(sessionId);
        detail.info = {query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                       query.value(3).toLongLong()};
    }
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral("SELECT id, seq, role, content, created_at FROM messages WHERE session_id = ? AND id < ? "
                            "ORDER BY seq DESC LIMIT ?"),
             {sessionId, beforeId.value_or(std::numeric_limits<qint64>::max()), limit + 1}))
        return queryError(query);
    while (query.next()) {
        if (detail.messages.size() == limit) {
            detail.hasMore = true;
            break;
        }
        StoredMessage message;
        message.id = query.value(0).toLongLong();
        message.sessionId = sessionId;
        message.seq = query.value(1).toLongLong();
        message.role = roleFromName(query.value(2).toString());
        message.content = query.value(3).toString();
        message.createdAtMs = query.value(4).toLongLong();
        detail.messages.prepend(message);
    }
    return detail;
}

Result<SessionDetail> SqliteStorage::session(const QString &sessionId)
{
    // The whole history: one page without a limit.
    return sessionPage(sessionId, std::numeric_limits<int>::max() - 1, std::nullopt);
}

Result<void> SqliteStorage::deleteSession(const QString &sessionId)
{
    if (!isOpen())
        return notOpen();
    QSqlQuery query(database());
    if (!run(query, QStringLiteral("DELETE FROM sessions WHERE id = ?"), {sessionId}))
        return queryError(query);
    if (query.numRowsAffected() == 0)
        return notFoundSession(sessionId);
    return {};
}

Result<qint64> SqliteStorage::sessionCount()
{
    if (!isOpen())
        return notOpen().error();
    return scalar(database(), QStringLiteral("SELECT COUNT(*) FROM sessions"));
}

Result<EnqueuedMessage> SqliteStorage::appendUserMessage(const QString &sessionId, const QString &content)
{
    if (!isOpen())
        return notOpen().error();
    const QSqlDatabase db = database();
    WriteTransaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto exists = scalar(db, QStringLiteral("SELECT COUNT(*) FROM sessions WHERE id = ?"), {sessionId});
    if (!exists)
        return exists.error();
    if (*exists == 0)
        return notFoundSession(sessionId);
    const qint64 at = now();
    auto message = insertMessage(db, sessionId, MessageRole::User, content, at);
    if (!message)
        return message.error();
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral(
                 "INSERT INTO queue (session_id, message_id, state, attempts, created_at, updated_at) "
                 "VALUES (?, ?, 'pending', 0, ?, ?)"),
             {sessionId, message->id, at, at}))
        return queryError(query);
    const qint64 queueId = query.lastInsertId().toLongLong();
    if (auto touched = touchSession(db, sessionId, at); !touched)
        return touched.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return EnqueuedMessage {*message, queueId};
}

Result<void> SqliteStorage::markInProgress(qint64 queueId)
{
    if (!isOpen())
        return notOpen();
    QSqlQuery query(database());
    if (!run(query,
             QStringLiteral("UPDATE queue SET state = 'in_progress', attempts = attempts + 1, updated_at = ? "
                            "WHERE id = ? AND state IN ('pending', 'in_progress', 'interrupted')"),
             {now(), queueId}))
        return queryError(query);
    if (query.numRowsAffected() == 0) {
        return Result<void>::failure(ErrorCode::NotFound,
                                     tr("Queue item %1 does not exist or is already answered.").arg(queueId));
    }
    return {};
}

Result<StoredMessage> SqliteStorage::completeReply(qint64 queueId, const QString &content, const Usage &usage)
{
    if (!isOpen())
        return notOpen().error();
    const QSqlDatabase db = database();
    WriteTransaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    QString sessionId;
    {
        QSqlQuery query(db);
        if (!run(query, QStringLiteral("SELECT session_id, state FROM queue WHERE id = ?"), {queueId}))
            return queryError(query);
        if (!query.next())
            return Error {ErrorCode::NotFound, tr("Queue item %1 does not exist.").arg(queueId)};
        if (query.value(1).toString() == u"answered")
            return Error {ErrorCode::Conflict, tr("Queue item %1 is already answered.").arg(queueId)};
        sessionId = query.value(0).toString();
    }
    const qint64 at = now();
    auto message = insertMessage(db, sessionId, MessageRole::Assistant, content, at);
    if (!message)
        return message.error();
    if (auto ledger = insertLedger(db, sessionId, message->id, usage, at); !ledger)
        return ledger.error();
    {
        QSqlQuery query(db);
        if (!run(query, QStringLiteral("UPDATE queue SET state = 'answered', updated_at = ? WHERE id = ?"),
                 {at, queueId}))
            return queryError(query);
    }
    if (auto touched = touchSession(db, sessionId, at); !touched)
        return touched.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return *message;
}

Result<void> SqliteStorage::recordCost(const QString &sessionId, const Usage &usage)
{
    if (!isOpen())
        return notOpen();
    return insertLedger(database(), sessionId.isEmpty() ? QVariant() : QVariant(sessionId), QVariant(), usage,
                        now());
}

Result<QList<QueueItem>> SqliteStorage::unfinishedQueueItems()
{
    if (!isOpen())
        return notOpen().error();
    QSqlQuery query(database());
    if (!run(query,
             QStringLiteral("SELECT id, session_id, message_id, state, attempts, created_at, updated_at "
                            "FROM queue WHERE state IN ('pending', 'in_progress') ORDER BY id")))
        return queryError(query);
    QList<QueueItem> items;
    while (query.next()) {
        QueueItem item;
        item.id = query.value(0).toLongLong();
        item.sessionId = query.value(1).toString();
        item.messageId = query.value(2).toLongLong();
        item.state = stateFromName(query.value(3).toString());
        item.attempts = query.value(4).toInt();
        item.createdAtMs = query.value(5).toLongLong();
        item.updatedAtMs = query.value(6).toLongLong();
        items.append(item);
    }
    return items;
}

Result<int> SqliteStorage::markInterrupted(const QList<qint64> &queueIds)
{
    if (!isOpen())
        return notOpen().error();
    const QSqlDatabase db = database();
    WriteTransaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    const qint64 at = now();
    int changed = 0;
    for (const qint64 id : queueIds) {
        QSqlQuery query(db);
        if (!run(query,
                 QStringLiteral("UPDATE queue SET state = 'interrupted', updated_at = ? "
                                "WHERE id = ? AND state IN ('pending', 'in_progress')"),
                 {at, id}))
            return queryError(query);
        changed += query.numRowsAffected();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return changed;
}

Result<qint64> SqliteStorage::queueDepth()
{
    if (!isOpen())
        return notOpen().error();
    return scalar(database(),
                  QStringLiteral("SELECT COUNT(*) FROM queue WHERE state IN ('pending', 'in_progress')"));
}

Result<CostTotals> SqliteStorage::costSince(qint64 sinceMs)
{
    if (!isOpen())
        return notOpen().error();
    QSqlQuery query(database());
    if (!run(query,
             QStringLiteral("SELECT COALESCE(SUM(cost_usd), 0), COALESCE(SUM(input_tokens), 0), "
                            "COALESCE(SUM(output_tokens), 0), COALESCE(SUM(cache_read_tokens), 0), "
                            "COALESCE(SUM(cache_write_tokens), 0), COUNT(*) FROM cost_ledger "
                            "WHERE created_at >= ?"),
             {sinceMs})
        || !query.next())
        return queryError(query);
    CostTotals totals;
    totals.costUsd = query.value(0).toDouble();
    totals.inputTokens = query.value(1).toLongLong();
    totals.outputTokens = query.value(2).toLongLong();
    totals.cacheReadTokens = query.value(3).toLongLong();
    totals.cacheWriteTokens = query.value(4).toLongLong();
    totals.calls = query.value(5).toLongLong();
    return totals;
}

Result<CostTotals> SqliteStorage::costIn(CostPeriod period, qint64 periodStartMs)
{
    if (!isOpen())
        return notOpen().error();
    QSqlQuery query(database());
    if (!run(query,
             QStringLiteral("SELECT cost_usd, input_tokens, output_tokens, cache_read_tokens, cache_write_tokens, calls "
                            "FROM cost_totals WHERE granularity = ? AND period_start = ?"),
             {period == CostPeriod::UtcDay ? QStringLiteral("day") : QStringLiteral("month"), periodStartMs}))
        return queryError(query);
    CostTotals totals; // no row: nothing spent in that period
    if (query.next()) {
        totals.costUsd = query.value(0).toDouble();
        totals.inputTokens = query.value(1).toLongLong();
        totals.outputTokens = query.value(2).toLongLong();
        totals.cacheReadTokens = query.value(3).toLongLong();
        totals.cacheWriteTokens = query.value(4).toLongLong();
        totals.calls = query.value(5).toLongLong();
    }
    return totals;
}

Result<std::optional<QByteArray>> SqliteStorage::vaultMeta(const QString &key)
{
    if (!isOpen())
        return notOpen().error();
    QSqlQuery query(database());
    if (!run(query, QStringLiteral("SELECT value FROM vault_meta WHERE key = ?"), {key}))
        return queryError(query);
    if (!query.next())
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(query.value(0).toByteArray());
}

Result<void> SqliteStorage::setVaultMeta(const QHash<QString, QByteArray> &values)
{
    if (!isOpen())
        return notOpen();
    const QSqlDatabase db = database();
    WriteTransaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        QSqlQuery query(db);
        if (!run(query,
                 QStringLiteral("INSERT INTO vault_meta (key, value) VALUES (?, ?) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                 {it.key(), it.value()}))
            return queryError(query);
    }
    return transaction.commit();
}

Result<std::optional<VaultRecord>> SqliteStorage::vaultEntry(const QString &name)
{
    if (!isOpen())
        return notOpen().error();
    QSqlQuery query(database());
    if (!run(query,
             QStringLiteral("SELECT name, nonce, ciphertext, created_at, updated_at FROM vault_entries "
                            "WHERE name = ?"),
             {name}))
        return queryError(query);
    if (!query.next())
        return std::optional<VaultRecord>();
    return std::optional<VaultRecord>(VaultRecord {query.value(0).toString(), query.value(1).toByteArray(),
                                                   query.value(2).toByteArray(), query.value(3).toLongLong(),
                                                   query.value(4).toLongLong()});
}

Result<void> SqliteStorage::putVaultEntry(const QString &name, const QByteArray &nonce,
                                          const QByteArray &ciphertext)
{
    if (!isOpen())
        return notOpen();
    const qint64 at = now();
    QSqlQuery query(database());
    if (!run(query,
             QStringLiteral("INSERT INTO vault_entries (name, nonce, ciphertext, created_at, updated_at) "
                            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET nonce = excluded.nonce, "
                            "ciphertext = excluded.ciphertext, updated_at = excluded.updated_at"),
             {name, nonce, ciphertext, at, at}))
        return queryError(query);
    return {};
}

Result<bool> SqliteStorage::removeVaultEntry(const QString &name)
{
    if (!isOpen())
        return notOpen().error();
    QSqlQuery query(database());
    if (!run(query, QStringLiteral("DELETE FROM vault_entries WHERE name = ?"), {name}))
        return queryError(query);
    return query.numRowsAffected() > 0;
}

Result<QStringList> SqliteStorage::vaultEntryNames()
{
    if (!isOpen())
        return notOpen().error();
    QSqlQuery query(database());
    if (!run(query, QStringLiteral("SELECT name FROM vault_entries ORDER BY name")))
        return queryError(query);
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

} // namespace blufio
