// RestoreService: every bad candidate refused with its own message and the live database unchanged;
// a good one swapped in with the old database kept as .pre-restore; the data-dir lock respected.
#include "StorageTestUtil.h"

#include "common/storage/BackupService.h"
#include "common/storage/DataDirLock.h"
#include "common/storage/RestoreService.h"
#include "common/storage/SqliteStorage.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace blufio;
using namespace blufio::test;

class TestRestore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void badCandidatesRefused();
    void goodRestore();
    void goodRestoreKeepsUncheckpointedData();
    void restoreIntoEmptyDataDir();
    void refusedWhileLocked();
    void forcedWhileLocked();
    void liveDatabaseAsCandidate();
    void rawCopyOfWalDatabase();

private:
    QString dataDir() const { return m_dir->filePath(QStringLiteral("data")); }
    QString dbPath() const { return QDir(dataDir()).filePath(QStringLiteral("blufio.db")); }
    QString path(const QString &name) const { return m_dir->filePath(name); }
    // A blufio database elsewhere with one session, backed up to `name`; returns that session's id.
    QString makeCandidate(const QString &name, int extraSessions = 0);
    QStringList liveSessions(const QString &db) const;
    QByteArray liveFingerprint() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_liveSession;
};

void TestRestore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(QDir().mkpath(dataDir()));
    SqliteStorage live(dbPath());
    QVERIFY(live.open().ok());
    m_liveSession = live.createSession()->id;
    QVERIFY(live.appendUserMessage(m_liveSession, QStringLiteral("live data")).ok());
}

void TestRestore::cleanup()
{
    m_dir.reset();
}

QString TestRestore::makeCandidate(const QString &name, int extraSessions)
{
    const QString source = path(QStringLiteral("source-%1.db").arg(name));
    QString id;
    {
        SqliteStorage storage(source);
        if (!storage.open().ok())
            return {};
        id = storage.createSession()->id;
        for (int i = 0; i < extraSessions; ++i) {
            const QString extra = storage.createSession()->id;
            if (!storage.appendUserMessage(extra, QString(1500, u'c')).ok())
                return {};
        }
    }
    auto report = BackupService(source).backup(path(name));
    return report.ok() ? id : QString();
}

QStringList TestRestore::liveSessions(const QString &db) const
{
    QStringList rows;
    sqliteExec(db, QStringLiteral("SELECT id FROM sessions ORDER BY id"), &rows);
    return rows;
}

// The live database and its side files, byte for byte.
QByteArray TestRestore::liveFingerprint() const
{
    QByteArray fingerprint;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QString file = dbPath() + suffix;
        fingerprint
            += suffix.toUtf8() + ':' + (QFile::exists(file) ? fileSha256(file) : QByteArray("absent")) + ';';
    }
    return fingerprint;
}

void TestRestore::badCandidatesRefused()
{
    const int latest = SqliteStorage::latestSchemaVersion();
    struct Case
    {
        QString name;
        ErrorCode code;
        std::function<bool(const QString &)> make;
    };
    const QList<Case> cases {
        {QStringLiteral("missing"), ErrorCode::NotFound,
         [](const QString &) {
             return true;
         }},
        {QStringLiteral("empty"), ErrorCode::NotSqlite,
         [](const QString &file) {
             QFile f(file);
             return f.open(QIODevice::WriteOnly);
         }},
        {QStringLiteral("text"), ErrorCode::NotSqlite,
         [](const QString &file) {
             QFile f(file);
             return f.open(QIODevice::WriteOnly) && f.write(QByteArray("not a database\n").repeated(500)) > 0;
         }},
        {QStringLiteral("truncated"), ErrorCode::Corrupt,
         [this](const QString &file) {
             if (makeCandidate(QStringLiteral("truncated"), 60).isEmpty())
                 return false;
             QFile f(file);
             return f.resize(f.size() / 2);
         }},
        {QStringLiteral("cut mid-page"), ErrorCode::Corrupt,
         [this](const QString &file) {
             if (makeCandidate(QStringLiteral("cut mid-page"), 60).isEmpty())
                 return false;
             QFile f(file);
             return f.resize(f.size() - 100);
         }},
        {QStringLiteral("corrupt"), ErrorCode::Corrupt,
         [this](const QString &file) {
             if (makeCandidate(QStringLiteral("corrupt"), 60).isEmpty())
                 return false;
             QFile f(file);
             if (!f.open(QIODevice::ReadWrite))
                 return false;
             // Scribble over a page in the middle of the messages table.
             const qint64 page = 4096;
             const qint64 pages = f.size() / page;
             f.seek((pages / 2) * page);
             f.write(QByteArray(int(page), '\xA5'));
             return true;
         }},
        {QStringLiteral("other application"), ErrorCode::NotBlufio,
         [](const QString &file) {
             return sqliteExec(
                 file, QStringLiteral("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('x')"));
         }},
        {QStringLiteral("blufio id without tables"), ErrorCode::NotBlufio,
         [](const QString &file) {
             return sqliteExec(file,
                               QStringLiteral("PRAGMA application_id = %1; PRAGMA user_version = 1; "
                                              "CREATE TABLE sessions (id TEXT);")
                                   .arg(SqliteStorage::ApplicationId));
         }},
        {QStringLiteral("newer schema"), ErrorCode::SchemaTooNew,
         [this, latest](const QString &file) {
             return !makeCandidate(QStringLiteral("newer schema")).isEmpty()
                 && sqliteExec(file, QStringLiteral("PRAGMA user_version = %1").arg(latest + 1));
         }},
    };

    const QByteArray before = liveFingerprint();
    QSet<QString> messages;
    for (const Case &c : cases) {
        const QString candidate = path(c.name);
        QVERIFY2(c.make(candidate), qPrintable(c.name));
        RestoreService service(dbPath(), dataDir());
        auto verified = service.verify(candidate);
        QVERIFY2(!verified.ok(), qPrintable(c.name));
        auto restored = service.restore(candidate);
        QVERIFY2(!restored.ok(), qPrintable(c.name));
        QVERIFY2(restored.code() == c.code,
                 qPrintable(c.name + QStringLiteral(": got code %1, message: ").arg(int(restored.code()))
                            + restored.errorMessage()));
        QVERIFY(!restored.errorMessage().isEmpty());
        qInfo("%s -> %s", qPrintable(c.name), qPrintable(restored.errorMessage()));
        messages.insert(restored.errorMessage().replace(candidate, QStringLiteral("FILE")));
        QCOMPARE(liveFingerprint(), before);
        QVERIFY(!QFile::exists(RestoreService::preRestorePath(dbPath())));
        QVERIFY(!QFile::exists(dbPath() + QStringLiteral(".restore-tmp")));
    }
    // Each kind of bad file is explained in its own words.
    QVERIFY2(messages.size() == cases.size(),
             qPrintable(QStringList(messages.cbegin(), messages.cend()).join(QStringLiteral("\n"))));
    QCOMPARE(liveSessions(dbPath()), QStringList {m_liveSession});
}

void TestRestore::goodRestore()
{
    const QString restoredSession = makeCandidate(QStringLiteral("good.db"), 20);
    QVERIFY(!restoredSession.isEmpty());
    auto verified = RestoreService(dbPath(), dataDir()).verify(path(QStringLiteral("good.db")));
    QVERIFY2(verified.ok(), qPrintable(verified.errorMessage()));
    QCOMPARE(verified->schemaVersion, SqliteStorage::latestSchemaVersion());

    auto report = RestoreService(dbPath(), dataDir()).restore(path(QStringLiteral("good.db")));
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QCOMPARE(report->preRestorePath, RestoreService::preRestorePath(dbPath()));
    QVERIFY(report->notice.isEmpty());
    QCOMPARE(report->daemonPid, 0);
    QCOMPARE(report->bytes, QFileInfo(path(QStringLiteral("good.db"))).size());

    QCOMPARE(liveSessions(report->preRestorePath), QStringList {m_liveSession});
    QCOMPARE(integrityCheck(report->preRestorePath), QStringLiteral("ok"));
    QCOMPARE(fileSha256(dbPath()), fileSha256(path(QStringLiteral("good.db"))));
    QVERIFY(!QFile::exists(dbPath() + QStringLiteral(".restore-tmp")));
    QVERIFY(!QFile::exists(dbPath() + QStringLiteral("-wal")));

    SqliteStorage storage(dbPath());
    QVERIFY(storage.open().ok());
    QCOMPARE(storage.sessionCount().value(), 21);
    QVERIFY(storage.sessionExists(restoredSession).value());
    QVERIFY(!storage.sessionExists(m_liveSession).value());
    // The lock restore took for the swap is released.
    QCOMPARE(DataDirLock::holderPid(dataDir()), 0);
}

void TestRestore::goodRestoreKeepsUncheckpointedData()
{
    // The live database is open with a commit that only exists in its WAL.
    SqliteStorage live(dbPath());
    QVERIFY(live.open().ok());
    const QString recent = live.createSession()->id;
    QVERIFY(QFileInfo(dbPath() + QStringLiteral("-wal")).size() > 0);
    QVERIFY(!makeCandidate(QStringLiteral("good.db")).isEmpty());

    auto report = RestoreService(dbPath(), dataDir()).restore(path(QStringLiteral("good.db")));
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    live.close();
    const QStringList kept = liveSessions(report->preRestorePath);
    QVERIFY2(kept.contains(recent) && kept.contains(m_liveSession), qPrintable(kept.join(u',')));
}

void TestRestore::restoreIntoEmptyDataDir()
{
    QVERIFY(!makeCandidate(QStringLiteral("good.db")).isEmpty());
    const QString emptyDir = path(QStringLiteral("fresh/data")); // does not exist yet
    const QString db = QDir(emptyDir).filePath(QStringLiteral("blufio.db"));
    auto report = RestoreService(db, emptyDir).restore(path(QStringLiteral("good.db")));
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QVERIFY(report->preRestorePath.isEmpty());
    QCOMPARE(integrityCheck(db), QStringLiteral("ok"));
}

void TestRestore::refusedWhileLocked()
{
    QVERIFY(!makeCandidate(QStringLiteral("good.db")).isEmpty());
    LockHolder daemon(dataDir());
    QVERIFY(daemon.started());
    const QByteArray before = liveFingerprint();
    auto refused = RestoreService(dbPath(), dataDir()).restore(path(QStringLiteral("good.db")));
    QCOMPARE(refused.code(), ErrorCode::Locked);
    QVERIFY2(refused.errorMessage().contains(QString::number(daemon.pid())),
             qPrintable(refused.errorMessage()));
    QCOMPARE(liveFingerprint(), before);
    QVERIFY(!QFile::exists(RestoreService::preRestorePath(dbPath())));
}

void TestRestore::forcedWhileLocked()
{
    const QString restoredSession = makeCandidate(QStringLiteral("good.db"));
    QVERIFY(!restoredSession.isEmpty());
    LockHolder daemon(dataDir());
    QVERIFY(daemon.started());
    RestoreOptions options;
    options.force = true;
    auto report = RestoreService(dbPath(), dataDir()).restore(path(QStringLiteral("good.db")), options);
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QCOMPARE(report->daemonPid, daemon.pid());
    QVERIFY(!report->notice.isEmpty());
    QVERIFY(report->notice.contains(QString::number(daemon.pid())));
    QCOMPARE(liveSessions(dbPath()), QStringList {restoredSession});
}

void TestRestore::liveDatabaseAsCandidate()
{
    auto refused = RestoreService(dbPath(), dataDir()).restore(dbPath());
    QCOMPARE(refused.code(), ErrorCode::InvalidArgument);
}

void TestRestore::rawCopyOfWalDatabase()
{
    // An operator copies a (closed) database file by hand instead of using `blufio backup`: its
    // header still says WAL. Verification reads it without creating -wal/-shm next to it.
    const QString source = path(QStringLiteral("other.db"));
    QString session;
    {
        SqliteStorage storage(source);
        QVERIFY(storage.open().ok());
        session = storage.createSession()->id;
    }
    const QString copy = path(QStringLiteral("copied.db"));
    QVERIFY(QFile::copy(source, copy));
    auto verified = RestoreService(dbPath(), dataDir()).verify(copy);
    QVERIFY2(verified.ok(), qPrintable(verified.errorMessage()));
    QVERIFY(!QFile::exists(copy + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(copy + QStringLiteral("-shm")));
    auto report = RestoreService(dbPath(), dataDir()).restore(copy);
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    SqliteStorage restored(dbPath());
    QVERIFY(restored.open().ok());
    QVERIFY(restored.sessionExists(session).value());
}

QTEST_GUILESS_MAIN(TestRestore)
#include "tst_restore.moc"
