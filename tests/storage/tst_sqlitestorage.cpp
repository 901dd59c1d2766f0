// SqliteStorage: migrations, refusal of foreign and future databases, and the agent's operations.
#include "StorageTestUtil.h"

#include "common/storage/SqliteStatements.h"
#include "common/storage/SqliteStorage.h"

#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sqlite3.h>

#include <sys/stat.h>

using namespace blufio;
using namespace blufio::test;

class TestSqliteStorage : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void migratesFromEmpty();
    void reopenIsIdempotent();
    void twoInstancesCoexist();
    void futureSchemaRefused();
    void foreignDatabaseRefused();
    void nonSqliteFileRefused();
    void newDatabaseIsPrivate();

    void sessionsLifecycle();
    void appendToUnknownSessionFails();
    void replyCompletesQueueAndLedger();
    void replyTwiceConflicts();
    void crashRecoveryQueue();
    void costSinceDayAndMonth();
    void deleteKeepsLedger();
    void runningTotalsMatchTheLedger();
    void migrationTwoBackfillsTotalsAndCounts();
    void everyStatementUsesAnIndex();
    void triggersUseIndexes();
    void messagePathNeverScans();
    void statementsArePreparedOnce();
    void historyThroughSeq();
    void recentMessagesNewestFirstUntilTheReaderStops();
    void summariesStoredWithTheirCostAndDeletedWithTheSession();
    void sessionCountKeptByTriggers();
    void shedReleasesPageCache();
    void pagesAreStableWhileSessionsArrive();
    void historyPages();
    void vaultRows();
    void telegramUpdateExactlyOnce();
    void apiKeys();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("blufio.db")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSqliteStorage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSqliteStorage::migratesFromEmpty()
{
    SqliteStorage storage(dbPath());
    auto opened = storage.open();
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    QVERIFY(SqliteStorage::latestSchemaVersion() >= 1);
    QCOMPARE(storage.schemaVersion().value(), SqliteStorage::latestSchemaVersion());

    QStringList rows;
    QVERIFY(
        sqliteExec(dbPath(), QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'"), &rows));
    for (const QString &table : SqliteStorage::requiredTables())
        QVERIFY2(rows.contains(table), qPrintable(table));
    rows.clear();
    QVERIFY(sqliteExec(dbPath(), QStringLiteral("PRAGMA application_id"), &rows));
    QCOMPARE(rows.value(0).toLongLong(), qint64(SqliteStorage::ApplicationId));
    rows.clear();
    QVERIFY(sqliteExec(dbPath(), QStringLiteral("PRAGMA journal_mode"), &rows));
    QCOMPARE(rows.value(0), QStringLiteral("wal"));
    QVERIFY(storage.ping().ok());
    QVERIFY(storage.checkIntegrity().ok());
    // The file holds the vault: owner only.
    QCOMPARE(QFile::permissions(dbPath()) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
}

void TestSqliteStorage::reopenIsIdempotent()
{
    QString id;
    {
        SqliteStorage storage(dbPath());
        QVERIFY(storage.open().ok());
        id = storage.createSession()->id;
        QVERIFY(storage.appendUserMessage(id, QStringLiteral("hello")).ok());
    }
    for (int round = 0; round < 2; ++round) {
        SqliteStorage storage(dbPath());
        auto opened = storage.open();
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        QCOMPARE(storage.schemaVersion().value(), SqliteStorage::latestSchemaVersion());
        auto detail = storage.session(id);
        QVERIFY(detail.ok());
        QCOMPARE(detail->messages.size(), 1);
        QCOMPARE(storage.sessionCount().value(), 1);
    }
}

void TestSqliteStorage::twoInstancesCoexist()
{
    SqliteStorage first(dbPath());
    SqliteStorage second(dbPath());
    QVERIFY(first.open().ok());
    QVERIFY(second.open().ok());
    QVERIFY(first.connectionName() != second.connectionName());
    auto session = first.createSession();
    QVERIFY(session.ok());
    QCOMPARE(second.sessionExists(session->id).value(), true);
    QVERIFY(first.handle() != nullptr);
    QVERIFY(first.handle() != second.handle());
}

void TestSqliteStorage::futureSchemaRefused()
{
    {
        SqliteStorage storage(dbPath());
        QVERIFY(storage.open().ok());
    }
    const int future = SqliteStorage::latestSchemaVersion() + 1;
    QVERIFY(sqliteExec(dbPath(), QStringLiteral("PRAGMA user_version = %1").arg(future)));
    const QByteArray before = fileSha256(dbPath());

    SqliteStorage storage(dbPath());
    auto opened = storage.open();
    QVERIFY(!opened.ok());
    QCOMPARE(opened.code(), ErrorCode::SchemaTooNew);
    QVERIFY2(opened.errorMessage().contains(QString::number(future)), qPrintable(opened.errorMessage()));
    QVERIFY2(opened.errorMessage().contains(QString::number(SqliteStorage::latestSchemaVersion())),
             qPrintable(opened.errorMessage()));
    QVERIFY(!storage.isOpen());
    QCOMPARE(fileSha256(dbPath()), before);
}

void TestSqliteStorage::foreignDatabaseRefused()
{
    QVERIFY(sqliteExec(dbPath(),
                       QStringLiteral("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('x')")));
    const QByteArray before = fileSha256(dbPath());
    SqliteStorage storage(dbPath());
    auto opened = storage.open();
    QCOMPARE(opened.code(), ErrorCode::NotBlufio);
    QCOMPARE(fileSha256(dbPath()), before);
}

void TestSqliteStorage::nonSqliteFileRefused()
{
    QFile file(dbPath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    const QByteArray before = fileSha256(dbPath());
    SqliteStorage storage(dbPath());
    auto opened = storage.open();
    QVERIFY(!opened.ok());
    QCOMPARE(opened.code(), ErrorCode::NotSqlite);
    QCOMPARE(fileSha256(dbPath()), before);
}

void TestSqliteStorage::sessionsLifecycle()
{
    SqliteStorage storage(dbPath());
    QVERIFY(storage.open().ok());
    qint64 clock = 1'700'000'000'000;
    storage.setClock([&clock] { return clock; });

    auto a = storage.createSession();
    QVERIFY(a.ok());
    QVERIFY(!QUuid::fromString(a->id).isNull());
    clock += 1000;
    auto b = storage.createSession();
    QVERIFY(b.ok());
    QCOMPARE(storage.sessionExists(a->id).value(), true);
    QCOMPARE(storage.sessionExists(QStringLiteral("nope")).value(), false);

    clock += 1000;
    QVERIFY(storage.appendUserMessage(a->id, QStringLiteral("first")).ok());
    clock += 1000;
    QVERIFY(storage.appendUserMessage(a->id, QStringLiteral("second")).ok());

    auto page = storage.listSessions(50);
    QVERIFY(page.ok());
    const QList<SessionInfo> *list = &page->sessions;
    QVERIFY(!page->next);
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).id, a->id); // most recently updated first
    QCOMPARE(list->at(0).messageCount, 2);
    QCOMPARE(list->at(0).updatedAtMs, clock);
    QCOMPARE(list->at(1).messageCount, 0);

    auto detail = storage.session(a->id);
    QVERIFY(detail.ok());
    QCOMPARE(detail->messages.size(), 2);
    QCOMPARE(detail->messages[0].content, QStringLiteral("first"));
    QCOMPARE(detail->messages[1].content, QStringLiteral("second"));
    QCOMPARE(detail->messages[1].seq, 2);
    QCOMPARE(storage.sessionCount().value(), 2);

    QVERIFY(storage.deleteSession(b->id).ok());
    QCOMPARE(storage.deleteSession(b->id).code(), ErrorCode::NotFound);
    QCOMPARE(storage.session(b->id).code(), ErrorCode::NotFound);
    QCOMPARE(storage.sessionCount().value(), 1);
}

void TestSqliteStorage::appendToUnknownSessionFails()
{
    SqliteStorage storage(dbPath());
    QVERIFY(storage.open().ok());
    auto appended = storage.appendUserMessage(QStringLiteral("missing"), QStringLiteral("x"));
    QCOMPARE(appended.code(), ErrorCode::NotFound);
    QCOMPARE(storage.queueDepth().value(), 0);
}

void TestSqliteStorage::replyCompletesQueueAndLedger()
{
    SqliteStorage storage(dbPath());
    QVERIFY(storage.open().ok());
    const QString id = storage.createSession()->id;
    auto user = storage.appendUserMessage(id, QStringLiteral("question"));
    QVERIFY(user.ok());
    QCOMPARE(storage.queueDepth().value(), 1);
    QVERIFY(storage.markInProgress(user->queueId).ok());
    auto items = storage.unfinishedQueueItems();
    QCOMPARE(items->size(), 1);
    QCOMPARE(items->at(0).state, QueueState::InProgress);
    QCOMPARE(items->at(0).attempts, 1);
    QCOMPARE(items->at(0).messageId, user->message.id);

    const Usage usage {QStringLiteral("claude-test"), 100, 50, 10, 5, 0.0123};
    auto reply = storage.completeReply(user->queueId, QStringLiteral("answer"), usage);
    QVERIFY2(reply.ok(), qPrintable(reply.errorMessage()));
    QCOMPARE(reply->role, MessageRole::Assistant);
    QCOMPARE(reply->seq, 2);
    QCOMPARE(storage.queueDepth().value(), 0);
    QVERIFY(storage.unfinishedQueueItems()->isEmpty());

    auto detail = storage.session(id);
    QCOMPARE(detail->messages.size(), 2);
    QCOMPARE(detail->messages[1].content, QStringLiteral("answer"));
    auto totals = storage.costSince(0);
    QVERIFY(totals.ok());
    QCOMPARE(totals->calls, 1);
    QCOMPARE(totals->inputTokens, 100);
    QCOMPARE(totals->outputTokens, 50);
    QCOMPARE(totals->cacheReadTokens, 10);
    QCOMPARE(totals->cacheWriteTokens, 5);
    QCOMPARE(totals->costUsd, 0.0123);
}

void TestSqliteStorage::replyTwiceConflicts()
{
    SqliteStorage storage(dbPath());
    QVERIFY(storage.open().ok());
    const QString id = storage.createSession()->id;
    auto user = storage.appendUserMessage(id, QStringLiteral("q"));
    QVERIFY(storage.completeReply(user->queueId, QStringLiteral("a"), {}).ok());
    auto again = storage.completeReply(user->queueId, QStringLiteral("b"), {});
    QCOMPARE(again.code(), ErrorCode::Conflict);
    // The failed transaction left nothing behind.
    QCOMPARE(storage.session(id)->messages.size(), 2);
    QCOMPARE(storage.costSince(0)->calls, 1);
    QCOMPARE(storage.completeReply(9999, QStringLiteral("c"), {}).code(), ErrorCode::NotFound);
}

void TestSqliteStorage::crashRecoveryQueue()
{
    QList<qint64> queued;
    {
        SqliteStorage storage(dbPath());
        QVERIFY(storage.open().ok());
        const QString id = storage.createSession()->id;
        for (int i = 0; i < 3; ++i)
            queued << storage.appendUserMessage(id, QStringLiteral("m%1").arg(i))->queueId;
        QVERIFY(storage.markInProgress(queued[1]).ok());
        QVERIFY(storage.completeReply(queued[2], QStringLiteral("done"), {}).ok());
    } // "crash": closed with two items unanswered
    SqliteStorage storage(dbPath());
    QVERIFY(storage.open().ok());
    auto items = storage.unfinishedQueueItems();
    QVERIFY(items.ok());
    QCOMPARE(items->size(), 2);
    QCOMPARE(items->at(0).id, queued[0]);
    QCOMPARE(items->at(1).id, queued[1]);
    QList<qint64> ids {queued[0], queued[1], queued[2]};
    QCOMPARE(storage.markInterrupted(ids).value(), 2); // the answered one stays answered
    QVERIFY(storage.unfinishedQueueItems()->isEmpty());
}

void TestSqliteStorage::costSinceDayAndMonth()
{
    SqliteStorage storage(dbPath());
    QVERIFY(storage.open().ok());
    // 2026-03-15 12:00 UTC, then the 14th (same month) and February (previous month).
    const qint64 now = QDateTime(QDate(2026, 3, 15), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
    qint64 clock = now;
    storage.setClock([&clock] { return clock; });
    QVERIFY(storage.recordCost({}, {QStringLiteral("m"), 1, 1, 0, 0, 1.0}).ok());
    clock = now - 24 * 3600 * 1000;
    QVERIFY(storage.recordCost({}, {QStringLiteral("m"), 1, 1, 0, 0, 2.0}).ok());
    clock = QDateTime(QDate(2026, 2, 28), QTime(23, 59), Qt::UTC).toMSecsSinceEpoch();
    QVERIFY(storage.recordCost({}, {QStringLiteral("m"), 1, 1, 0, 0, 4.0}).ok());

    QCOMPARE(Storage::startOfUtcDay(now),
             QDateTime(QDate(2026, 3, 15), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
    QCOMPARE(Storage::startOfUtcMonth(now),
             QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
    QCOMPARE(storage.costSince(Storage::startOfUtcDay(now))->costUsd, 1.0);
    QCOMPARE(storage.costSince(Storage::startOfUtcMonth(now))->costUsd, 3.0);
    QCOMPARE(storage.costSince(0)->costUsd, 7.0);
}

void TestSqliteStorage::deleteKeepsLedger()
{
    SqliteStorage storage(dbPath());
    QVERIFY(storage.open().ok());
    const QString id = storage.createSession()->id;
    auto user = storage.appendUserMessage(id, QStringLiteral("q"));
    QVERIFY(storage.completeReply(user->queueId, QStringLiteral("a"), {QStringLiteral("m"), 1, 1, 0, 0, 0.5})
                .ok());
    QVERIFY(storage.deleteSession(id).ok());
    QStringList rows;
    QVERIFY(sqliteExec(dbPath(), QStringLiteral("SELECT COUNT(*) FROM messages"), &rows));
    QCOMPARE(rows.value(0), QStringLiteral("0"));
    rows.clear();
    QVERIFY(sqliteExec(dbPath(), QStringLiteral("SELECT COUNT(*) FROM queue"), &rows));
    QCOMPARE(rows.value(0), QStringLiteral("0"));
    // Deleting a session must not refund the budget.
    QCOMPARE(storage.costSince(0)->costUsd, 0.5);
}

void TestSqliteStorage::vaultRows()
{
    SqliteStorage storage(dbPath());
    QVERIFY(storage.open().ok());
    QVERIFY(!storage.vaultMeta(QStringLiteral("salt"))->has_value());
    QVERIFY(storage.setVaultMeta({{QStringLiteral("salt"), QByteArrayLiteral("\x01\x02")}}).ok());
    QCOMPARE(storage.vaultMeta(QStringLiteral("salt"))->value(), QByteArrayLiteral("\x01\x02"));
    QVERIFY(storage.putVaultEntry(QStringLiteral("b"), "n", "c").ok());
    QVERIFY(storage.putVaultEntry(QStringLiteral("a"), "n", "c").ok());
    QVERIFY(storage.putVaultEntry(QStringLiteral("a"), "n2", "c2").ok());
    QCOMPARE(storage.vaultEntryNames().value(), QStringList({QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(storage.vaultEntry(QStringLiteral("a"))->value().ciphertext, QByteArray("c2"));
    QCOMPARE(storage.removeVaultEntry(QStringLiteral("a")).value(), true);
    QCOMPARE(storage.removeVaultEntry(QStringLiteral("a")).value(), false);
}

void TestSqliteStorage::newDatabaseIsPrivate()
{
    // The vault is in here. Under the loosest umask the file and the -wal/-shm SQLite makes next to
    // it are 0600, and the file never had another mode (it is created so, not chmod-ed later).
    const mode_t saved = ::umask(0);
    SqliteStorage storage(dbPath());
    const Result<void> opened = storage.open();
    const bool written = opened.ok() && storage.createSession().ok(); // makes the -wal
    ::umask(saved);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    QVERIFY(written);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        struct stat st
        {
        };
        QVERIFY2(::stat(QFile::encodeName(dbPath() + suffix).constData(), &st) == 0, qPrintable(suffix));
        QCOMPARE(QString::number(st.st_mode & 0777, 8), QStringLiteral("600"));
    }
}

void TestSqliteStorage::apiKeys()
{
    SqliteStorage storage(dbPath());
    QVERIFY(storage.open().ok());
    ApiKey phone;
    phone.name = QStringLiteral("phone");
    phone.tokenHash = QByteArray(32, 'p');
    phone.scopes = {QStringLiteral("chat")};
    phone.dailyBudgetMicros = 1000000;
    phone.expiresAtMs = Storage::nowMs() + 3600 * 1000;
    QVERIFY(storage.addKey(phone).ok());
    QCOMPARE(storage.addKey(phone).code(), ErrorCode::Conflict); // the name is taken for good
    ApiKey device;
    device.name = QStringLiteral("tablet");
    device.deviceKey = QStringLiteral("dGFibGV0");
    device.scopes = {QStringLiteral("read")};
    QVERIFY(storage.addKey(device).ok());
    device.name = QStringLiteral("tablet2");
    QCOMPARE(storage.addKey(device).code(), ErrorCode::Conflict); // the same device twice

    const std::optional<ApiKey> found = storage.keyByTokenHash(QByteArray(32, 'p')).value();
    QVERIFY(found);
    QCOMPARE(found->name, QStringLiteral("phone"));
    QCOMPARE(found->scopes, QStringList {QStringLiteral("chat")});
    QCOMPARE(found->dailyBudgetMicros, std::optional<qint64>(1000000));
    QVERIFY(!found->monthlyBudgetMicros);
    QVERIFY(found->usableAt(Storage::nowMs()));
    QVERIFY(!found->usableAt(*phone.expiresAtMs));
    QCOMPARE(storage.keyByDevice(QStringLiteral("dGFibGV0")).value()->name, QStringLiteral("tablet"));

    // Spend lands in the key's running totals in the ledger row's transaction; other rows do not.
    const QString session = storage.createSession(QStringLiteral("phone"))->id;
    QVERIFY(storage.sessionOwnedBy(session, QStringLiteral("phone")).value());
    QVERIFY(!storage.sessionOwnedBy(session, QStringLiteral("tablet")).value());
    Usage usage;
    usage.model = QStringLiteral("m");
    usage.costUsd = 0.25;
    usage.keyName = QStringLiteral("phone");
    QVERIFY(storage.recordCost(session, usage).ok());
    QVERIFY(storage.recordCost(session, usage).ok());
    usage.keyName.clear();
    QVERIFY(storage.recordCost(session, usage).ok());
    const qint64 now = Storage::nowMs();
    const CostTotals day
        = storage.keyCostIn(QStringLiteral("phone"), Storage::CostPeriod::UtcDay, Storage::startOfUtcDay(now))
              .value();
    QCOMPARE(day.costUsd, 0.5);
    QCOMPARE(day.calls, 2);
    QCOMPARE(
        storage
            .keyCostIn(QStringLiteral("phone"), Storage::CostPeriod::UtcMonth, Storage::startOfUtcMonth(now))
            .value()
            .calls,
        2);
    QCOMPARE(storage.costIn(Storage::CostPeriod::UtcDay, Storage::startOfUtcDay(now)).value().calls, 3);
    QCOMPARE(storage.listSessionsOf(QStringLiteral("phone"), 10).value().sessions.size(), 1);
    QCOMPARE(storage.listSessionsOf(QStringLiteral("tablet"), 10).value().sessions.size(), 0);

    QVERIFY(storage.touchKey(QStringLiteral("phone"), 1234).ok());
    QCOMPARE(storage.keyByName(QStringLiteral("phone")).value()->lastUsedAtMs, std::optional<qint64>(1234));
    QVERIFY(storage.revokeKey(QStringLiteral("phone")).ok());
    QVERIFY(!storage.keyByName(QStringLiteral("phone")).value()->usableAt(now));
    QCOMPARE(storage.revokeKey(QStringLiteral("nobody")).code(), ErrorCode::NotFound);
    QCOMPARE(storage.keys().value().size(), 2);
}

QTEST_GUILESS_MAIN(TestSqliteStorage)
#include "tst_sqlitestorage.moc"

// Issue [8]: the budget reads one row of running totals; they must equal the ledger's sums for
// every UTC day and month, across rollovers, restarts and deleted sessions.
void TestSqliteStorage::runningTotalsMatchTheLedger()
{
    const qint64 start = QDateTime(QDate(2026, 1, 31), QTime(22, 0), Qt::UTC).toMSecsSinceEpoch();
    qint64 clock = start;
    QList<QPair<qint64, double>> spent;
    {
        SqliteStorage storage(dbPath());
        QVERIFY(storage.open().ok());
        storage.setClock([&clock] { return clock; });
        const QString id = storage.createSession()->id;
        // Every 37 minutes for three days: through midnight twice and the end of January.
        for (int i = 0; i < 120; ++i) {
            clock = start + qint64(i) * 37 * 60 * 1000;
            const double cost = 0.001 * (i % 7 + 1);
            if (i % 3 == 0) {
                auto user = storage.appendUserMessage(id, QStringLiteral("q"));
                QVERIFY(user.ok());
                QVERIFY(storage
                            .completeReply(user->queueId, QStringLiteral("a"),
                                           {QStringLiteral("m"), 3, 2, 1, 0, cost})
                            .ok());
            } else {
                QVERIFY(
                    storage.recordCost(i % 2 ? id : QString(), {QStringLiteral("m"), 3, 2, 1, 0, cost}).ok());
            }
            spent.append({clock, cost});
        }
        QVERIFY(storage.deleteSession(id).ok());
    }
    SqliteStorage reopened(dbPath()); // after a restart
    QVERIFY(reopened.open().ok());
    for (const qint64 at : {start, start + 2 * 3600 * 1000, start + 26 * 3600 * 1000, spent.last().first}) {
        for (const auto kind : {Storage::CostPeriod::UtcDay, Storage::CostPeriod::UtcMonth}) {
            const qint64 from = kind == Storage::CostPeriod::UtcDay ? Storage::startOfUtcDay(at)
                                                                    : Storage::startOfUtcMonth(at);
            const qint64 to = kind == Storage::CostPeriod::UtcDay
                ? from + 24 * 3600 * 1000
                : QDateTime::fromMSecsSinceEpoch(from, Qt::UTC).addMonths(1).toMSecsSinceEpoch();
            double expected = 0;
            qint64 calls = 0;
            for (const auto &[when, cost] : std::as_const(spent)) {
                if (when >= from && when < to) {
                    expected += cost;
                    ++calls;
                }
            }
            const Result<CostTotals> totals = reopened.costIn(kind, from);
            QVERIFY(totals.ok());
            QVERIFY2(qAbs(totals->costUsd - expected) < 1e-9,
                     qPrintable(QString::number(totals->costUsd - expected)));
            QCOMPARE(totals->calls, calls);
            QCOMPARE(totals->inputTokens, calls * 3);
            QCOMPARE(totals->cacheReadTokens, calls);
        }
    }
    // A period without spending has no row and costs nothing.
    QCOMPARE(reopened.costIn(Storage::CostPeriod::UtcMonth, Storage::startOfUtcMonth(start) - 1)->costUsd,
             0.0);
}

void TestSqliteStorage::migrationTwoBackfillsTotalsAndCounts()
{
    // A database as migration 1 left it, with history, upgraded on open.
    QString migration1;
    {
        QFile f(QStringLiteral(":/blufio/migrations/0001_initial.sql"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        migration1 = QString::fromUtf8(f.readAll());
    }
    const qint64 day = QDateTime(QDate(2026, 4, 30), QTime(23, 0), Qt::UTC).toMSecsSinceEpoch();
    QVERIFY(sqliteExec(
        dbPath(),
        migration1
            + QStringLiteral(
                  "INSERT INTO sessions VALUES ('a', 0, 0), ('b', 0, 0);"
                  "INSERT INTO messages (session_id, seq, role, content, created_at) VALUES"
                  " ('a', 1, 'user', 'x', 0), ('a', 2, 'assistant', 'y', 0), ('b', 1, 'user', 'z', 0);"
                  "INSERT INTO cost_ledger (session_id, model, cost_usd, input_tokens, created_at) VALUES"
                  " ('a', 'm', 0.5, 10, %1), (NULL, 'm', 0.25, 5, %2), ('b', 'm', 1.0, 1, %3);"
                  "PRAGMA user_version = 1;")
                  .arg(day)
                  .arg(day + 2 * 3600 * 1000)
                  .arg(day + 3 * 3600 * 1000)));
    SqliteStorage storage(dbPath());
    QVERIFY(storage.open().ok());
    QCOMPARE(storage.schemaVersion().value(), SqliteStorage::latestSchemaVersion());
    QCOMPARE(storage.costIn(Storage::CostPeriod::UtcDay, Storage::startOfUtcDay(day))->costUsd, 0.5);
    QCOMPARE(storage.costIn(Storage::CostPeriod::UtcMonth, Storage::startOfUtcMonth(day))->costUsd, 0.5);
    QCOMPARE(storage.costIn(Storage::CostPeriod::UtcMonth, Storage::startOfUtcMonth(day + 2 * 3600 * 1000))
                 ->costUsd,
             1.25);
    QCOMPARE(
        storage.costIn(Storage::CostPeriod::UtcMonth, Storage::startOfUtcMonth(day + 2 * 3600 * 1000))->calls,
        2);
    const auto sessions = storage.listSessions(50);
    QVERIFY(sessions.ok());
    QHash<QString, qint64> counts;
    for (const SessionInfo &s : sessions->sessions)
        counts.insert(s.id, s.messageCount);
    QCOMPARE(counts.value(QStringLiteral("a")), 2);
    QCOMPARE(counts.value(QStringLiteral("b")), 1);
    // And the counts follow new messages.
    QVERIFY(storage.appendUserMessage(QStringLiteral("b"), QStringLiteral("again")).ok());
    const auto again = storage.listSessions(50);
    for (const SessionInfo &s : again->sessions)
        counts.insert(s.id, s.messageCount);
    QCOMPARE(counts.value(QStringLiteral("b")), 2);
    QCOMPARE(storage.sessionCount().value(), 2); // migration 3 counted them
}

namespace {

// EXPLAIN QUERY PLAN of one statement on an open connection: the plan's lines, or the error.
QStringList queryPlan(sqlite3 *db, const QString &sql, QString *error)
{
    QStringList lines;
    sqlite3_stmt *statement = nullptr;
    const QByteArray text = "EXPLAIN QUERY PLAN " + sql.toUtf8();
    if (sqlite3_prepare_v2(db, text.constData(), int(text.size()), &statement, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return lines;
    }
    while (sqlite3_step(statement) == SQLITE_ROW)
        lines << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 3)));
    sqlite3_finalize(statement);
    return lines;
}

// Why a plan line is a problem, or empty. A SCAN walks a whole table or index unless a LIMIT on the
// index's own order stops it; only the schema and the vault (a handful of rows each) may be scanned.
QString planProblem(const QString &line, SqliteStatements::Access access)
{
    if (line.contains(u"AUTOMATIC"))
        return QStringLiteral("builds an automatic index, which scans the table");
    if (line.startsWith(u"SCAN ")) {
        const QString what = line.section(u' ', 1, 1);
        for (const char *small : {"CONSTANT", "sqlite_master", "sqlite_schema", "vault_entries", "vault_meta",
                                  "api_keys"} /* keys are few: `keys list` reads them all */) {
            if (what == QLatin1StringView(small))
                return {};
        }
        if (access == SqliteStatements::Access::LimitedIndexScan
            && (line.contains(u" USING INDEX ") || line.contains(u" USING COVERING INDEX ")))
            return {};
        return QStringLiteral("scans");
    }
    if (access == SqliteStatements::Access::LimitedIndexScan && line.contains(u"TEMP B-TREE"))
        return QStringLiteral("sorts instead of reading the index in order, so LIMIT does not bound it");
    return {};
}

// The statements of every trigger body, with NEW.x and OLD.x as parameters.
QStringList triggerStatements(sqlite3 *db)
{
    QStringList out;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name", -1,
                           &statement, nullptr)
        != SQLITE_OK)
        return out;
    static const QRegularExpression rowRef(QStringLiteral("\\b(NEW|OLD)\\.\\w+"));
    while (sqlite3_step(statement) == SQLITE_ROW) {
        const QString sql
            = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 1)));
        const qsizetype begin = sql.indexOf(QStringLiteral("BEGIN"));
        const qsizetype end = sql.lastIndexOf(QStringLiteral("END"));
        if (begin < 0 || end < begin)
            continue;
        for (QString body : sql.mid(begin + 5, end - begin - 5).split(u';', Qt::SkipEmptyParts)) {
            body = body.trimmed();
            if (!body.isEmpty())
                out << body.replace(rowRef, QStringLiteral("?"));
        }
    }
    sqlite3_finalize(statement);
    return out;
}

// Rows straight through SQL: `sessions` sessions of `perSession` messages, the ledger rows of their
// replies and answered queue rows, so a scan of any of those tables has plenty to walk.
bool prefill(sqlite3 *db, int sessions, int perSession, int contentBytes = 100)
{
    const QString script = QStringLiteral(
        "BEGIN;"
        // The key messageCycle() works through, there before the cycle (adding it is not the path).
        "INSERT INTO api_keys (name, token_hash, scopes, daily_budget_micros, created_at) "
        "VALUES ('cycle', zeroblob(32), 'chat', 1000000, 1);"
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
        "INSERT INTO sessions (id, created_at, updated_at) SELECT 'prefill-' || i, i, i FROM n;"
        "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %1 * %2 - 1) "
        "INSERT INTO messages (session_id, seq, role, content, created_at) "
        "SELECT 'prefill-' || (i / %2 + 1), i % %2 + 1, "
        "CASE i % 2 WHEN 0 THEN 'user' ELSE 'assistant' END, hex(randomblob(%3 / 2)), i FROM n;"
        "INSERT INTO queue (session_id, message_id, state, attempts, created_at, updated_at) "
        "SELECT session_id, id, 'answered', 1, created_at, created_at FROM messages WHERE role = 'user';"
        "INSERT INTO cost_ledger (session_id, message_id, model, input_tokens, output_tokens, cost_usd, "
        "created_at) SELECT session_id, id, 'm', 10, 5, 0.001, created_at FROM messages "
        "WHERE role = 'assistant';"
        "COMMIT;");
    const QByteArray sql = script.arg(sessions).arg(perSession).arg(contentBytes).toUtf8();
    return sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
}

// Everything the daemon does to storage for one POST /v1/messages, one GET /v1/health, the session
// list and a session's page, and a DELETE: the message path of SqliteStatements::Use::MessagePath.
void messageCycle(SqliteStorage &storage, const QString &existing)
{
    const qint64 now = Storage::nowMs();
    QVERIFY(storage.costIn(Storage::CostPeriod::UtcDay, Storage::startOfUtcDay(now)).ok());
    QVERIFY(storage.costIn(Storage::CostPeriod::UtcMonth, Storage::startOfUtcMonth(now)).ok());
    QVERIFY(storage.sessionExists(existing).value());
    const QString session = storage.createSession()->id;
    auto user = storage.appendUserMessage(session, QStringLiteral("question"));
    QVERIFY(user.ok());
    QVERIFY(storage.markInProgress(user->queueId).ok());
    QCOMPARE(storage.history(session, user->message.seq)->size(), 1);
    Usage usage;
    usage.model = QStringLiteral("m");
    usage.inputTokens = 10;
    usage.costUsd = 0.01;
    QVERIFY(storage.completeReply(user->queueId, QStringLiteral("answer"), usage).ok());
    auto again = storage.appendUserMessage(existing, QStringLiteral("and again"));
    QVERIFY(again.ok());
    QVERIFY(storage.history(existing, again->message.seq)->size() > 1);
    QCOMPARE(storage.markInterrupted({again->queueId}).value(), 1);
    QVERIFY(storage.recordCost(existing, usage).ok());
    QVERIFY(storage.schemaVersion().ok());
    QVERIFY(storage.sessionCount().ok());
    QVERIFY(storage.ping().ok());
    QVERIFY(storage.queueDepth().ok());
    QVERIFY(storage.sessionPage(existing, 5, std::nullopt)->messages.size() == 5);
    QVERIFY(storage.listSessions(5, SessionCursor {now, session}).ok());
    QVERIFY(storage.deleteSession(session).ok());

    // The same through an API key ([12]): lookup, budget rows, its own sessions, its ledger rows.
    const QString keyName = QStringLiteral("cycle");
    if (!storage.keyByName(keyName).value()) {
        ApiKey key;
        key.name = keyName;
        key.tokenHash = QByteArray(32, '\0');
        key.scopes = {QStringLiteral("chat")};
        key.dailyBudgetMicros = 1000000;
        QVERIFY(storage.addKey(key).ok());
    }
    QVERIFY(storage.keyByTokenHash(QByteArray(32, '\0')).value().has_value());
    QVERIFY(!storage.keyByDevice(QStringLiteral("AAAA")).value().has_value());
    QVERIFY(storage.touchKey(keyName, now).ok());
    QVERIFY(storage.keyCostIn(keyName, Storage::CostPeriod::UtcDay, Storage::startOfUtcDay(now)).ok());
    QVERIFY(storage.keyCostIn(keyName, Storage::CostPeriod::UtcMonth, Storage::startOfUtcMonth(now)).ok());
    const QString keyed = storage.createSession(keyName)->id;
    QVERIFY(storage.sessionOwnedBy(keyed, keyName).value());
    auto asked = storage.appendUserMessage(keyed, QStringLiteral("keyed question"));
    QVERIFY(asked.ok());
    Usage keyedUsage = usage;
    keyedUsage.keyName = keyName;
    QVERIFY(storage.completeReply(asked->queueId, QStringLiteral("keyed answer"), keyedUsage).ok());
    QVERIFY(storage.listSessionsOf(keyName, 5).ok());
    QVERIFY(storage.listSessionsOf(keyName, 5, SessionCursor {now, keyed}).ok());
}

} // namespace

void TestSqliteStorage::everyStatementUsesAnIndex()
{
    SqliteStorage storage(dbPath());
    QVERIFY(storage.open().ok());
    int checked = 0;
    for (const SqliteStatements::Statement &statement : SqliteStatements::all()) {
        const QString sql = QString::fromLatin1(statement.sql);
        QString error;
        const QStringList plan = queryPlan(storage.handle(), sql, &error);
        QVERIFY2(error.isEmpty(), qPrintable(QLatin1StringView(statement.name) + u": " + error));
        for (const QString &line : plan) {
            const QString problem = planProblem(line, statement.access);
            QVERIFY2(problem.isEmpty(),
                     qPrintable(QLatin1StringView(statement.name) + u' ' + problem + u": " + sql + u"\n  "
                                + plan.join(QStringLiteral("\n  "))));
        }
        if (statement.access == SqliteStatements::Access::LimitedIndexScan)
            QVERIFY2(sql.contains(QStringLiteral(" LIMIT ")), statement.name);
        ++checked;
    }
    QCOMPARE(checked, int(SqliteStatements::kCount));
    // The check sees what it must refuse: the COUNT(*) /v1/health ran before migration 3, and a filter
    // on a column without an index.
    QString error;
    for (const char *scanning :
         {"SELECT COUNT(*) FROM sessions", "SELECT id FROM messages WHERE content = ?"}) {
        bool refused = false;
        for (const QString &line : queryPlan(storage.handle(), QString::fromLatin1(scanning), &error))
            refused = refused || !planProblem(line, SqliteStatements::Access::Indexed).isEmpty();
        QVERIFY2(refused, scanning);
    }
}

void TestSqliteStorage::telegramUpdateExactlyOnce()
{
    SqliteStorage storage(dbPath());
    QVERIFY(storage.open().ok());
    QCOMPARE(storage.channelCursor(QStringLiteral("telegram")).value(), qint64(0));
    const QString session = storage.createSession()->id;
    // The message, its queue item, the chat's session, the update's record and the offset: one
    // transaction.
    auto first = storage.appendChannelMessage(session, QStringLiteral("hi"), {101, 42});
    QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
    QCOMPARE(storage.channelCursor(QStringLiteral("telegram")).value(), qint64(101));
    QCOMPARE(storage.telegramChatSession(42).value(), std::optional<QString>(session));
    QVERIFY(!storage.telegramChatSession(43).value().has_value());
    // Received twice: refused, nothing added.
    auto again = storage.appendChannelMessage(session, QStringLiteral("hi"), {101, 42});
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    QCOMPARE(storage.session(session)->messages.size(), 1);
    // The cursor never goes back.
    QVERIFY(storage.advanceChannelCursor(QStringLiteral("telegram"), 99).ok());
    QCOMPARE(storage.channelCursor(QStringLiteral("telegram")).value(), qint64(101));
    QVERIFY(storage.advanceChannelCursor(QStringLiteral("telegram"), 105).ok());
    QCOMPARE(storage.channelCursor(QStringLiteral("telegram")).value(), qint64(105));

    // Unanswered: pending, no reply.
    QList<TelegramPending> pending = storage.undeliveredTelegramUpdates().value();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().updateId, qint64(101));
    QCOMPARE(pending.first().chatId, qint64(42));
    QCOMPARE(pending.first().queueId, first->queueId);
    QCOMPARE(pending.first().queueState, QueueState::Pending);
    QVERIFY(!pending.first().reply);
    // A second user message waits behind it, so "the newest message" of the session is the reply only
    // at the moment it is stored.
    auto second = storage.appendChannelMessage(session, QStringLiteral("and?"), {106, 42});
    QVERIFY(second.ok());
    QVERIFY(storage.setTelegramSentMessage(101, 7).ok());
    QVERIFY(storage.completeReply(first->queueId, QStringLiteral("hello"), Usage {}).ok());
    pending = storage.undeliveredTelegramUpdates().value();
    QCOMPARE(pending.size(), 2);
    QCOMPARE(pending.first().queueState, QueueState::Answered);
    QVERIFY(pending.first().reply);
    QCOMPARE(pending.first().reply->content, QStringLiteral("hello"));
    QCOMPARE(pending.first().sentMessageId, qint64(7));
    QVERIFY(!pending.at(1).reply);
    QVERIFY(storage.markTelegramDelivered(101).ok());
    pending = storage.undeliveredTelegramUpdates().value();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().updateId, qint64(106));

    // /new points the chat elsewhere; deleting that session frees the chat.
    const QString other = storage.createSession()->id;
    QVERIFY(storage.setTelegramChatSession(42, other).ok());
    QCOMPARE(storage.telegramChatSession(42).value(), std::optional<QString>(other));
    QVERIFY(storage.deleteSession(other).ok());
    QVERIFY(!storage.telegramChatSession(42).value().has_value());
    // A deleted session leaves its updates without a queue item.
    QVERIFY(storage.deleteSession(session).ok());
    pending = storage.undeliveredTelegramUpdates().value();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().queueId, qint64(0));
    QVERIFY(!pending.first().reply);
}

void TestSqliteStorage::triggersUseIndexes()
{
    // EXPLAIN QUERY PLAN does not show trigger programs, so each statement of each trigger body is
    // checked on its own, read from the schema the migrations made.
    SqliteStorage storage(dbPath());
    QVERIFY(storage.open().ok());
    const QStringList statements = triggerStatements(storage.handle());
    QVERIFY(statements.size()
            >= 6); // two per trigger of migration 2's ledger trigger, one each for the counters
    for (const QString &sql : statements) {
        QString error;
        const QStringList plan = queryPlan(storage.handle(), sql, &error);
        QVERIFY2(error.isEmpty(), qPrintable(sql + u": " + error));
        for (const QString &line : plan)
            QVERIFY2(planProblem(line, SqliteStatements::Access::Indexed).isEmpty(),
                     qPrintable(sql + u"\n  " + line));
    }
}

void TestSqliteStorage::messagePathNeverScans()
{
    // At run time, with triggers and foreign-key checks included: SQLite counts every row a full scan
    // steps through (SQLITE_STMTSTATUS_FULLSCAN_STEP), and the message path must step through none
    // however many rows the tables hold.
    SqliteStorage storage(dbPath());
    QVERIFY(storage.open().ok());
    QVERIFY(prefill(storage.handle(), 2000, 6));
    for (int i = 0; i < 3; ++i)
        messageCycle(storage, QStringLiteral("prefill-7"));
    const SqliteStorage::StatementStats stats = storage.statementStats();
    QVERIFY(stats.runs > 0);
    QCOMPARE(stats.fullScanSteps, 0);
    // The first page of the session list walks the (updated_at, id) index from its end and stops after
    // LIMIT + 1 rows.
    QVERIFY(storage.listSessions(5).ok());
    QVERIFY2(storage.statementStats().fullScanSteps <= 6,
             qPrintable(QString::number(storage.statementStats().fullScanSteps)));

    // The counter does see a scan: without the partial index of unfinished queue rows, the queue
    // depth steps through all 3 000 rows of the queue.
    SqliteStorage scanning(m_dir->filePath(QStringLiteral("scanning.db")));
    QVERIFY(scanning.open().ok());
    QVERIFY(prefill(scanning.handle(), 1000, 6));
    QVERIFY(sqlite3_exec(scanning.handle(), "DROP INDEX queue_unfinished", nullptr, nullptr, nullptr)
            == SQLITE_OK);
    QCOMPARE(scanning.queueDepth().value(), 0);
    QVERIFY2(scanning.statementStats().fullScanSteps >= 2999,
             qPrintable(QStringLiteral("%1 steps, %2 runs")
                            .arg(scanning.statementStats().fullScanSteps)
                            .arg(scanning.statementStats().runs)));
}

void TestSqliteStorage::statementsArePreparedOnce()
{
    SqliteStorage storage(dbPath());
    QVERIFY(storage.open().ok());
    QVERIFY(prefill(storage.handle(), 10, 6));
    messageCycle(storage, QStringLiteral("prefill-1"));
    const SqliteStorage::StatementStats first = storage.statementStats();
    QVERIFY(first.cached > 10);
    for (int i = 0; i < 20; ++i)
        messageCycle(storage, QStringLiteral("prefill-1"));
    const SqliteStorage::StatementStats later = storage.statementStats();
    QCOMPARE(later.prepared, first.prepared); // nothing compiled again
    QCOMPARE(later.cached, first.cached);
    QVERIFY2(
        later.runs >= first.runs * 20,
        qPrintable(QStringLiteral("%1 runs after 1 cycle, %2 after 21").arg(first.runs).arg(later.runs)));
    // A reopened connection prepares its own.
    storage.close();
    QCOMPARE(storage.statementStats().prepared, 0);
    QVERIFY(storage.open().ok());
    const SqliteStorage::StatementStats reopened = storage.statementStats();
    QVERIFY(reopened.prepared > 0); // what open() ran; only the message path's stay cached
    QVERIFY(reopened.cached < reopened.prepared);
    QVERIFY(storage.sessionExists(QStringLiteral("prefill-1")).value());
    QCOMPARE(storage.statementStats().prepared, reopened.prepared + 1);
    QCOMPARE(storage.statementStats().cached, reopened.cached + 1);
}

void TestSqliteStorage::historyThroughSeq()
{
    SqliteStorage storage(dbPath());
    QVERIFY(storage.open().ok());
    const QString id = storage.createSession()->id;
    const QString other = storage.createSession()->id;
    for (int i = 1; i <= 5; ++i) {
        QVERIFY(storage.appendUserMessage(id, QString::number(i)).ok());
        QVERIFY(storage.appendUserMessage(other, QStringLiteral("other")).ok());
    }
    const auto through3 = storage.history(id, 3);
    QVERIFY(through3.ok());
    QCOMPARE(through3->size(), 3);
    QCOMPARE(through3->first().content, QStringLiteral("1"));
    QCOMPARE(through3->last().content, QStringLiteral("3"));
    QCOMPARE(through3->last().seq, 3);
    QCOMPARE(through3->last().sessionId, id);
    QCOMPARE(storage.history(id, 99)->size(), 5);
    QCOMPARE(storage.history(QStringLiteral("nope"), 3)->size(), 0);
}

void TestSqliteStorage::recentMessagesNewestFirstUntilTheReaderStops()
{
    SqliteStorage storage(dbPath());
    QVERIFY(storage.open().ok());
    const QString id = storage.createSession()->id;
    const QString other = storage.createSession()->id;
    for (int i = 1; i <= 6; ++i) {
        const auto user = storage.appendUserMessage(id, QStringLiteral("u%1").arg(i));
        QVERIFY(user.ok());
        QVERIFY(storage.appendUserMessage(other, QStringLiteral("other")).ok());
        Usage usage;
        usage.model = QStringLiteral("m");
        usage.outputTokens = 10 + i;
        QCOMPARE(storage.completeReply(user->queueId, QStringLiteral("a%1").arg(i), usage)->tokens, 10 + i);
    }
    QList<StoredMessage> seen;
    QVERIFY(storage
                .recentMessages(id, 4, 11,
                                [&seen](const StoredMessage &m) {
                                    seen.append(m);
                                    return seen.size() < 3;
                                })
                .ok());
    QCOMPARE(seen.size(), 3); // stopped by the reader
    QCOMPARE(seen.at(0).seq, 11);
    QCOMPARE(seen.at(0).content, QStringLiteral("u6"));
    QCOMPARE(seen.at(1).seq, 10);
    QCOMPARE(seen.at(1).tokens, 15); // the reported output tokens of the reply
    QCOMPARE(seen.at(2).tokens, 0); // a user message: never reported
    seen.clear();
    QVERIFY(storage
                .recentMessages(id, 9, 12,
                                [&seen](const StoredMessage &m) {
                                    seen.append(m);
                                    return true;
                                })
                .ok());
    QCOMPARE(seen.size(), 3); // 12, 11, 10: after the floor only
    QCOMPARE(seen.last().seq, 10);
}

void TestSqliteStorage::summariesStoredWithTheirCostAndDeletedWithTheSession()
{
    SqliteStorage storage(dbPath());
    QVERIFY(storage.open().ok());
    const QString id = storage.createSession()->id;
    QVERIFY(storage.appendUserMessage(id, QStringLiteral("hello")).ok());
    QVERIFY(!storage.summary(id).value().has_value());
    QVERIFY(!storage.session(id)->summary);

    StoredSummary summary;
    summary.sessionId = id;
    summary.text = QStringLiteral("first");
    summary.coversThroughSeq = 1;
    summary.tokens = 3;
    Usage usage;
    usage.model = QStringLiteral("m");
    usage.inputTokens = 100;
    usage.outputTokens = 3;
    usage.costUsd = 0.25;
    QVERIFY(storage.storeSummary(summary, usage).ok());
    summary.text = QStringLiteral("second");
    summary.coversThroughSeq = 7;
    QVERIFY(storage.storeSummary(summary, usage).ok()); // replaced, not appended
    const auto stored = storage.summary(id);
    QVERIFY(stored.ok() && stored->has_value());
    QCOMPARE((*stored)->text, QStringLiteral("second"));
    QCOMPARE((*stored)->coversThroughSeq, 7);
    QCOMPARE((*stored)->tokens, 3);
    QVERIFY((*stored)->updatedAtMs >= (*stored)->createdAtMs);
    QCOMPARE(storage.session(id)->summary->text, QStringLiteral("second"));
    // Each one paid for, in the totals the budget reads.
    QCOMPARE(storage.costSince(0)->calls, 2);
    QCOMPARE(storage.costSince(0)->costUsd, 0.5);
    QCOMPARE(storage.costIn(Storage::CostPeriod::UtcDay, Storage::startOfUtcDay(Storage::nowMs()))->calls, 2);

    QVERIFY(storage.deleteSession(id).ok());
    QVERIFY(!storage.summary(id).value().has_value());
    QStringList rows;
    QVERIFY(sqliteExec(dbPath(), QStringLiteral("SELECT COUNT(*) FROM session_summaries"), &rows));
    QCOMPARE(rows, QStringList {QStringLiteral("0")});
    // The money stays spent; a summary for a session that is gone stores nothing, not even its cost.
    QCOMPARE(storage.costSince(0)->calls, 2);
    QCOMPARE(storage.storeSummary(summary, usage).code(), ErrorCode::NotFound);
    QCOMPARE(storage.costSince(0)->calls, 2);
}

void TestSqliteStorage::sessionCountKeptByTriggers()
{
    SqliteStorage storage(dbPath());
    QVERIFY(storage.open().ok());
    QCOMPARE(storage.sessionCount().value(), 0);
    const QString a = storage.createSession()->id;
    const QString b = storage.createSession()->id;
    QVERIFY(storage.appendUserMessage(a, QStringLiteral("x")).ok());
    QCOMPARE(storage.sessionCount().value(), 2);
    QVERIFY(storage.deleteSession(a).ok());
    QCOMPARE(storage.sessionCount().value(), 1);
    // Whoever writes the rows, the count follows (the CLI, a restore, plain SQL).
    QVERIFY(sqliteExec(
        dbPath(), QStringLiteral("INSERT INTO sessions (id, created_at, updated_at) VALUES ('c', 0, 0)")));
    QCOMPARE(storage.sessionCount().value(), 2);
    QStringList rows;
    QVERIFY(sqliteExec(dbPath(), QStringLiteral("SELECT COUNT(*) FROM sessions"), &rows));
    QCOMPARE(rows.value(0).toLongLong(), 2);
    Q_UNUSED(b);
}

void TestSqliteStorage::shedReleasesPageCache()
{
    {
        SqliteStorage writer(dbPath());
        QVERIFY(writer.open().ok());
        QVERIFY(prefill(writer.handle(), 1, 3000, 1000)); // ~3 MB of history in one session
    }
    SqliteStorage storage(dbPath());
    QVERIFY(storage.open().ok());
    const qint64 fresh = storage.cacheUsedBytes();
    const auto whole = storage.session(QStringLiteral("prefill-1")); // reads every page of it
    QVERIFY(whole.ok());
    QCOMPARE(whole->messages.size(), 3000);
    QVERIFY(storage.vaultEntryNames().ok()); // a statement off the message path, to be dropped
    const qint64 filled = storage.cacheUsedBytes();
    QVERIFY2(filled > fresh + 1024 * 1024,
             qPrintable(QStringLiteral("cache %1 -> %2 bytes").arg(fresh).arg(filled)));
    const SqliteStorage::StatementStats before = storage.statementStats();

    MemoryPressure &cache = storage;
    QCOMPARE(QByteArray(cache.name()), QByteArray("sqlite page cache"));
    const quint64 released = cache.shed();
    const qint64 after = storage.cacheUsedBytes();
    QVERIFY2(after < filled / 4,
             qPrintable(QStringLiteral("cache %1 -> %2 bytes after shed").arg(filled).arg(after)));
    QCOMPARE(qint64(released), filled - after);
    // The vault's statement went, the message path's stayed.
    QCOMPARE(storage.statementStats().cached, before.cached - 1);
    QCOMPARE(storage.statementStats().prepared, before.prepared);
    // Nothing is lost: the next read loads the pages again.
    QCOMPARE(storage.session(QStringLiteral("prefill-1"))->messages.size(), 3000);
    QVERIFY(storage.cacheUsedBytes() > after);
}

void TestSqliteStorage::pagesAreStableWhileSessionsArrive()
{
    SqliteStorage storage(dbPath());
    const auto opened = storage.open();
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    qint64 clock = 1000000;
    storage.setClock([&clock] { return clock; });
    QStringList created; // oldest first
    for (int i = 0; i < 23; ++i) {
        clock += (i % 4 == 0) ? 0 : 10; // some share an updated_at: the id breaks the tie
        created.append(storage.createSession()->id);
    }
    QStringList seen;
    std::optional<SessionCursor> cursor;
    int pages = 0;
    do {
        const Result<SessionPage> page = storage.listSessions(5, cursor);
        QVERIFY(page.ok());
        QVERIFY(page->sessions.size() <= 5);
        for (const SessionInfo &s : page->sessions)
            seen.append(s.id);
        // New sessions arriving meanwhile sort before the cursor and do not shift the pages.
        clock += 100;
        QVERIFY(storage.createSession().ok());
        cursor = page->next;
        if (cursor)
            QVERIFY(SessionCursor::decode(cursor->encode()).has_value());
        ++pages;
    } while (cursor && pages < 20);
    QCOMPARE(pages, 5);
    QCOMPARE(seen.size(), created.size());
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()), QSet<QString>(created.begin(), created.end()));
    for (const QByteArray &bad : {QByteArray("x"), QByteArray("!!!"), QByteArray("MTIz"),
                                  SessionCursor {5, QStringLiteral("a'b")}.encode()})
        QVERIFY2(!SessionCursor::decode(bad), bad.constData());
}

void TestSqliteStorage::historyPages()
{
    SqliteStorage storage(dbPath());
    QVERIFY(storage.open().ok());
    const QString id = storage.createSession()->id;
    for (int i = 1; i <= 7; ++i)
        QVERIFY(storage.appendUserMessage(id, QString::number(i)).ok());
    auto latest = storage.sessionPage(id, 3, std::nullopt);
    QVERIFY(latest.ok());
    QCOMPARE(latest->messages.size(), 3);
    QCOMPARE(latest->messages.first().content, QStringLiteral("5")); // oldest first
    QCOMPARE(latest->messages.last().content, QStringLiteral("7"));
    QVERIFY(latest->hasMore);
    auto older = storage.sessionPage(id, 3, latest->messages.first().id);
    QCOMPARE(older->messages.first().content, QStringLiteral("2"));
    QVERIFY(older->hasMore);
    auto oldest = storage.sessionPage(id, 3, older->messages.first().id);
    QCOMPARE(oldest->messages.size(), 1);
    QVERIFY(!oldest->hasMore);
    QCOMPARE(storage.sessionPage(QStringLiteral("nope"), 3, std::nullopt).code(), ErrorCode::NotFound);
}
