// blufio backup / restore / config *-secret through the real blufio binary, next to a real blufiod where
// it matters (issue 4): the operator's view of the storage layer that tests/storage covers in-process.
#include "common/storage/RestoreService.h"
#include "storage/StorageTestUtil.h"
#include "support/TestSupport.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <unistd.h>

using namespace blufio;
using namespace blufio::test;

namespace {

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

const QString VaultKey = QStringLiteral("correct horse battery staple");

// The environment a CLI run sees: the caller's, minus anything that could point it at another
// configuration, data directory or vault.
QProcessEnvironment cliEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : env.keys()) {
        if (name.startsWith(QLatin1String("BLUFIO_")) && name != u"BLUFIO_BIN_DIR"
            && name != u"BLUFIO_SOURCE_DIR")
            env.remove(name);
    }
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/xdg-config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/xdg-data"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return withLeftoverMarkers(env);
}

QProcessEnvironment withVaultKey(QProcessEnvironment env, const QString &key = VaultKey)
{
    env.insert(QStringLiteral("BLUFIO_VAULT_KEY"), key);
    return env;
}

CliRun runBlufio(const QStringList &args, const QProcessEnvironment &env, const QByteArray &input = {})
{
    QProcess p;
    p.setProcessEnvironment(env);
    // A session of its own has no controlling terminal, so no passphrase prompt can wait on the
    // developer's /dev/tty: what the CLI does without one is what these tests check.
    p.setChildProcessModifier([] { ::setsid(); });
    p.start(binPath(QStringLiteral("blufio")), args);
    if (!p.waitForStarted(10000))
        return {};
    // Always close stdin: set-secret reads to its end, and nothing else may wait on a terminal.
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished(5000);
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QString describe(const CliRun &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.code).arg(r.out, r.err);
}

// The check the brief names: the sqlite3 shell's own integrity_check, falling back to the C API when
// the shell is not installed.
QString shellIntegrityCheck(const QString &path)
{
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty())
        return integrityCheck(path);
    QProcess p;
    p.start(shell, {path, QStringLiteral("PRAGMA integrity_check")});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()).trimmed();
}

QSet<QString> sessionIds(const QString &path)
{
    QStringList rows;
    sqliteExec(path, QStringLiteral("SELECT id FROM sessions"), &rows);
    return QSet<QString>(rows.cbegin(), rows.cend());
}

// A second connection to the daemon's database, the way another writer would hold one: rows in
// sessions, each insert its own commit.
class SessionWriter
{
public:
    explicit SessionWriter(const QString &path)
        : m_name(QStringLiteral("writer-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (!db.open()) {
            m_error = db.lastError().text();
            return;
        }
        QSqlQuery pragma(db);
        pragma.exec(QStringLiteral("PRAGMA busy_timeout=5000"));
        pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    }
    ~SessionWriter()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }

    QString error() const { return m_error; }

    // Inserts count rows in one transaction (count > 1) or one autocommitted row; returns their ids.
    QStringList insert(int count = 1)
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        QStringList ids;
        if (count > 1)
            db.transaction();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO sessions (id, created_at, updated_at) VALUES (?, ?, ?)"));
        for (int i = 0; i < count; ++i) {
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            q.addBindValue(id);
            q.addBindValue(now);
            q.addBindValue(now);
            if (!q.exec()) {
                m_error = q.lastError().text();
                return ids;
            }
            ids.append(id);
        }
        if (count > 1 && !db.commit())
            m_error = db.lastError().text();
        return ids;
    }

private:
    QString m_name;
    QString m_error;
};

// A configuration for CLI runs without a daemon: a data directory of its own.
class Setup
{
public:
    Setup()
    {
        QFile file(configPath());
        if (file.open(QIODevice::WriteOnly))
            file.write("[daemon]\ndata_dir = \"" + dataDir().toUtf8() + "\"\n");
    }
    QString home() const { return m_dir.path(); }
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    QString databasePath() const { return dataDir() + QStringLiteral("/blufio.db"); }
    QString configPath() const { return m_dir.filePath(QStringLiteral("cli.toml")); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QProcessEnvironment env() const { return cliEnvironment(home()); }

    CliRun run(QStringList args, const QProcessEnvironment &env, const QByteArray &input = {}) const
    {
        args.prepend(configPath());
        args.prepend(QStringLiteral("--config"));
        return runBlufio(args, env, input);
    }

private:
    QTemporaryDir m_dir;
};

QString databaseOf(DaemonProcess &d)
{
    return d.dataDir() + QStringLiteral("/blufio.db");
}

CliRun runAgainst(DaemonProcess &d, QStringList args, const QProcessEnvironment &env,
                  const QByteArray &input = {})
{
    args.prepend(d.configPath());
    args.prepend(QStringLiteral("--config"));
    return runBlufio(args, env, input);
}

} // namespace

class TestCliStorage : public QObject
{
    Q_OBJECT

private slots:
    void backupWhileTheDaemonRunsAndSomeoneWrites()
    {
        DaemonProcess d;
        QVERIFY2(d.start(), d.output().constData());
        const QString db = databaseOf(d);
        QTemporaryDir out;
        const QString copy = out.filePath(QStringLiteral("copy.db"));
        const QProcessEnvironment env = cliEnvironment(out.path());

        SessionWriter writer(db);
        QVERIFY2(writer.error().isEmpty(), qPrintable(writer.error()));
        // A couple of MB, so the backup takes many steps while the writer commits.
        QStringList committedBefore = writer.insert(20000);
        QVERIFY2(writer.error().isEmpty(), qPrintable(writer.error()));
        committedBefore += writer.insert();

        QProcess backup;
        backup.setProcessEnvironment(env);
        backup.start(binPath(QStringLiteral("blufio")),
                     {QStringLiteral("--config"), d.configPath(), QStringLiteral("backup"), copy});
        QVERIFY(backup.waitForStarted(10000));
        backup.closeWriteChannel();
        int writtenDuring = 0;
        QElapsedTimer timer;
        timer.start();
        while (backup.state() != QProcess::NotRunning && timer.elapsed() < 60000) {
            writtenDuring += int(writer.insert().size());
            QVERIFY2(writer.error().isEmpty(), qPrintable(writer.error()));
            backup.waitForFinished(2);
        }
        QCOMPARE(backup.exitStatus(), QProcess::NormalExit);
        const CliRun r {backup.exitCode(), QString::fromUtf8(backup.readAllStandardOutput()),
                        QString::fromUtf8(backup.readAllStandardError())};
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(writtenDuring > 0, "the writer never committed while the backup ran");
        qInfo("backup output:\n%s(%d rows committed while it ran)", qPrintable(r.out), writtenDuring);
        // It reports what it did: size, pages and time.
        QVERIFY2(r.out.contains(copy) && r.out.contains(QStringLiteral("bytes"))
                     && r.out.contains(QStringLiteral("pages:")) && r.out.contains(QStringLiteral("time:")),
                 qPrintable(r.out));

        QVERIFY(QFileInfo::exists(copy));
        QVERIFY(!QFileInfo::exists(copy + QStringLiteral(".partial")));
        QCOMPARE(shellIntegrityCheck(copy), QStringLiteral("ok"));
        const QSet<QString> inCopy = sessionIds(copy);
        for (const QString &id : std::as_const(committedBefore))
            QVERIFY2(inCopy.contains(id),
                     qPrintable(QStringLiteral("row %1 committed before the backup is missing").arg(id)));

        // The daemon kept working throughout.
        QCOMPARE(http("GET", d.url() + QStringLiteral("/health")).status, 200);

        // An existing target is refused without --force, and left alone.
        const QByteArray before = fileSha256(copy);
        CliRun again = runAgainst(d, {QStringLiteral("backup"), copy}, env);
        QVERIFY2(again.code == 1, qPrintable(describe(again)));
        QVERIFY2(again.err.contains(QStringLiteral("already exists"))
                     && again.err.contains(QStringLiteral("--force")),
                 qPrintable(again.err));
        QCOMPARE(fileSha256(copy), before);
        again = runAgainst(d, {QStringLiteral("backup"), copy, QStringLiteral("--force")}, env);
        QVERIFY2(again.code == 0, qPrintable(describe(again)));
        QCOMPARE(shellIntegrityCheck(copy), QStringLiteral("ok"));
        QVERIFY(sessionIds(copy).size() > inCopy.size());

        // No PATH at all is a usage error.
        QCOMPARE(runAgainst(d, {QStringLiteral("backup")}, env).code, 2);
        QCOMPARE(d.stop(), 0);
    }

    void restoreRefusesBadFilesAndARunningDaemon()
    {
        DaemonProcess d;
        QVERIFY2(d.start(), d.output().constData());
        const QString db = databaseOf(d);
        QTemporaryDir out;
        const QProcessEnvironment env = cliEnvironment(out.path());
        const QString good = out.filePath(QStringLiteral("good.db"));
        QStringList inBackup;
        {
            SessionWriter writer(db);
            inBackup = writer.insert(10);
            QVERIFY2(writer.error().isEmpty(), qPrintable(writer.error()));
        }
        CliRun r = runAgainst(d, {QStringLiteral("backup"), good}, env);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));

        // Not SQLite at all: refused, nothing touched.
        const QString junk = out.filePath(QStringLiteral("junk.db"));
        {
            QFile f(junk);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, 'j'));
        }
        QByteArray hash = fileSha256(db);
        QVERIFY(!hash.isEmpty());
        r = runAgainst(d, {QStringLiteral("restore"), junk}, env);
        QVERIFY2(r.code == 1, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QStringLiteral("not an SQLite database")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Nothing was changed")), qPrintable(r.err));
        QCOMPARE(fileSha256(db), hash);
        QVERIFY(!QFileInfo::exists(RestoreService::preRestorePath(db)));

        // A good file while blufiod holds the data directory: refused, naming its pid.
        r = runAgainst(d, {QStringLiteral("restore"), good}, env);
        QVERIFY2(r.code == 1, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QStringLiteral("pid %1").arg(d.pid())), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("--force")), qPrintable(r.err));
        QCOMPARE(fileSha256(db), hash);
        QVERIFY(!QFileInfo::exists(RestoreService::preRestorePath(db)));

        // --force does it, and tells the operator to restart the daemon.
        r = runAgainst(d, {QStringLiteral("restore"), good, QStringLiteral("--force")}, env);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QStringLiteral("restart")) && r.err.contains(QString::number(d.pid())),
                 qPrintable(r.err));
        QVERIFY2(r.out.contains(RestoreService::preRestorePath(db)), qPrintable(r.out));
        QVERIFY(QFileInfo::exists(RestoreService::preRestorePath(db)));
        d.stop();

        // With the daemon stopped: a restore needs no --force, keeps the current database as
        // <db>.pre-restore and leaves exactly the backup's content.
        QVERIFY(QFile::remove(RestoreService::preRestorePath(db)));
        QStringList afterBackup;
        {
            SessionWriter writer(db);
            afterBackup = writer.insert(5);
            QVERIFY2(writer.error().isEmpty(), qPrintable(writer.error()));
        }
        r = runAgainst(d, {QStringLiteral("restore"), good}, env);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains(QStringLiteral("kept as %1").arg(RestoreService::preRestorePath(db))),
                 qPrintable(r.out));
        QCOMPARE(shellIntegrityCheck(db), QStringLiteral("ok"));
        const QSet<QString> live = sessionIds(db);
        const QSet<QString> kept = sessionIds(RestoreService::preRestorePath(db));
        for (const QString &id : std::as_const(inBackup))
            QVERIFY(live.contains(id));
        for (const QString &id : std::as_const(afterBackup)) {
            QVERIFY(!live.contains(id));
            QVERIFY(kept.contains(id));
        }

        // The restored database serves a new daemon.
        QVERIFY2(d.start(), d.output().constData());
        QCOMPARE(http("GET", d.url() + QStringLiteral("/health")).status, 200);
        QCOMPARE(d.stop(), 0);
    }

    void secretsSetListDelete()
    {
        Setup s;
        const QProcessEnvironment env = withVaultKey(s.env());
        const QByteArray longValue = "abcd-a-rather-long-secret-value-wxyz";

        CliRun r
            = s.run({QStringLiteral("config"), QStringLiteral("set-secret"), QStringLiteral("short_one")},
                    env, "abc\n");
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains(QStringLiteral("vault:short_one")), qPrintable(r.out));
        r = s.run({QStringLiteral("config"), QStringLiteral("set-secret"), QStringLiteral("long_one")}, env,
                  longValue + '\n');
        QVERIFY2(r.code == 0, qPrintable(describe(r)));

        r = s.run({QStringLiteral("config"), QStringLiteral("list-secrets")}, env);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        // Sorted by name; short values are all stars, long ones first4...last4; never the plaintext.
        QCOMPARE(lines.at(0).simplified(), QStringLiteral("long_one abcd...wxyz"));
        QCOMPARE(lines.at(1).simplified(), QStringLiteral("short_one ****"));
        QVERIFY(!r.out.contains(QString::fromUtf8(longValue)) && !r.out.contains(QStringLiteral("abc\n")));
        QVERIFY(!r.err.contains(QString::fromUtf8(longValue)));
        // Nor does it sit in the database in the clear (WAL included).
        QVERIFY(!readAll(s.databasePath()).contains(longValue));
        QVERIFY(!readAll(s.databasePath() + QStringLiteral("-wal")).contains(longValue));

        // The trailing newline is not part of the value (the long mask above ends in "wxyz", not a line
        // break), a Windows one neither. An empty value is refused.
        r = s.run({QStringLiteral("config"), QStringLiteral("set-secret"), QStringLiteral("crlf_one")}, env,
                  "0123456789abcdef\r\n");
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        r = s.run({QStringLiteral("config"), QStringLiteral("list-secrets")}, env);
        QVERIFY2(r.out.contains(QStringLiteral("crlf_one   0123...cdef\n")), qPrintable(r.out));
        r = s.run({QStringLiteral("config"), QStringLiteral("delete-secret"), QStringLiteral("crlf_one")},
                  env);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        r = s.run({QStringLiteral("config"), QStringLiteral("set-secret"), QStringLiteral("empty_one")}, env,
                  "\n");
        QVERIFY2(r.code == 1, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QStringLiteral("empty")), qPrintable(r.err));
        r = s.run({QStringLiteral("config"), QStringLiteral("set-secret"), QStringLiteral("empty_one")}, env);
        QCOMPARE(r.code, 1);
        // The value never travels on argv.
        r = s.run({QStringLiteral("config"), QStringLiteral("set-secret"), QStringLiteral("x"),
                   QStringLiteral("value")},
                  env);
        QCOMPARE(r.code, 2);
        r = s.run({QStringLiteral("config"), QStringLiteral("set-secret"), QStringLiteral("bad name!")}, env,
                  "v\n");
        QCOMPARE(r.code, 2);

        // A wrong passphrase: exit 1 with a clear message, nothing listed.
        const QProcessEnvironment wrong = withVaultKey(s.env(), QStringLiteral("not the passphrase"));
        r = s.run({QStringLiteral("config"), QStringLiteral("list-secrets")}, wrong);
        QVERIFY2(r.code == 1, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QStringLiteral("passphrase is wrong")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        r = s.run({QStringLiteral("config"), QStringLiteral("set-secret"), QStringLiteral("third")}, wrong,
                  "zzz\n");
        QVERIFY2(r.code == 1 && r.err.contains(QStringLiteral("passphrase is wrong")),
                 qPrintable(describe(r)));
        r = s.run({QStringLiteral("config"), QStringLiteral("delete-secret"), QStringLiteral("short_one")},
                  wrong);
        QVERIFY2(r.code == 1 && r.err.contains(QStringLiteral("passphrase is wrong")),
                 qPrintable(describe(r)));

        // Delete: gone from the list; deleting it again says it does not exist.
        r = s.run({QStringLiteral("config"), QStringLiteral("delete-secret"), QStringLiteral("short_one")},
                  env);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        r = s.run({QStringLiteral("config"), QStringLiteral("list-secrets")}, env);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(r.out.split(u'\n', Qt::SkipEmptyParts).size(), 1);
        QVERIFY(r.out.contains(QStringLiteral("long_one")) && !r.out.contains(QStringLiteral("short_one")));
        r = s.run({QStringLiteral("config"), QStringLiteral("delete-secret"), QStringLiteral("short_one")},
                  env);
        QVERIFY2(r.code == 1 && r.err.contains(QStringLiteral("no secret named")), qPrintable(describe(r)));
    }

    void listSecretsWithoutAVault()
    {
        Setup s;
        // No database yet: an empty listing, and no database file created by looking.
        CliRun r = s.run({QStringLiteral("config"), QStringLiteral("list-secrets")}, s.env());
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFileInfo::exists(s.databasePath()));
        // Without BLUFIO_VAULT_KEY and without a terminal, set-secret says what to do.
        r = s.run({QStringLiteral("config"), QStringLiteral("set-secret"), QStringLiteral("x")}, s.env(),
                  "value\n");
        QVERIFY2(r.code == 1 && r.err.contains(QStringLiteral("BLUFIO_VAULT_KEY")), qPrintable(describe(r)));
        // Nor does delete-secret ask for a passphrase when there is no vault to open.
        r = s.run({QStringLiteral("config"), QStringLiteral("delete-secret"), QStringLiteral("x")},
                  withVaultKey(s.env()));
        QVERIFY2(r.code == 1 && r.err.contains(QStringLiteral("no vault")), qPrintable(describe(r)));
    }

    void vaultReferenceReachesTheDaemon()
    {
        DaemonProcess d;
        // The CLI writes the secret into the data directory the daemon will use, before it starts.
        QTemporaryDir home;
        const QString cliConfig = home.filePath(QStringLiteral("cli.toml"));
        {
            QFile f(cliConfig);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("[daemon]\ndata_dir = \"" + d.dataDir().toUtf8() + "\"\n");
        }
        const QByteArray token = "vault-held-token-0123456789abcdef";
        const QProcessEnvironment env = withVaultKey(cliEnvironment(home.path()));
        CliRun r = runBlufio({QStringLiteral("--config"), cliConfig, QStringLiteral("config"),
                              QStringLiteral("set-secret"), QStringLiteral("gateway_token")},
                             env, token + '\n');
        QVERIFY2(r.code == 0, qPrintable(describe(r)));

        d.setExtraConfig("[gateway]\nbearer_token = \"vault:gateway_token\"\n");
        d.environment().insert(QStringLiteral("BLUFIO_VAULT_KEY"), VaultKey);
        d.environment().remove(QStringLiteral("BLUFIO_GATEWAY_BEARER_TOKEN"));
        QVERIFY2(d.start(), d.output().constData());
        const QString sessions = d.url() + QStringLiteral("/v1/sessions");
        QCOMPARE(http("GET", sessions, {}, {{"authorization", "Bearer " + token}}).status, 200);
        QCOMPARE(http("GET", sessions, {}, {{"authorization", "Bearer some-other-token-0123456789"}}).status,
                 401);
        QCOMPARE(http("GET", sessions).status, 401);
        // The secret is not in the daemon's output.
        QVERIFY(!d.output().contains(token));
        QCOMPARE(d.stop(), 0);

        // A reference to a secret the vault does not have: a startup error (EX_CONFIG) naming it.
        d.setExtraConfig("[gateway]\nbearer_token = \"vault:missing_token\"\n");
        QVERIFY(!d.start());
        QVERIFY(d.waitForExit(10000));
        QCOMPARE(d.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(d.process().exitCode(), 78);
        QVERIFY2(d.output().contains("missing_token"), d.output().constData());

        // The right name but the wrong passphrase: also 78, and a clear reason.
        d.setExtraConfig("[gateway]\nbearer_token = \"vault:gateway_token\"\n");
        d.environment().insert(QStringLiteral("BLUFIO_VAULT_KEY"), QStringLiteral("wrong passphrase"));
        QVERIFY(!d.start());
        QVERIFY(d.waitForExit(10000));
        QCOMPARE(d.process().exitCode(), 78);
        QVERIFY2(d.output().contains("passphrase is wrong"), d.output().constData());
    }

    void secondDaemonOnOneDataDirNamesTheFirst()
    {
        DaemonProcess first;
        QVERIFY2(first.start(), first.output().constData());
        DaemonProcess second;
        // Environment overrides win over the file, so the second one's config points at the first's data.
        second.environment().insert(QStringLiteral("BLUFIO_DAEMON_DATA_DIR"), first.dataDir());
        QVERIFY(!second.start());
        QVERIFY(second.waitForExit(10000));
        QCOMPARE(second.process().exitStatus(), QProcess::NormalExit);
        QVERIFY(second.process().exitCode() != 0);
        QVERIFY2(second.output().contains(QByteArray::number(first.pid())), second.output().constData());
        // The first one is unaffected.
        QCOMPARE(http("GET", first.url() + QStringLiteral("/health")).status, 200);
        QCOMPARE(first.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliStorage)
#include "tst_cli_storage.moc"
