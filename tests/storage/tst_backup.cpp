// BackupService: online copy while another connection writes, integrity, no .partial left behind.
#include "StorageTestUtil.h"

#include "common/storage/BackupService.h"
#include "common/storage/SqliteStorage.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace blufio;
using namespace blufio::test;

namespace {

// Writes sessions with a message each through its own SqliteStorage (own connection, own thread)
// until stopped, the way the daemon keeps writing while `blufio backup` runs.
class Writer : public QThread
{
public:
    explicit Writer(QString path) : m_path(std::move(path)) { }
    std::atomic<bool> stop {false};
    std::atomic<int> commits {0};
    QString error;

protected:
    void run() override
    {
        SqliteStorage storage(m_path);
        if (auto opened = storage.open(); !opened) {
            error = opened.errorMessage();
            return;
        }
        while (!stop) {
            auto session = storage.createSession();
            if (!session) {
                error = session.errorMessage();
                return;
            }
            auto message = storage.appendUserMessage(session->id, QString(200, u'w'));
            if (!message) {
                error = message.errorMessage();
                return;
            }
            ++commits;
        }
    }

private:
    QString m_path;
};

QSet<QString> sessionIds(const QString &path)
{
    QStringList rows;
    sqliteExec(path, QStringLiteral("SELECT id FROM sessions"), &rows);
    return QSet<QString>(rows.cbegin(), rows.cend());
}

// A few MB so that a backup with small steps takes many of them.
void fill(SqliteStorage &storage, int sessions)
{
    const QString body(2000, u'x');
    for (int i = 0; i < sessions; ++i) {
        auto session = storage.createSession();
        QVERIFY(session.ok());
        QVERIFY(storage.appendUserMessage(session->id, body).ok());
    }
}

// Sets the process umask for as long as it lives.
struct UmaskGuard
{
    explicit UmaskGuard(mode_t mask) : saved(::umask(mask)) { }
    ~UmaskGuard() { ::umask(saved); }
    mode_t saved;
};

// Permission bits of a file, or -1 when it does not exist.
int modeOf(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void backupOfQuietDatabase();
    void refusesExistingTarget();
    void missingSourceDatabase();
    void backupWhileWriting();
    void failureLeavesNoPartial_unwritableDirectory();
    void failureLeavesNoPartial_diskFull();
    void stalePartialReplaced();
    void rollbackJournalSource();
    void backupIsPrivateFromFirstByte_data();
    void backupIsPrivateFromFirstByte();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("blufio.db")); }
    QString target() const { return m_dir->filePath(QStringLiteral("backup.db")); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteStorage> m_storage;
    QString m_summarised; // a session with a stored summary
};

void TestBackup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_storage = std::make_unique<SqliteStorage>(dbPath());
    QVERIFY(m_storage->open().ok());
}

void TestBackup::cleanup()
{
    m_storage.reset();
    m_dir.reset();
}

void TestBackup::backupOfQuietDatabase()
{
    fill(*m_storage, 200);
    // A session's context summary ([11]) is part of what a backup carries.
    m_summarised = m_storage->listSessions(1)->sessions.first().id;
    StoredSummary summary;
    summary.sessionId = m_summarised;
    summary.text = QStringLiteral("what the first messages said");
    summary.coversThroughSeq = 1;
    QVERIFY(m_storage->storeSummary(summary, {}).ok());
    int progressCalls = 0;
    BackupOptions options;
    options.pagesPerStep = 16;
    options.progress = [&progressCalls](int remaining, int total) {
        QVERIFY(remaining <= total);
        ++progressCalls;
    };
    auto report = BackupService(dbPath()).backup(target(), options);
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QVERIFY(report->pages > 16);
    QVERIFY(report->steps > 1);
    QCOMPARE(progressCalls, report->steps);
    QCOMPARE(report->bytes, QFileInfo(target()).size());
    QCOMPARE(report->path, target());
    QVERIFY(report->elapsedMs >= 0);
    QVERIFY(!QFile::exists(BackupService::partialPath(target())));
    QCOMPARE(integrityCheck(target()), QStringLiteral("ok"));
    QCOMPARE(sessionIds(target()), sessionIds(dbPath()));
    // Self-contained: not in WAL mode, no side files.
    QStringList mode;
    QVERIFY(sqliteExec(target(), QStringLiteral("PRAGMA journal_mode"), &mode));
    QCOMPARE(mode.value(0), QStringLiteral("delete"));
    QVERIFY(!QFile::exists(target() + QStringLiteral("-wal")));
    // And it opens as a blufio database.
    SqliteStorage copy(target());
    QVERIFY(copy.open().ok());
    QCOMPARE(copy.sessionCount().value(), 200);
    QCOMPARE(copy.summary(m_summarised).value()->text, QStringLiteral("what the first messages said"));
}

void TestBackup::refusesExistingTarget()
{
    QFile existing(target());
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("keep me");
    existing.close();
    auto refused = BackupService(dbPath()).backup(target());
    QCOMPARE(refused.code(), ErrorCode::AlreadyExists);
    QCOMPARE(readAll(target()), QByteArray("keep me"));
    QVERIFY(!QFile::exists(BackupService::partialPath(target())));

    BackupOptions force;
    force.force = true;
    auto replaced = BackupService(dbPath()).backup(target(), force);
    QVERIFY2(replaced.ok(), qPrintable(replaced.errorMessage()));
    QCOMPARE(integrityCheck(target()), QStringLiteral("ok"));
    QCOMPARE(BackupService(dbPath()).backup(m_dir->path()).code(), ErrorCode::InvalidArgument);
}

void TestBackup::missingSourceDatabase()
{
    const QString missing = m_dir->filePath(QStringLiteral("missing.db"));
    QCOMPARE(BackupService(missing).backup(target()).code(), ErrorCode::NotFound);
    QVERIFY(!QFile::exists(missing)); // not created as a side effect
}

void TestBackup::backupWhileWriting()
{
    fill(*m_storage, 1500);
    Writer writer(dbPath());
    writer.start();
    QTRY_VERIFY_WITH_TIMEOUT(writer.commits > 20 || !writer.error.isEmpty(), 10000);
    QVERIFY2(writer.error.isEmpty(), qPrintable(writer.error));

    // Everything committed by now must be in the copy.
    const QSet<QString> before = sessionIds(dbPath());
    const int commitsBefore = writer.commits;
    BackupOptions options;
    options.pagesPerStep = 8; // many steps, so the writer commits between them
    options.pauseMicroseconds = 500;
    auto report = BackupService(dbPath()).backup(target(), options);
    const int commitsDuring = writer.commits - commitsBefore;
    writer.stop = true;
    writer.wait();
    QVERIFY2(writer.error.isEmpty(), qPrintable(writer.error));
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QVERIFY(report->steps > 10);
    QVERIFY2(commitsDuring > 0, "the writer was starved during the backup");
    qInfo("backup: %d steps, %lld ms, %d commits by the writer meanwhile", report->steps,
          qlonglong(report->elapsedMs), commitsDuring);

    QCOMPARE(integrityCheck(target()), QStringLiteral("ok"));
    const QSet<QString> copied = sessionIds(target());
    QVERIFY(copied.contains(before));
    QVERIFY(!QFile::exists(BackupService::partialPath(target())));
    // The live database is fine too, with the writer's rows after the backup.
    QVERIFY(sessionIds(dbPath()).size() >= copied.size());
}

void TestBackup::failureLeavesNoPartial_unwritableDirectory()
{
    fill(*m_storage, 10);
    // /proc refuses file creation even to root.
    const QString procTarget = QStringLiteral("/proc/blufio-backup-test.db");
    auto inProc = BackupService(dbPath()).backup(procTarget);
    QVERIFY(!inProc.ok());
    QVERIFY(!inProc.errorMessage().isEmpty());
    QVERIFY(!QFile::exists(BackupService::partialPath(procTarget)));

    // Directory permissions only stop a non-root user; as root the /proc case above is the check.
    if (::geteuid() == 0)
        return;
    const QString locked = m_dir->filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(locked));
    QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner));
    const QString lockedTarget = QDir(locked).filePath(QStringLiteral("backup.db"));
    auto refused = BackupService(dbPath()).backup(lockedTarget);
    QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(!refused.ok());
    QVERIFY(QDir(locked).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

void TestBackup::failureLeavesNoPartial_diskFull()
{
    // A file size limit makes writes fail half-way through the copy (EFBIG), as a full disk would, and
    // works whoever runs the test.
    fill(*m_storage, 400);
    QVERIFY(QFileInfo(dbPath()).size() + QFileInfo(dbPath() + QStringLiteral("-wal")).size() > 512 * 1024);
    rlimit saved {};
    QVERIFY(::getrlimit(RLIMIT_FSIZE, &saved) == 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = saved;
    small.rlim_cur = 256 * 1024;
    QVERIFY(::setrlimit(RLIMIT_FSIZE, &small) == 0);
    auto failed = BackupService(dbPath()).backup(target());
    ::setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, oldHandler);

    QVERIFY(!failed.ok());
    QVERIFY(!failed.errorMessage().isEmpty());
    QVERIFY(!QFile::exists(BackupService::partialPath(target())));
    QVERIFY(!QFile::exists(BackupService::partialPath(target()) + QStringLiteral("-journal")));
    QVERIFY(!QFile::exists(target()));
    // The source is untouched and still usable.
    QCOMPARE(m_storage->sessionCount().value(), 400);
}

void TestBackup::stalePartialReplaced()
{
    QFile stale(BackupService::partialPath(target()));
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.write("left over from a crash");
    stale.close();
    auto report = BackupService(dbPath()).backup(target());
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QVERIFY(!QFile::exists(BackupService::partialPath(target())));
    QCOMPARE(integrityCheck(target()), QStringLiteral("ok"));
}

void TestBackup::rollbackJournalSource()
{
    // Not how blufio leaves its database, but a file switched out of WAL (by hand, by an old tool)
    // must still back up: without WAL the snapshot is not pinned and the backup API's own copy applies.
    fill(*m_storage, 50);
    m_storage->close();
    QVERIFY(sqliteExec(dbPath(), QStringLiteral("PRAGMA journal_mode = DELETE")));
    auto report = BackupService(dbPath()).backup(target());
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QCOMPARE(integrityCheck(target()), QStringLiteral("ok"));
    QCOMPARE(sessionIds(target()), sessionIds(dbPath()));
}

void TestBackup::backupIsPrivateFromFirstByte_data()
{
    QTest::addColumn<int>("mask");
    QTest::addColumn<bool>("replaceWorldReadable");
    QTest::newRow("umask 022") << 022 << false;
    QTest::newRow("umask 000") << 0 << false;
    QTest::newRow("umask 000, --force over a 0644 file") << 0 << true;
}

void TestBackup::backupIsPrivateFromFirstByte()
{
    QFETCH(int, mask);
    QFETCH(bool, replaceWorldReadable);
    fill(*m_storage, 300);
    const QString partial = BackupService::partialPath(target());
    const UmaskGuard umaskGuard {mode_t(mask)};
    if (replaceWorldReadable) {
        QFile old(target());
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old backup");
        old.close();
        QVERIFY(::chmod(QFile::encodeName(target()).constData(), 0644) == 0);
    }
    // Looked at after every step, while the copy is being written: the .partial and whatever side
    // files SQLite makes for it are 0600 the whole time.
    QList<int> partialModes;
    QStringList wrongSideFiles;
    BackupOptions options;
    options.force = replaceWorldReadable;
    options.pagesPerStep = 8;
    options.progress = [&](int, int) {
        partialModes.append(modeOf(partial));
        for (const QString &suffix :
             {QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            const int mode = modeOf(partial + suffix);
            if (mode != -1 && mode != 0600)
                wrongSideFiles.append(suffix + QStringLiteral(" ") + QString::number(mode, 8));
        }
    };
    auto report = BackupService(dbPath()).backup(target(), options);
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QVERIFY(report->steps > 10);
    QCOMPARE(partialModes.size(), report->steps);
    QCOMPARE(partialModes.first(), 0600);
    QVERIFY2(std::all_of(partialModes.cbegin(), partialModes.cend(), [](int m) { return m == 0600; }),
             qPrintable(QString::number(partialModes.count(0600))));
    QVERIFY2(wrongSideFiles.isEmpty(), qPrintable(wrongSideFiles.join(u',')));
    QCOMPARE(modeOf(target()), 0600);
    QCOMPARE(integrityCheck(target()), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
