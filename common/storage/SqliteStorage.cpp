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
#include <QSqlResult>
#include <QUuid>
#include <QVariant>

#include <sqlite3.h>

#include <cerrno>
#include <cstring>

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

// QSQLITE binds a null QString as SQL NULL; text columns here are NOT NULL and "" is what is meant.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

sqlite3_stmt *statementHandle(const QSqlQuery &query)
{
    const QVariant handle = query.result() ? query.result()->handle() : QVariant();
    if (!handle.isValid() || std::strcmp(handle.typeName(), "sqlite3_stmt*") != 0)
        return nullptr;
    return *static_cast<sqlite3_stmt *const *>(handle.constData());
}

} // namespace

// One use of a prepared statement of the connection: values bound, run, rows read. It stays
// prepared afterwards; going out of scope resets it, so a read never keeps its snapshot open (which
// would hold back WAL checkpoints) past the call that made it. A statement already in use higher up
// the stack, or one that failed to prepare, is a one-off query instead.
class SqliteStorage::Statement
{
public:
    Statement(SqliteStorage *owner, std::size_t index, QSqlQuery *cached)
        : m_owner(owner), m_index(index), m_query(cached)
    {
        m_owner->m_inUse[m_index] = true;
    }
    Statement(std::unique_ptr<QSqlQuery> oneOff, bool prepared)
        : m_oneOff(std::move(oneOff)), m_query(m_oneOff.get()), m_prepared(prepared)
    { }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement()
    {
        if (m_prepared)
            m_query->finish();
        if (m_owner)
            m_owner->m_inUse[m_index] = false;
    }

    bool exec(const QVariantList &values = {})
    {
        if (!m_prepared)
            return false; // lastError() says why prepare() failed
        for (qsizetype i = 0; i < values.size(); ++i)
            m_query->bindValue(int(i), values.at(i));
        return m_query->exec();
    }
    QSqlQuery &query() { return *m_query; }
    QSqlQuery *operator->() { return m_query; }

private:
    SqliteStorage *m_owner = nullptr;
    std::size_t m_index = 0;
    std::unique_ptr<QSqlQuery> m_oneOff;
    QSqlQuery *m_query;
    bool m_prepared = true;
};

// One write transaction, rolled back unless commit() succeeded.
class SqliteStorage::WriteTransaction
{
public:
    explicit WriteTransaction(SqliteStorage &storage) : m_storage(storage) { }
    ~WriteTransaction()
    {
        if (m_active)
            (void)m_storage.statement(StatementId::Rollback).exec();
    }

    Result<void> begin()
    {
        Statement begin = m_storage.statement(StatementId::Begin);
        if (!begin.exec())
            return queryError(begin.query());
        m_active = true;
        return {};
    }

    Result<void> commit()
    {
        Statement commit = m_storage.statement(StatementId::Commit);
        if (!commit.exec())
            return queryError(commit.query());
        m_active = false;
        return {};
    }

private:
    SqliteStorage &m_storage;
    bool m_active = false;
};

SqliteStorage::SqliteStorage(const QString &databasePath)
    : m_path(databasePath), m_connectionName(uniqueConnectionName(QStringLiteral("blufio-storage")))
{ }

SqliteStorage::~SqliteStorage()
{
    // Non-virtual on purpose: a subclass is already gone here.
    SqliteStorage::close();
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

SqliteStorage::Statement SqliteStorage::statement(StatementId id)
{
    const auto index = std::size_t(id);
    const QString sql = QString::fromLatin1(SqliteStatements::get(id).sql);
    if (m_inUse[index]) {
        // Re-entered while the cached one is being read: a one-off keeps that one's rows intact.
        auto query = std::make_unique<QSqlQuery>(database());
        query->setForwardOnly(true);
        const bool prepared = query->prepare(sql);
        return Statement(std::move(query), prepared);
    }
    std::unique_ptr<QSqlQuery> &slot = m_statements[index];
    if (!slot) {
        auto query = std::make_unique<QSqlQuery>(database());
        // Rows are read once, front to back: nothing for QSqlCachedResult to keep.
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            return Statement(std::move(query), false); // not cached: the next call tries again
        ++m_prepared;
        slot = std::move(query);
    }
    return Statement(this, index, slot.get());
}

void SqliteStorage::dropStatements(bool keepMessagePath)
{
    for (std::size_t i = 0; i < m_statements.size(); ++i) {
        if (m_inUse[i])
            continue;
        if (keepMessagePath && SqliteStatements::all()[i].use == SqliteStatements::Use::MessagePath)
            continue;
        m_statements[i].reset();
    }
}

SqliteStorage::StatementStats SqliteStorage::statementStats() const
{
    StatementStats stats;
    stats.prepared = m_prepared;
    for (const std::unique_ptr<QSqlQuery> &query : m_statements) {
        if (!query)
            continue;
        ++stats.cached;
        if (sqlite3_stmt *stmt = statementHandle(*query)) {
            stats.runs += sqlite3_stmt_status(stmt, SQLITE_STMTSTATUS_RUN, 0);
            stats.fullScanSteps += sqlite3_stmt_status(stmt, SQLITE_STMTSTATUS_FULLSCAN_STEP, 0);
        }
    }
    return stats;
}

qint64 SqliteStorage::cacheUsedBytes() const
{
    sqlite3 *db = handle();
    int current = 0;
    int highwater = 0;
    if (!db || sqlite3_db_status(db, SQLITE_DBSTATUS_CACHE_USED, &current, &highwater, 0) != SQLITE_OK)
        return 0;
    return current;
}

quint64 SqliteStorage::shed()
{
    sqlite3 *db = handle();
    if (!db)
        return 0;
    const qint64 before = cacheUsedBytes();
    // The message path's statements stay: preparing them again would cost every message after the
    // episode. The rest (vault, reports) are compiled again on their next use.
    dropStatements(true);
    // Pages no statement holds are freed; the next read loads them from the OS's cache of the file.
    sqlite3_db_release_memory(db);
    const qint64 after = cacheUsedBytes();
    return before > after ? quint64(before - after) : 0;
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
        const Result<int> created = FileSync::createPrivate(m_path);
        if (!created && created.code() != ErrorCode::AlreadyExists)
            return Result<void>::failure(
                ErrorCode::Io, tr("Cannot create the database %1: %2").arg(m_path, created.errorMessage()));
        if (created)
            ::close(*created);
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
    if (!result) {
        close();
        return result;
    }
    // What only open() runs is not kept for the connection's life.
    dropStatements(true);
    return result;
}

Result<void> SqliteStorage::checkpointInBackground(int thresholdPages)
{
    sqlite3 *db = handle();
    if (!db)
        return Result<void>::failure(ErrorCode::Database, tr("the database is not open"));
    auto checkpointer = std::make_unique<WalCheckpointer>(m_path, thresholdPages);
    if (Result<void> started = checkpointer->start(db); !started)
        return started;
    m_checkpointer = std::move(checkpointer);
    return Result<void>::success();
}

void SqliteStorage::close()
{
    // Before the writer closes: its own last checkpoint then runs with nobody else connected, which
    // lets SQLite remove the -wal file.
    m_checkpointer.reset();
    // A QSqlQuery must not outlive its connection: finalize every statement first.
    for (std::unique_ptr<QSqlQuery> &query : m_statements)
        query.reset();
    m_inUse = {};
    m_prepared = 0;
    {
        QSqlDatabase db = database();
        if (!db.isValid())
            return;
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<qint64> SqliteStorage::scalar(StatementId id, const QVariantList &values)
{
    Statement query = statement(id);
    if (!query.exec(values) || !query->next())
        return queryError(query.query());
    return query->value(0).toLongLong();
}

// Runs before anything writes to the file, so a foreign or newer database is left exactly as it was.
Result<void> SqliteStorage::checkIdentity()
{
    auto userVersion = scalar(StatementId::UserVersion);
    if (!userVersion) {
        return Result<void>::failure(
            ErrorCode::NotSqlite,
            tr("%1 is not a usable SQLite database: %2").arg(m_path, userVersion.errorMessage()));
    }
    auto appId = scalar(StatementId::ApplicationId);
    auto objects = scalar(StatementId::SchemaObjects);
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
    {
        // journal_mode answers with the mode in effect; anything but "wal" (e.g. a read-only medium) means
        // concurrent backup and crash behaviour would not be what docs/ARCHITECTURE.md "Storage" promises.
        Statement query = statement(StatementId::JournalModeWal);
        if (!query.exec() || !query->next())
            return queryError(query.query());
        if (query->value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0) {
            return Result<void>::failure(ErrorCode::Database,
                                         tr("Cannot switch the database %1 to WAL mode (it reports %2).")
                                             .arg(m_path, query->value(0).toString()));
        }
    }
    for (const StatementId pragma :
         {StatementId::SynchronousNormal, StatementId::BusyTimeout, StatementId::ForeignKeys}) {
        Statement query = statement(pragma);
        if (!query.exec())
            return queryError(query.query());
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
    auto version = scalar(StatementId::UserVersion);
    if (!version)
        return version.error();
    return int(*version);
}

Result<void> SqliteStorage::ping()
{
    if (!isOpen())
        return notOpen();
    auto one = scalar(StatementId::Ping);
    if (!one)
        return one.error();
    return {};
}

Result<void> SqliteStorage::checkIntegrity()
{
    if (!isOpen())
        return notOpen();
    Statement query = statement(StatementId::IntegrityCheck);
    if (!query.exec())
        return queryError(query.query());
    QStringList findings;
    while (query->next())
        findings << query->value(0).toString();
    if (findings == QStringList {QStringLiteral("ok")})
        return {};
    return Result<void>::failure(ErrorCode::Corrupt,
                                 tr("The database %1 failed its integrity check: %2")
                                     .arg(m_path, findings.join(QStringLiteral("; "))));
}

namespace {
// An empty name is SQL NULL: sessions and ledger rows of the configured admin credentials.
QVariant keyOrNull(const QString &keyName)
{
    return keyName.isEmpty() ? QVariant() : QVariant(keyName);
}
} // namespace

Result<SessionInfo> SqliteStorage::createSession(const QString &keyName)
{
    if (!isOpen())
        return notOpen().error();
    SessionInfo info;
    info.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    info.createdAtMs = info.updatedAtMs = now();
    Statement query = statement(StatementId::SessionInsert);
    if (!query.exec({info.id, info.createdAtMs, info.updatedAtMs, keyOrNull(keyName)}))
        return queryError(query.query());
    return info;
}

Result<bool> SqliteStorage::sessionExists(const QString &sessionId)
{
    if (!isOpen())
        return notOpen().error();
    Statement query = statement(StatementId::SessionExists);
    if (!query.exec({sessionId}))
        return queryError(query.query());
    return query->next();
}

Result<SessionPage> SqliteStorage::listSessions(int limit, const std::optional<SessionCursor> &after)
{
    if (!isOpen())
        return notOpen().error();
    Statement query = statement(after ? StatementId::SessionsAfter : StatementId::SessionsFirstPage);
    const bool ok = after ? query.exec({after->updatedAtMs, after->id, limit + 1}) : query.exec({limit + 1});
    return sessionPageOf(query, ok, limit);
}

Result<SessionPage> SqliteStorage::sessionPageOf(Statement &query, bool ok, int limit)
{
    if (!ok)
        return queryError(query.query());
    SessionPage page;
    while (query->next()) {
        if (page.sessions.size() == limit) {
            const SessionInfo &last = page.sessions.constLast();
            page.next = SessionCursor {last.updatedAtMs, last.id};
            break;
        }
        page.sessions.append({query->value(0).toString(), query->value(1).toLongLong(),
                              query->value(2).toLongLong(), query->value(3).toLongLong()});
    }
    return page;
}

namespace {
StoredMessage messageFromRow(const QSqlQuery &query, const QString &sessionId)
{
    StoredMessage message;
    message.id = query.value(0).toLongLong();
    message.sessionId = sessionId;
    message.seq = query.value(1).toLongLong();
    message.role = roleFromName(query.value(2).toString());
    message.content = query.value(3).toString();
    message.createdAtMs = query.value(4).toLongLong();
    message.tokens = query.value(5).toLongLong(); // NULL reads as 0: not reported
    return message;
}
} // namespace

Result<SessionDetail> SqliteStorage::sessionPage(const QString &sessionId, int limit,
                                                 std::optional<qint64> beforeId)
{
    if (!isOpen())
        return notOpen().error();
    SessionDetail detail;
    {
        Statement query = statement(StatementId::SessionRow);
        if (!query.exec({sessionId}))
            return queryError(query.query());
        if (!query->next())
            return notFoundSession(sessionId);
        detail.info = {query->value(0).toString(), query->value(1).toLongLong(), query->value(2).toLongLong(),
                       query->value(3).toLongLong()};
    }
    Statement query = statement(StatementId::MessagesPage);
    if (!query.exec({sessionId, beforeId.value_or(std::numeric_limits<qint64>::max()), limit + 1}))
        return queryError(query.query());
    while (query->next()) {
        if (detail.messages.size() == limit) {
            detail.hasMore = true;
            break;
        }
        detail.messages.prepend(messageFromRow(query.query(), sessionId));
    }
    auto summary = this->summary(sessionId);
    if (!summary)
        return summary.error();
    detail.summary = *summary;
    return detail;
}

Result<SessionDetail> SqliteStorage::session(const QString &sessionId)
{
    // The whole history: one page without a limit.
    return sessionPage(sessionId, std::numeric_limits<int>::max() - 1, std::nullopt);
}

Result<QList<StoredMessage>> SqliteStorage::history(const QString &sessionId, qint64 throughSeq)
{
    if (!isOpen())
        return notOpen().error();
    Statement query = statement(StatementId::MessagesThrough);
    if (!query.exec({sessionId, throughSeq}))
        return queryError(query.query());
    QList<StoredMessage> messages;
    while (query->next())
        messages.append(messageFromRow(query.query(), sessionId));
    return messages;
}

Result<void> SqliteStorage::recentMessages(const QString &sessionId, qint64 afterSeq, qint64 throughSeq,
                                           const std::function<bool(const StoredMessage &)> &visit)
{
    if (!isOpen())
        return notOpen();
    Statement query = statement(StatementId::MessagesRecent);
    if (!query.exec({sessionId, afterSeq, throughSeq}))
        return queryError(query.query());
    while (query->next()) {
        if (!visit(messageFromRow(query.query(), sessionId)))
            break;
    }
    return {};
}

Result<std::optional<StoredSummary>> SqliteStorage::summary(const QString &sessionId)
{
    if (!isOpen())
        return notOpen().error();
    Statement query = statement(StatementId::SummaryGet);
    if (!query.exec({sessionId}))
        return queryError(query.query());
    if (!query->next())
        return std::optional<StoredSummary>();
    StoredSummary summary;
    summary.sessionId = sessionId;
    summary.text = query->value(0).toString();
    summary.coversThroughSeq = query->value(1).toLongLong();
    summary.tokens = query->value(2).toLongLong();
    summary.createdAtMs = query->value(3).toLongLong();
    summary.updatedAtMs = query->value(4).toLongLong();
    return std::optional<StoredSummary>(summary);
}

Result<void> SqliteStorage::storeSummary(const StoredSummary &summary, const Usage &usage)
{
    if (!isOpen())
        return notOpen();
    WriteTransaction transaction(*this);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto exists = sessionExists(summary.sessionId);
    if (!exists)
        return exists.error();
    if (!*exists) // deleted while the summary was being made
        return notFoundSession(summary.sessionId);
    const qint64 at = now();
    {
        Statement query = statement(StatementId::SummaryPut);
        if (!query.exec(
                {summary.sessionId, text(summary.text), summary.coversThroughSeq, summary.tokens, at, at}))
            return queryError(query.query());
    }
    if (auto ledger = insertLedger(summary.sessionId, QVariant(), usage, at); !ledger)
        return ledger;
    return transaction.commit();
}

Result<void> SqliteStorage::deleteSession(const QString &sessionId)
{
    if (!isOpen())
        return notOpen();
    Statement query = statement(StatementId::SessionDelete);
    if (!query.exec({sessionId}))
        return queryError(query.query());
    if (query->numRowsAffected() == 0)
        return notFoundSession(sessionId);
    return {};
}

Result<qint64> SqliteStorage::sessionCount()
{
    if (!isOpen())
        return notOpen().error();
    return scalar(StatementId::SessionCount);
}

Result<StoredMessage> SqliteStorage::insertMessage(const QString &sessionId, MessageRole role,
                                                   const QString &content, qint64 at, qint64 tokens)
{
    auto seq = scalar(StatementId::MessageNextSeq, {sessionId});
    if (!seq)
        return seq.error();
    Statement query = statement(StatementId::MessageInsert);
    if (!query.exec({sessionId, *seq, messageRoleName(role), text(content), at,
                     tokens > 0 ? QVariant(tokens) : QVariant(QMetaType(QMetaType::LongLong))}))
        return queryError(query.query());
    StoredMessage message;
    message.id = query->lastInsertId().toLongLong();
    message.sessionId = sessionId;
    message.seq = *seq;
    message.role = role;
    message.content = text(content);
    message.createdAtMs = at;
    message.tokens = tokens > 0 ? tokens : 0;
    return message;
}

Result<void> SqliteStorage::touchSession(const QString &sessionId, qint64 at)
{
    Statement query = statement(StatementId::SessionTouch);
    if (!query.exec({at, sessionId}))
        return queryError(query.query());
    return {};
}

Result<void> SqliteStorage::insertLedger(const QVariant &sessionId, const QVariant &messageId,
                                         const Usage &usage, qint64 at)
{
    Statement query = statement(StatementId::LedgerInsert);
    if (!query.exec({sessionId, messageId, text(usage.model), usage.inputTokens, usage.outputTokens,
                     usage.cacheReadTokens, usage.cacheWriteTokens, usage.costUsd, at,
                     keyOrNull(usage.keyName)}))
        return queryError(query.query());
    return {};
}

Result<EnqueuedMessage> SqliteStorage::insertUserMessage(const QString &sessionId, const QString &content,
                                                         qint64 at)
{
    auto exists = sessionExists(sessionId);
    if (!exists)
        return exists.error();
    if (!*exists)
        return notFoundSession(sessionId);
    auto message = insertMessage(sessionId, MessageRole::User, content, at);
    if (!message)
        return message.error();
    qint64 queueId = 0;
    {
        Statement query = statement(StatementId::QueueInsert);
        if (!query.exec({sessionId, message->id, at, at}))
            return queryError(query.query());
        queueId = query->lastInsertId().toLongLong();
    }
    if (auto touched = touchSession(sessionId, at); !touched)
        return touched.error();
    return EnqueuedMessage {*message, queueId};
}

Result<EnqueuedMessage> SqliteStorage::appendUserMessage(const QString &sessionId, const QString &content)
{
    if (!isOpen())
        return notOpen().error();
    WriteTransaction transaction(*this);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto enqueued = insertUserMessage(sessionId, content, now());
    if (!enqueued)
        return enqueued.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return enqueued;
}

Result<EnqueuedMessage> SqliteStorage::appendChannelMessage(const QString &sessionId, const QString &content,
                                                            const TelegramInbound &inbound)
{
    if (!isOpen())
        return notOpen().error();
    WriteTransaction transaction(*this);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    const qint64 at = now();
    auto enqueued = insertUserMessage(sessionId, content, at);
    if (!enqueued)
        return enqueued.error();
    {
        Statement query = statement(StatementId::TelegramUpdateInsert);
        if (!query.exec({inbound.updateId, inbound.chatId, enqueued->queueId, at})) {
            // QSQLITE reports the primary code (19) or, with extended codes, 1555.
            const QString native = query->lastError().nativeErrorCode();
            if (native == QString::number(SQLITE_CONSTRAINT)
                || native == QString::number(SQLITE_CONSTRAINT_PRIMARYKEY))
                return Error {ErrorCode::Conflict,
                              tr("Telegram update %1 was received before.").arg(inbound.updateId)};
            return queryError(query.query());
        }
    }
    {
        Statement query = statement(StatementId::TelegramChatPut);
        if (!query.exec({inbound.chatId, sessionId, at}))
            return queryError(query.query());
    }
    {
        Statement query = statement(StatementId::ChannelCursorPut);
        if (!query.exec({QStringLiteral("telegram"), inbound.updateId, at}))
            return queryError(query.query());
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return enqueued;
}

Result<void> SqliteStorage::markInProgress(qint64 queueId)
{
    if (!isOpen())
        return notOpen();
    Statement query = statement(StatementId::QueueInProgress);
    if (!query.exec({now(), queueId}))
        return queryError(query.query());
    if (query->numRowsAffected() == 0) {
        return Result<void>::failure(ErrorCode::NotFound,
                                     tr("Queue item %1 does not exist or is already answered.").arg(queueId));
    }
    return {};
}

Result<StoredMessage> SqliteStorage::completeReply(qint64 queueId, const QString &content, const Usage &usage)
{
    if (!isOpen())
        return notOpen().error();
    // The reply, its ledger row (and through migration 2's trigger the day's and month's totals) and
    // the queue state commit together or not at all: a crash between them cannot leave a reply
    // without its cost, or a cost counted twice when the item is answered again after a restart.
    WriteTransaction transaction(*this);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    QString sessionId;
    {
        Statement query = statement(StatementId::QueueOfReply);
        if (!query.exec({queueId}))
            return queryError(query.query());
        if (!query->next())
            return Error {ErrorCode::NotFound, tr("Queue item %1 does not exist.").arg(queueId)};
        if (query->value(1).toString() == u"answered")
            return Error {ErrorCode::Conflict, tr("Queue item %1 is already answered.").arg(queueId)};
        sessionId = query->value(0).toString();
    }
    const qint64 at = now();
    // The reply's weight as the provider counted it, for the next turns' context.
    auto message = insertMessage(sessionId, MessageRole::Assistant, content, at, usage.outputTokens);
    if (!message)
        return message.error();
    if (auto ledger = insertLedger(sessionId, message->id, usage, at); !ledger)
        return ledger.error();
    {
        Statement query = statement(StatementId::QueueAnswered);
        if (!query.exec({at, queueId}))
            return queryError(query.query());
    }
    if (auto touched = touchSession(sessionId, at); !touched)
        return touched.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return *message;
}

Result<void> SqliteStorage::recordCost(const QString &sessionId, const Usage &usage)
{
    if (!isOpen())
        return notOpen();
    return insertLedger(sessionId.isEmpty() ? QVariant() : QVariant(sessionId), QVariant(), usage, now());
}

Result<QList<QueueItem>> SqliteStorage::unfinishedQueueItems()
{
    if (!isOpen())
        return notOpen().error();
    Statement query = statement(StatementId::QueueUnfinished);
    if (!query.exec())
        return queryError(query.query());
    QList<QueueItem> items;
    while (query->next()) {
        QueueItem item;
        item.id = query->value(0).toLongLong();
        item.sessionId = query->value(1).toString();
        item.messageId = query->value(2).toLongLong();
        item.state = stateFromName(query->value(3).toString());
        item.attempts = query->value(4).toInt();
        item.createdAtMs = query->value(5).toLongLong();
        item.updatedAtMs = query->value(6).toLongLong();
        item.messageSeq = query->value(7).toLongLong();
        items.append(item);
    }
    return items;
}

Result<int> SqliteStorage::markInterrupted(const QList<qint64> &queueIds)
{
    if (!isOpen())
        return notOpen().error();
    WriteTransaction transaction(*this);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    const qint64 at = now();
    int changed = 0;
    for (const qint64 id : queueIds) {
        Statement query = statement(StatementId::QueueInterrupt);
        if (!query.exec({at, id}))
            return queryError(query.query());
        changed += query->numRowsAffected();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return changed;
}

Result<qint64> SqliteStorage::queueDepth()
{
    if (!isOpen())
        return notOpen().error();
    return scalar(StatementId::QueueDepth);
}

Result<qint64> SqliteStorage::channelCursor(const QString &channel)
{
    if (!isOpen())
        return notOpen().error();
    Statement query = statement(StatementId::ChannelCursorGet);
    if (!query.exec({channel}))
        return queryError(query.query());
    return query->next() ? query->value(0).toLongLong() : qint64(0);
}

Result<void> SqliteStorage::advanceChannelCursor(const QString &channel, qint64 position)
{
    if (!isOpen())
        return notOpen().error();
    Statement query = statement(StatementId::ChannelCursorPut);
    if (!query.exec({channel, position, now()}))
        return queryError(query.query());
    return {};
}

Result<std::optional<QString>> SqliteStorage::telegramChatSession(qint64 chatId)
{
    if (!isOpen())
        return notOpen().error();
    Statement query = statement(StatementId::TelegramChatGet);
    if (!query.exec({chatId}))
        return queryError(query.query());
    if (!query->next())
        return std::optional<QString>();
    return std::optional<QString>(query->value(0).toString());
}

Result<void> SqliteStorage::setTelegramChatSession(qint64 chatId, const QString &sessionId)
{
    if (!isOpen())
        return notOpen().error();
    Statement query = statement(StatementId::TelegramChatPut);
    if (!query.exec({chatId, sessionId, now()}))
        return queryError(query.query());
    return {};
}

Result<void> SqliteStorage::setTelegramSentMessage(qint64 updateId, qint64 messageId)
{
    if (!isOpen())
        return notOpen().error();
    Statement query = statement(StatementId::TelegramUpdateSent);
    if (!query.exec({messageId, updateId}))
        return queryError(query.query());
    return {};
}

Result<void> SqliteStorage::markTelegramDelivered(qint64 updateId)
{
    if (!isOpen())
        return notOpen().error();
    Statement query = statement(StatementId::TelegramUpdateDelivered);
    if (!query.exec({updateId}))
        return queryError(query.query());
    return {};
}

Result<QList<TelegramPending>> SqliteStorage::undeliveredTelegramUpdates()
{
    if (!isOpen())
        return notOpen().error();
    Statement query = statement(StatementId::TelegramUndelivered);
    if (!query.exec())
        return queryError(query.query());
    QList<TelegramPending> out;
    while (query->next()) {
        TelegramPending p;
        p.updateId = query->value(0).toLongLong();
        p.chatId = query->value(1).toLongLong();
        p.queueId = query->value(2).toLongLong();
        p.queueState
            = query->value(3).isNull() ? QueueState::Interrupted : stateFromName(query->value(3).toString());
        p.sentMessageId = query->value(4).toLongLong();
        if (!query->value(5).isNull()) {
            StoredMessage m;
            m.id = query->value(5).toLongLong();
            m.sessionId = query->value(6).toString();
            m.seq = query->value(7).toLongLong();
            m.role = MessageRole::Assistant;
            m.content = query->value(8).toString();
            m.createdAtMs = query->value(9).toLongLong();
            p.reply = m;
        }
        out.append(p);
    }
    return out;
}

namespace {
CostTotals totalsFromRow(const QSqlQuery &query)
{
    CostTotals totals;
    totals.costUsd = query.value(0).toDouble();
    totals.inputTokens = query.value(1).toLongLong();
    totals.outputTokens = query.value(2).toLongLong();
    totals.cacheReadTokens = query.value(3).toLongLong();
    totals.cacheWriteTokens = query.value(4).toLongLong();
    totals.calls = query.value(5).toLongLong();
    return totals;
}
} // namespace

Result<CostTotals> SqliteStorage::costSince(qint64 sinceMs)
{
    if (!isOpen())
        return notOpen().error();
    Statement query = statement(StatementId::CostSince);
    if (!query.exec({sinceMs}) || !query->next())
        return queryError(query.query());
    return totalsFromRow(query.query());
}

Result<CostTotals> SqliteStorage::costIn(CostPeriod period, qint64 periodStartMs)
{
    if (!isOpen())
        return notOpen().error();
    Statement query = statement(StatementId::CostTotalsRow);
    if (!query.exec(
            {period == CostPeriod::UtcDay ? QStringLiteral("day") : QStringLiteral("month"), periodStartMs}))
        return queryError(query.query());
    if (!query->next())
        return CostTotals {}; // no row: nothing spent in that period
    return totalsFromRow(query.query());
}

namespace {
QVariant optionalValue(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant();
}

std::optional<qint64> optionalColumn(const QSqlQuery &query, int column)
{
    const QVariant value = query.value(column);
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

ApiKey keyFromRow(const QSqlQuery &query)
{
    ApiKey key;
    key.name = query.value(0).toString();
    key.tokenHash = query.value(1).toByteArray();
    key.deviceKey = query.value(2).toString();
    key.scopes = query.value(3).toString().split(u' ', Qt::SkipEmptyParts);
    key.dailyBudgetMicros = optionalColumn(query, 4);
    key.monthlyBudgetMicros = optionalColumn(query, 5);
    key.expiresAtMs = optionalColumn(query, 6);
    key.createdAtMs = query.value(7).toLongLong();
    key.lastUsedAtMs = optionalColumn(query, 8);
    key.revoked = query.value(9).toInt() != 0;
    return key;
}
} // namespace

Result<void> SqliteStorage::addKey(const ApiKey &key)
{
    if (!isOpen())
        return notOpen();
    // One transaction: the name check and the insert see the same database, whoever else writes.
    WriteTransaction transaction(*this);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    {
        Statement existing = statement(StatementId::KeyByName);
        if (!existing.exec({key.name}))
            return queryError(existing.query());
        if (existing->next())
            return Result<void>::failure(ErrorCode::Conflict,
                                         tr("A key named %1 already exists.").arg(key.name));
    }
    Statement query = statement(StatementId::KeyInsert);
    if (!query.exec({key.name, key.tokenHash.isEmpty() ? QVariant() : QVariant(key.tokenHash),
                     key.deviceKey.isEmpty() ? QVariant() : QVariant(key.deviceKey), key.scopes.join(u' '),
                     optionalValue(key.dailyBudgetMicros), optionalValue(key.monthlyBudgetMicros),
                     optionalValue(key.expiresAtMs), key.createdAtMs ? key.createdAtMs : now()})) {
        // token_hash and device_key are UNIQUE: the same device twice is a conflict, not a fault.
        if (query->lastError().nativeErrorCode() == QLatin1String("2067")
            || query->lastError().nativeErrorCode() == QLatin1String("1555"))
            return Result<void>::failure(ErrorCode::Conflict, tr("That device key already has a name."));
        return queryError(query.query());
    }
    return transaction.commit();
}

Result<QList<ApiKey>> SqliteStorage::keys()
{
    if (!isOpen())
        return notOpen().error();
    Statement query = statement(StatementId::KeysAll);
    if (!query.exec())
        return queryError(query.query());
    QList<ApiKey> keys;
    while (query->next())
        keys.append(keyFromRow(query.query()));
    return keys;
}

Result<std::optional<ApiKey>> SqliteStorage::oneKey(StatementId id, const QVariant &value)
{
    if (!isOpen())
        return notOpen().error();
    Statement query = statement(id);
    if (!query.exec({value}))
        return queryError(query.query());
    if (!query->next())
        return std::optional<ApiKey>();
    return std::optional<ApiKey>(keyFromRow(query.query()));
}

Result<std::optional<ApiKey>> SqliteStorage::keyByName(const QString &name)
{
    return oneKey(StatementId::KeyByName, name);
}

Result<std::optional<ApiKey>> SqliteStorage::keyByTokenHash(const QByteArray &sha256)
{
    return oneKey(StatementId::KeyByTokenHash, sha256);
}

Result<std::optional<ApiKey>> SqliteStorage::keyByDevice(const QString &publicKeyBase64)
{
    return oneKey(StatementId::KeyByDevice, publicKeyBase64);
}

Result<void> SqliteStorage::revokeKey(const QString &name)
{
    if (!isOpen())
        return notOpen();
    Statement query = statement(StatementId::KeyRevoke);
    if (!query.exec({name}))
        return queryError(query.query());
    if (query->numRowsAffected() == 0)
        return Result<void>::failure(ErrorCode::NotFound, tr("There is no key named %1.").arg(name));
    return {};
}

Result<void> SqliteStorage::touchKey(const QString &name, qint64 atMs)
{
    if (!isOpen())
        return notOpen();
    Statement query = statement(StatementId::KeyTouch);
    if (!query.exec({atMs, name}))
        return queryError(query.query());
    return {};
}

Result<CostTotals> SqliteStorage::keyCostIn(const QString &name, CostPeriod period, qint64 periodStartMs)
{
    if (!isOpen())
        return notOpen().error();
    Statement query = statement(StatementId::KeyCostTotalsRow);
    if (!query.exec({name, period == CostPeriod::UtcDay ? QStringLiteral("day") : QStringLiteral("month"),
                     periodStartMs}))
        return queryError(query.query());
    if (!query->next())
        return CostTotals {};
    return totalsFromRow(query.query());
}

Result<SessionPage> SqliteStorage::listSessionsOf(const QString &keyName, int limit,
                                                  const std::optional<SessionCursor> &after)
{
    if (!isOpen())
        return notOpen().error();
    Statement query
        = statement(after ? StatementId::SessionsOfKeyAfter : StatementId::SessionsOfKeyFirstPage);
    const bool ok = after ? query.exec({keyName, after->updatedAtMs, after->id, limit + 1})
                          : query.exec({keyName, limit + 1});
    return sessionPageOf(query, ok, limit);
}

Result<bool> SqliteStorage::sessionOwnedBy(const QString &sessionId, const QString &keyName)
{
    if (!isOpen())
        return notOpen().error();
    Statement query = statement(StatementId::SessionOwnedBy);
    if (!query.exec({sessionId, keyName}))
        return queryError(query.query());
    return query->next();
}

Result<std::optional<QByteArray>> SqliteStorage::vaultMeta(const QString &key)
{
    if (!isOpen())
        return notOpen().error();
    Statement query = statement(StatementId::VaultMetaGet);
    if (!query.exec({key}))
        return queryError(query.query());
    if (!query->next())
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(query->value(0).toByteArray());
}

Result<void> SqliteStorage::setVaultMeta(const QHash<QString, QByteArray> &values)
{
    if (!isOpen())
        return notOpen();
    WriteTransaction transaction(*this);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        Statement query = statement(StatementId::VaultMetaPut);
        if (!query.exec({it.key(), it.value()}))
            return queryError(query.query());
    }
    return transaction.commit();
}

Result<std::optional<VaultRecord>> SqliteStorage::vaultEntry(const QString &name)
{
    if (!isOpen())
        return notOpen().error();
    Statement query = statement(StatementId::VaultEntryGet);
    if (!query.exec({name}))
        return queryError(query.query());
    if (!query->next())
        return std::optional<VaultRecord>();
    return std::optional<VaultRecord>(
        VaultRecord {query->value(0).toString(), query->value(1).toByteArray(), query->value(2).toByteArray(),
                     query->value(3).toLongLong(), query->value(4).toLongLong()});
}

Result<void> SqliteStorage::putVaultEntry(const QString &name, const QByteArray &nonce,
                                          const QByteArray &ciphertext)
{
    if (!isOpen())
        return notOpen();
    const qint64 at = now();
    Statement query = statement(StatementId::VaultEntryPut);
    if (!query.exec({name, nonce, ciphertext, at, at}))
        return queryError(query.query());
    return {};
}

Result<bool> SqliteStorage::removeVaultEntry(const QString &name)
{
    if (!isOpen())
        return notOpen().error();
    Statement query = statement(StatementId::VaultEntryDelete);
    if (!query.exec({name}))
        return queryError(query.query());
    return query->numRowsAffected() > 0;
}

Result<QStringList> SqliteStorage::vaultEntryNames()
{
    if (!isOpen())
        return notOpen().error();
    Statement query = statement(StatementId::VaultEntryNames);
    if (!query.exec())
        return queryError(query.query());
    QStringList names;
    while (query->next())
        names << query->value(0).toString();
    return names;
}

} // namespace blufio
