// RestoreService: every bad candidate refused with its own message and the live database unchanged;
// a good one swapped in with the old database kept as .pre-restore; the data-dir lock respected.
#include "StorageTestUtil.h"

#include "common/storage/BackupService.h"
#include "common/storage/DataDirLock.h"
#include "common/storage/RestoreService.h"
#include "common/storage/SchemaCheck.h"
#include "common/storage/SqliteStorage.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

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
    void changedSchemaRefused_data();
    void changedSchemaRefused();
    void statisticsTablesAccepted();
    void olderSchemaRestoredAndMigrated();
    void copyIsPrivate();
    void schemaCheckOnBytes();

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

void TestRestore::changedSchemaRefused_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("named"); // the first differing object, as the message names it
    QTest::newRow("added trigger") << QStringLiteral("CREATE TRIGGER leak AFTER INSERT ON messages BEGIN "
                                                     "INSERT INTO vault_meta VALUES ('x', NEW.content); END")
                                   << QStringLiteral("trigger \"leak\"");
    QTest::newRow("extra view") << QStringLiteral("CREATE VIEW everything AS SELECT * FROM vault_entries")
                                << QStringLiteral("view \"everything\"");
    QTest::newRow("extra index") << QStringLiteral("CREATE INDEX messages_content ON messages(content)")
                                 << QStringLiteral("index \"messages_content\"");
    QTest::newRow("extra table") << QStringLiteral("CREATE TABLE notes (body TEXT)")
                                 << QStringLiteral("table \"notes\"");
    QTest::newRow("changed table SQL") << QStringLiteral("ALTER TABLE sessions ADD COLUMN owner TEXT")
                                       << QStringLiteral("table \"sessions\"");
    QTest::newRow("dropped index") << QStringLiteral("DROP INDEX queue_session")
                                   << QStringLiteral("index \"queue_session\"");
}

void TestRestore::changedSchemaRefused()
{
    QFETCH(QString, sql);
    QFETCH(QString, named);
    QVERIFY(!makeCandidate(QStringLiteral("changed.db"), 5).isEmpty());
    const QString candidate = path(QStringLiteral("changed.db"));
    QVERIFY(sqliteExec(candidate, sql));
    QCOMPARE(integrityCheck(candidate), QStringLiteral("ok")); // only the schema gives it away

    const QByteArray before = liveFingerprint();
    const QByteArray liveSha = fileSha256(dbPath());
    QVERIFY(!liveSha.isEmpty());
    auto restored = RestoreService(dbPath(), dataDir()).restore(candidate);
    QVERIFY(!restored.ok());
    QCOMPARE(restored.code(), ErrorCode::NotBlufio);
    QVERIFY2(restored.errorMessage().contains(named) && restored.errorMessage().contains(candidate),
             qPrintable(restored.errorMessage()));
    qInfo("%s", qPrintable(restored.errorMessage()));
    QCOMPARE(fileSha256(dbPath()), liveSha);
    QCOMPARE(liveFingerprint(), before);
    QVERIFY(!QFile::exists(RestoreService::preRestorePath(dbPath())));
    QVERIFY(!QFile::exists(dbPath() + QStringLiteral(".restore-tmp")));
    QCOMPARE(liveSessions(dbPath()), QStringList {m_liveSession});
    // verify() alone says the same, and so does the function doctor and the fuzzer call.
    QCOMPARE(RestoreService(dbPath(), dataDir()).verify(candidate).code(), ErrorCode::NotBlufio);
    const Result<void> direct = SchemaCheck::checkFile(candidate);
    QVERIFY(!direct.ok());
    QVERIFY2(direct.errorMessage().contains(named), qPrintable(direct.errorMessage()));
}

void TestRestore::statisticsTablesAccepted()
{
    // ANALYZE's sqlite_stat1 is planner statistics, which SQLite itself may add: not a reason to refuse.
    QVERIFY(!makeCandidate(QStringLiteral("analyzed.db"), 5).isEmpty());
    QVERIFY(sqliteExec(path(QStringLiteral("analyzed.db")), QStringLiteral("ANALYZE")));
    QStringList stat;
    QVERIFY(sqliteExec(path(QStringLiteral("analyzed.db")),
                       QStringLiteral("SELECT name FROM sqlite_schema WHERE name LIKE 'sqlite_stat%'"),
                       &stat));
    QVERIFY(!stat.isEmpty());
    auto report = RestoreService(dbPath(), dataDir()).restore(path(QStringLiteral("analyzed.db")));
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
}

void TestRestore::olderSchemaRestoredAndMigrated()
{
    // The binary has one migration so far; a second one stands in for the next real migration, so
    // the backup made by this binary is one version old.
    MigrationScripts scripts = Migrations::builtIn();
    const int older = Migrations::latest(scripts);
    scripts.insert(older + 1,
                   "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);\n"
                   "CREATE INDEX notes_body ON notes(body);");
    const QString restoredSession = makeCandidate(QStringLiteral("old.db"), 3);
    QVERIFY(!restoredSession.isEmpty());
    const QByteArray candidateSha = fileSha256(path(QStringLiteral("old.db")));

    // The same version's schema with an extra object is still refused against the older version.
    QVERIFY(QFile::copy(path(QStringLiteral("old.db")), path(QStringLiteral("old-tampered.db"))));
    QVERIFY(sqliteExec(path(QStringLiteral("old-tampered.db")),
                       QStringLiteral("CREATE TRIGGER t AFTER DELETE ON sessions BEGIN SELECT 1; END")));
    RestoreService service(dbPath(), dataDir());
    service.setMigrations(scripts);
    const QByteArray liveSha = fileSha256(dbPath());
    auto refused = service.restore(path(QStringLiteral("old-tampered.db")));
    QCOMPARE(refused.code(), ErrorCode::NotBlufio);
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("trigger \"t\"")),
             qPrintable(refused.errorMessage()));
    QCOMPARE(fileSha256(dbPath()), liveSha);

    auto report = service.restore(path(QStringLiteral("old.db")));
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QCOMPARE(report->schemaVersion, older + 1);
    QCOMPARE(fileSha256(path(QStringLiteral("old.db"))), candidateSha); // the backup itself untouched
    QStringList version;
    QVERIFY(sqliteExec(dbPath(), QStringLiteral("PRAGMA user_version"), &version));
    QCOMPARE(version, QStringList {QString::number(older + 1)});
    QVERIFY(SchemaCheck::checkFile(dbPath(), scripts).ok());
    QCOMPARE(liveSessions(dbPath()).size(), 4);
    QVERIFY(liveSessions(dbPath()).contains(restoredSession));
    QCOMPARE(integrityCheck(dbPath()), QStringLiteral("ok"));
    QVERIFY(!QFile::exists(dbPath() + QStringLiteral(".restore-tmp")));
    QVERIFY(!QFile::exists(dbPath() + QStringLiteral(".restore-tmp-journal")));

    // A file claiming the newer version without its objects is refused, naming what is missing.
    QVERIFY(QFile::copy(path(QStringLiteral("old.db")), path(QStringLiteral("claims-newer.db"))));
    QVERIFY(sqliteExec(path(QStringLiteral("claims-newer.db")),
                       QStringLiteral("PRAGMA user_version = %1").arg(older + 1)));
    auto lacking = service.restore(path(QStringLiteral("claims-newer.db")));
    QCOMPARE(lacking.code(), ErrorCode::NotBlufio);
    QVERIFY2(lacking.errorMessage().contains(QStringLiteral("lacks")), qPrintable(lacking.errorMessage()));
}

void TestRestore::copyIsPrivate()
{
    // A world-readable backup and a loose umask: the restored database (our copy, renamed) is 0600.
    QVERIFY(!makeCandidate(QStringLiteral("good.db")).isEmpty());
    QVERIFY(
        QFile::setPermissions(path(QStringLiteral("good.db")),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    const mode_t saved = ::umask(0);
    auto report = RestoreService(dbPath(), dataDir()).restore(path(QStringLiteral("good.db")));
    ::umask(saved);
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    for (const QString &file : {dbPath(), report->preRestorePath}) {
        struct stat st
        {
        };
        QVERIFY(::stat(QFile::encodeName(file).constData(), &st) == 0);
        QCOMPARE(QString::number(st.st_mode & 0777, 8), QStringLiteral("600"));
    }
}

void TestRestore::schemaCheckOnBytes()
{
    QVERIFY(!makeCandidate(QStringLiteral("bytes.db"), 2).isEmpty());
    const QByteArray image = readAll(path(QStringLiteral("bytes.db")));
    const Result<void> good = SchemaCheck::checkBytes(image);
    QVERIFY2(good.ok(), qPrintable(good.errorMessage()));
    QVERIFY(!SchemaCheck::checkBytes(QByteArray()).ok());
    QVERIFY(!SchemaCheck::checkBytes(QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\xff')).ok());
    // What the fuzzer will feed it: a valid image with one object more is refused, not crashed on.
    QVERIFY(sqliteExec(path(QStringLiteral("bytes.db")), QStringLiteral("CREATE VIEW v AS SELECT 1")));
    const Result<void> extra = SchemaCheck::checkBytes(readAll(path(QStringLiteral("bytes.db"))));
    QCOMPARE(extra.code(), ErrorCode::NotBlufio);
}

QTEST_GUILESS_MAIN(TestRestore)
#include "tst_restore.moc"
