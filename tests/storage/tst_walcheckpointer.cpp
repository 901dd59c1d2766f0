// WalCheckpointer: a daemon's WAL checkpoints run on their own thread and connection, the WAL stays
// bounded, nothing committed is lost, and the writer checkpoints itself again once it is stopped.
#include "common/storage/SqliteStorage.h"
#include "common/storage/WalCheckpointer.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <thread>

using namespace blufio;

namespace {
// Each session with its message of 1 KiB is a few WAL pages: 200 of them cross a threshold of 32
// many times, and one alone stays well below it.
constexpr int kThreshold = 32;

void writeMessages(SqliteStorage &storage, int count)
{
    const QString content(1024, u'x');
    for (int i = 0; i < count; ++i) {
        const Result<SessionInfo> session = storage.createSession();
        QVERIFY(session);
        QVERIFY(storage.appendUserMessage(session->id, content));
    }
}

qint64 walBytes(const QString &databasePath)
{
    return QFileInfo(databasePath + QStringLiteral("-wal")).size();
}
} // namespace

class TestWalCheckpointer : public QObject
{
    Q_OBJECT

private slots:
    void checkpointsRunOffTheWritersThread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("blufio.db"));
        SqliteStorage storage(path);
        QVERIFY(storage.open());
        const Result<void> started = storage.checkpointInBackground(kThreshold);
        QVERIFY2(started, qPrintable(started.errorMessage()));
        QVERIFY(storage.checkpointer() && storage.checkpointer()->isRunning());

        writeMessages(storage, 200);
        QTRY_VERIFY(storage.checkpointer()->checkpoints() > 0);
        QVERIFY(storage.checkpointer()->lastCheckpointThread() != std::this_thread::get_id());
        // The checkpoints let the writer start the WAL over: once the writes pause, the next commit
        // finds it short again (the file keeps its size; its pages are reused from the start).
        int pages = storage.checkpointer()->lastWalPages();
        QVERIFY2(pages <= 4 * kThreshold + 8, qPrintable(QString::number(pages))); // bounded meanwhile
        // At least one write after a pause: whether the burst's last commit happened to land right
        // after a restart of the WAL depends on how many pages each commit writes (migration 4's
        // column moved that), so the pause is what is tested, not the burst's luck.
        int i = 0;
        do {
            QTest::qWait(20);
            writeMessages(storage, 1);
            pages = storage.checkpointer()->lastWalPages();
        } while (++i < 100 && pages >= kThreshold);
        QVERIFY2(pages < kThreshold, qPrintable(QString::number(pages)));
        const qint64 sessions = storage.sessionCount().value();
        QVERIFY(sessions > 200);
        storage.close();

        // Everything committed is in the database; the -wal is gone with the last connection.
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        SqliteStorage reopened(path);
        QVERIFY(reopened.open());
        QCOMPARE(reopened.sessionCount().value(), sessions);
        QVERIFY(reopened.checkIntegrity());
    }

    void withoutItTheWriterCheckpointsItself()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("blufio.db"));
        SqliteStorage storage(path);
        QVERIFY(storage.open());
        QVERIFY(!storage.checkpointer());
        // Counted by a hook of our own in place of SQLite's automatic one: the commits themselves
        // would run the checkpoints, on this thread.
        int commitsSeen = 0;
        sqlite3_wal_hook(
            storage.handle(),
            [](void *seen, sqlite3 *, const char *, int) { return ++*static_cast<int *>(seen), 0; },
            &commitsSeen);
        writeMessages(storage, 5);
        QVERIFY(commitsSeen >= 5);
        sqlite3_wal_autocheckpoint(storage.handle(), 1000);
    }

    void stopGivesTheWriterItsCheckpointsBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("blufio.db"));
        SqliteStorage storage(path);
        QVERIFY(storage.open());
        WalCheckpointer checkpointer(path, kThreshold);
        const Result<void> started = checkpointer.start(storage.handle());
        QVERIFY2(started, qPrintable(started.errorMessage()));
        checkpointer.stop();
        QVERIFY(!checkpointer.isRunning());
        // SQLite's own automatic checkpoint (1000 pages, on this thread) is back: 3000 commits of
        // a few pages each would otherwise grow the WAL to several MiB.
        writeMessages(storage, 1500);
        QVERIFY2(walBytes(path) < 5 * 1024 * 1024, qPrintable(QString::number(walBytes(path))));
        QCOMPARE(checkpointer.checkpoints(), 0);
    }

    void unopenableDatabaseIsAnError()
    {
        QTemporaryDir dir;
        SqliteStorage storage(dir.filePath(QStringLiteral("blufio.db")));
        QVERIFY(storage.open());
        WalCheckpointer checkpointer(dir.filePath(QStringLiteral("missing/blufio.db")), kThreshold);
        const Result<void> started = checkpointer.start(storage.handle());
        QVERIFY(!started);
        QVERIFY(!started.errorMessage().isEmpty());
        QVERIFY(!checkpointer.isRunning());
        SqliteStorage closed(dir.filePath(QStringLiteral("other.db")));
        const Result<void> notOpen = closed.checkpointInBackground();
        QVERIFY(!notOpen);
        QVERIFY(!notOpen.errorMessage().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "tst_walcheckpointer.moc"
