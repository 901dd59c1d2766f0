#include "cli/Command.h"
#include "cli/doctor/DoctorChecks.h"
#include "common/storage/SqliteStorage.h"
#include "common/vault/Vault.h"
#include "fakellm/FakeLlmServer.h"
#include "faketelegram/FakeTelegramServer.h"
#include "support/TestSupport.h"
#include "telegram/TelegramTestApi.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace blufio;
using namespace blufio::test;

namespace {
constexpr auto kProviderKey = "doctor-right-key";
constexpr auto BearerToken = "doctor-bearer-token-0123456789";

struct CliRun
{
    int code = -1;
    QString out;
    QString err;

    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    // id -> status of every check in --json output.
    QMap<QString, QString> statuses() const
    {
        QMap<QString, QString> m;
        for (const QJsonValue &v : json().value(QStringLiteral("checks")).toArray())
            m.insert(v[QStringLiteral("id")].toString(), v[QStringLiteral("status")].toString());
        return m;
    }
    QJsonObject check(const QString &id) const
    {
        for (const QJsonValue &v : json().value(QStringLiteral("checks")).toArray()) {
            if (v[QStringLiteral("id")].toString() == id)
                return v.toObject();
        }
        return {};
    }
};

// In process: the fake provider lives in this thread and is served by the probe's event loop.
CliRun runDoctor(const QString &configPath, const QStringList &extra = {},
                 const QProcessEnvironment &env = {}, bool colour = false)
{
    QString out, err, in;
    QTextStream o(&out), e(&err), i(&in);
    cli::CommandContext ctx {o, e, i, env};
    ctx.colour = colour;
    CliRun r;
    r.code = cli::run(QStringList {QStringLiteral("blufio"), QStringLiteral("--config"), configPath,
                                   QStringLiteral("doctor")}
                          + extra,
                      ctx);
    o.flush();
    e.flush();
    r.out = out;
    r.err = err;
    return r;
}

// A healthy setup without a daemon: data dir, migrated database, fake provider, bearer token, free port.
struct Setup
{
    QTemporaryDir dir;
    FakeLlmServer fake;
    quint16 port = freePort();

    QString dataDir() const { return dir.filePath(QStringLiteral("data")); }
    QString databasePath() const { return dir.filePath(QStringLiteral("db/blufio.db")); }
    QString configPath() const { return dir.filePath(QStringLiteral("blufio.toml")); }

    bool prepare()
    {
        if (!dir.isValid() || !fake.listen())
            return false;
        fake.setExpectedApiKey(kProviderKey);
        QDir(dir.path()).mkpath(QStringLiteral("data"));
        QDir(dir.path()).mkpath(QStringLiteral("db"));
        SqliteStorage storage(databasePath());
        if (!storage.open())
            return false;
        storage.close();
        return writeConfig();
    }

    // The database path is absolute so that a broken data_dir does not also break the database check.
    bool writeConfig(const QString &dataDirValue = {}, const QString &baseUrl = {},
                     const QByteArray &key = kProviderKey)
    {
        QFile f(configPath());
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        f.write(configText(dataDirValue.isEmpty() ? dataDir() : dataDirValue,
                           baseUrl.isEmpty() ? fake.anthropicBaseUrl() : baseUrl, key, port, databasePath()));
        return true;
    }

    static QByteArray configText(const QString &dataDir, const QString &baseUrl, const QByteArray &key,
                                 quint16 port, const QString &database)
    {
        return "[daemon]\nbind = \"127.0.0.1\"\nhealth_port = " + QByteArray::number(port) + "\ndata_dir = \""
            + dataDir.toUtf8() + "\"\n\n[storage]\ndatabase = \"" + database.toUtf8() + "\"\n\n"
            + providerText(baseUrl, key);
    }

    static QByteArray providerText(const QString &baseUrl, const QByteArray &key)
    {
        return "[agent]\nprovider = \"anthropic\"\n\n[providers.anthropic]\nbase_url = \"" + baseUrl.toUtf8()
            + "\"\napi_key = \"" + key + "\"\n\n[gateway]\nenabled = true\nbearer_token = \""
            + QByteArray(BearerToken) + "\"\n";
    }
};

// The healthy setup with the Telegram channel enabled against this Bot API.
bool writeTelegramConfig(const Setup &s, const QString &apiUrl, const QByteArray &token)
{
    QFile f(s.configPath());
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.write(Setup::configText(s.dataDir(), s.fake.anthropicBaseUrl(), kProviderKey, s.port, s.databasePath())
            + "\n[telegram]\nenabled = true\nbot_token = \"" + token + "\"\napi_url = \"" + apiUrl.toUtf8()
            + "\"\n");
    return true;
}

// The fault's check fails with a remedy, exit 1, every other check as in the healthy baseline.
void verifyOnlyFault(const CliRun &baseline, const CliRun &faulty, const QString &id)
{
    QCOMPARE(faulty.code, 1);
    const QJsonObject check = faulty.check(id);
    QVERIFY2(check.value(QStringLiteral("status")).toString() == u"fail", qPrintable(faulty.out));
    QVERIFY(!check.value(QStringLiteral("remedy")).toString().isEmpty());
    QCOMPARE(faulty.json().value(QStringLiteral("ok")).toBool(), false);
    QMap<QString, QString> expected = baseline.statuses();
    expected[id] = QStringLiteral("fail");
    QCOMPARE(faulty.statuses(), expected);
}
} // namespace

class TestDoctor : public QObject
{
    Q_OBJECT

private slots:
    void healthyWithRunningDaemon()
    {
        FakeLlmServer fake;
        QVERIFY(fake.listen());
        fake.setExpectedApiKey(kProviderKey);
        DaemonProcess d;
        d.setExtraConfig(Setup::providerText(fake.anthropicBaseUrl(), kProviderKey));
        QVERIFY2(d.start(), d.output().constData());

        const CliRun json = runDoctor(d.configPath(), {QStringLiteral("--json")});
        QVERIFY2(json.code == 0, qPrintable(json.out + json.err));
        QVERIFY(json.json().value(QStringLiteral("ok")).toBool());
        const QMap<QString, QString> statuses = json.statuses();
        QCOMPARE(
            statuses.keys(),
            (QStringList {QStringLiteral("config"), QStringLiteral("data_dir"), QStringLiteral("database"),
                          QStringLiteral("gateway_auth"), QStringLiteral("port"), QStringLiteral("provider"),
                          QStringLiteral("systemd")}));
        for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
            QVERIFY2(it.value() == u"ok",
                     qPrintable(it.key() + u' '
                                + json.check(it.key()).value(QStringLiteral("message")).toString()));
        QVERIFY(json.check(QStringLiteral("config"))
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(d.configPath()));
        QVERIFY2(json.check(QStringLiteral("port"))
                     .value(QStringLiteral("message"))
                     .toString()
                     .contains(QStringLiteral("blufiod")),
                 qPrintable(json.out));

        // --deep: the running daemon's memory and the provider's clock are fine too.
        const CliRun deep = runDoctor(d.configPath(), {QStringLiteral("--json"), QStringLiteral("--deep")});
        QVERIFY2(deep.code == 0, qPrintable(deep.out));
        for (const char *id : {"integrity", "disk", "vault", "memory", "clock"})
            QVERIFY2(deep.check(QLatin1String(id)).value(QStringLiteral("status")).toString() == u"ok",
                     qPrintable(deep.out));
        QVERIFY(deep.check(QStringLiteral("memory"))
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("RSS")));

        // Human output: one line per check, no colour when not asked for.
        const CliRun human = runDoctor(d.configPath());
        QCOMPARE(human.code, 0);
        QVERIFY(human.out.contains(QStringLiteral("[ ok ] provider: ")));
        QVERIFY(!human.out.contains(QChar(0x1b)));

        // The real binary as a shell sees it; the event loop keeps running so that the in-process fake
        // answers.
        QProcess p;
        p.start(binPath(QStringLiteral("blufio")),
                {QStringLiteral("--config"), d.configPath(), QStringLiteral("doctor")});
        QVERIFY(p.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 20000);
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() == 0, p.readAllStandardOutput().constData());
        QVERIFY(d.stop() == 0);
    }

    void invalidConfig()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.toml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[daemon]\nhealth_port = 70000\n");
        f.close();
        const CliRun r = runDoctor(path, {QStringLiteral("--json")});
        QCOMPARE(r.code, 1);
        const QJsonObject check = r.check(QStringLiteral("config"));
        QCOMPARE(check.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
        QVERIFY2(check.value(QStringLiteral("message")).toString().contains(path + QStringLiteral(":2:1")),
                 qPrintable(r.out));
        QVERIFY(!check.value(QStringLiteral("remedy")).toString().isEmpty());
        // Nothing else can be checked without a configuration.
        QCOMPARE(r.statuses().size(), 1);
    }

    void unwritableDataDir()
    {
        Setup s;
        QVERIFY(s.prepare());
        const CliRun baseline = runDoctor(s.configPath(), {QStringLiteral("--json")});
        QVERIFY2(baseline.code == 0, qPrintable(baseline.out));
        // Root ignores permission bits; /proc/sys refuses new files to everyone.
        QVERIFY(s.writeConfig(QStringLiteral("/proc/sys")));
        verifyOnlyFault(baseline, runDoctor(s.configPath(), {QStringLiteral("--json")}),
                        QStringLiteral("data_dir"));
        // A file where the directory should be.
        const QString file = s.dir.filePath(QStringLiteral("not-a-dir"));
        QFile(file).open(QIODevice::WriteOnly);
        QVERIFY(s.writeConfig(file));
        verifyOnlyFault(baseline, runDoctor(s.configPath(), {QStringLiteral("--json")}),
                        QStringLiteral("data_dir"));
    }

    void corruptDatabase()
    {
        Setup s;
        QVERIFY(s.prepare());
        const CliRun baseline = runDoctor(s.configPath(), {QStringLiteral("--json")});
        QVERIFY2(baseline.code == 0, qPrintable(baseline.out));
        QFile db(s.databasePath());
        QVERIFY(db.open(QIODevice::WriteOnly | QIODevice::Truncate));
        db.write(QByteArray(8192, 'x'));
        db.close();
        QFile::remove(s.databasePath() + QStringLiteral("-wal"));
        QFile::remove(s.databasePath() + QStringLiteral("-shm"));
        const CliRun r = runDoctor(s.configPath(), {QStringLiteral("--json")});
        verifyOnlyFault(baseline, r, QStringLiteral("database"));
        QVERIFY(r.check(QStringLiteral("database"))
                    .value(QStringLiteral("remedy"))
                    .toString()
                    .contains(QStringLiteral("restore")));
    }

    void providerKeyRejected()
    {
        Setup s;
        QVERIFY(s.prepare());
        const CliRun baseline = runDoctor(s.configPath(), {QStringLiteral("--json")});
        QVERIFY2(baseline.code == 0, qPrintable(baseline.out));
        QVERIFY(s.writeConfig({}, {}, "a-wrong-key"));
        const CliRun r = runDoctor(s.configPath(), {QStringLiteral("--json")});
        verifyOnlyFault(baseline, r, QStringLiteral("provider"));
        QVERIFY2(r.check(QStringLiteral("provider"))
                     .value(QStringLiteral("message"))
                     .toString()
                     .contains(QStringLiteral("key rejected")),
                 qPrintable(r.out));
    }

    void providerUnreachable()
    {
        Setup s;
        QVERIFY(s.prepare());
        const CliRun baseline = runDoctor(s.configPath(), {QStringLiteral("--json")});
        QVERIFY2(baseline.code == 0, qPrintable(baseline.out));
        QVERIFY(s.writeConfig({}, QStringLiteral("http://127.0.0.1:%1").arg(freePort())));
        const CliRun r = runDoctor(s.configPath(), {QStringLiteral("--json")});
        verifyOnlyFault(baseline, r, QStringLiteral("provider"));
        QVERIFY2(r.check(QStringLiteral("provider"))
                     .value(QStringLiteral("message"))
                     .toString()
                     .contains(QStringLiteral("unreachable")),
                 qPrintable(r.out));
    }

    void portHeldByAnotherProgram()
    {
        Setup s;
        QVERIFY(s.prepare());
        const CliRun baseline = runDoctor(s.configPath(), {QStringLiteral("--json")});
        QVERIFY2(baseline.code == 0, qPrintable(baseline.out));
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, s.port));
        const CliRun r = runDoctor(s.configPath(), {QStringLiteral("--json")});
        verifyOnlyFault(baseline, r, QStringLiteral("port"));
        // Named from /proc: this test program holds it.
        const QString message = r.check(QStringLiteral("port")).value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(QStringLiteral("pid %1").arg(QCoreApplication::applicationPid())),
                 qPrintable(message));
    }

    void diskBelowThreshold()
    {
        Setup s;
        QVERIFY(s.prepare());
        const CliRun baseline
            = runDoctor(s.configPath(), {QStringLiteral("--json"), QStringLiteral("--deep")});
        // Without a daemon the memory check warns; that alone does not fail.
        QVERIFY2(baseline.code == 0, qPrintable(baseline.out));
        QCOMPARE(baseline.check(QStringLiteral("disk")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("ok"));
        QCOMPARE(baseline.check(QStringLiteral("memory")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("warn"));
        const CliRun r
            = runDoctor(s.configPath(),
                        {QStringLiteral("--json"), QStringLiteral("--deep"),
                         QStringLiteral("--min-free-bytes"), QStringLiteral("4611686018427387904")});
        verifyOnlyFault(baseline, r, QStringLiteral("disk"));
        QVERIFY(r.check(QStringLiteral("disk"))
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("free")));
        // The same through the environment.
        QProcessEnvironment env;
        env.insert(QStringLiteral("BLUFIO_DOCTOR_MIN_FREE_BYTES"), QStringLiteral("4611686018427387904"));
        verifyOnlyFault(baseline,
                        runDoctor(s.configPath(), {QStringLiteral("--json"), QStringLiteral("--deep")}, env),
                        QStringLiteral("disk"));
    }

    void deepFailsOnChangedSchema_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("named");
        QTest::newRow("added trigger")
            << QStringLiteral("CREATE TRIGGER copy_out AFTER INSERT ON messages BEGIN SELECT 1; END")
            << QStringLiteral("trigger \"copy_out\"");
        QTest::newRow("extra view") << QStringLiteral("CREATE VIEW secrets AS SELECT * FROM vault_entries")
                                    << QStringLiteral("view \"secrets\"");
        QTest::newRow("changed table") << QStringLiteral("ALTER TABLE sessions ADD COLUMN owner TEXT")
                                       << QStringLiteral("table \"sessions\"");
    }

    void deepFailsOnChangedSchema()
    {
        QFETCH(QString, sql);
        QFETCH(QString, named);
        Setup s;
        QVERIFY(s.prepare());
        const CliRun baseline
            = runDoctor(s.configPath(), {QStringLiteral("--json"), QStringLiteral("--deep")});
        QVERIFY2(baseline.code == 0, qPrintable(baseline.out));
        QCOMPARE(baseline.check(QStringLiteral("schema")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("ok"));
        {
            SqliteStorage storage(s.databasePath());
            QVERIFY(storage.open().ok());
            QSqlQuery query(QSqlDatabase::database(storage.connectionName()));
            QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
        }
        const CliRun r = runDoctor(s.configPath(), {QStringLiteral("--json"), QStringLiteral("--deep")});
        verifyOnlyFault(baseline, r, QStringLiteral("schema"));
        QVERIFY2(
            r.check(QStringLiteral("schema")).value(QStringLiteral("message")).toString().contains(named),
            qPrintable(r.out));
        QVERIFY(r.check(QStringLiteral("schema"))
                    .value(QStringLiteral("remedy"))
                    .toString()
                    .contains(QStringLiteral("restore")));
        // Only --deep looks.
        QCOMPARE(runDoctor(s.configPath(), {QStringLiteral("--json")}).code, 0);
    }

    void strictCountsWarnings()
    {
        Setup s;
        QVERIFY(s.prepare());
        QCOMPARE(runDoctor(s.configPath(), {QStringLiteral("--deep")}).code, 0);
        const CliRun r = runDoctor(s.configPath(), {QStringLiteral("--deep"), QStringLiteral("--strict")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("[warn] memory: ")), qPrintable(r.out));
        // The remedy follows on its own indented line.
        QVERIFY(r.out.contains(QStringLiteral("\n       Start it")));
    }

    void missingSqliteDriverNamesThePackage()
    {
        // Without libqt6sql6-sqlite Qt has no QSQLITE; the database check must fail, not report
        // "does not exist yet" (tests/package/install-test.sh removes the real plugin as well).
        const std::optional<cli::DoctorCheck> missing
            = cli::DoctorChecks::sqliteDriver({QStringLiteral("QPSQL")});
        QVERIFY(missing);
        QCOMPARE(missing->id, QStringLiteral("database"));
        QCOMPARE(missing->status, cli::DoctorCheck::Status::Fail);
        QVERIFY2(missing->message.contains(QStringLiteral("QSQLITE")), qPrintable(missing->message));
        QVERIFY2(missing->remedy.contains(QStringLiteral("libqt6sql6-sqlite")), qPrintable(missing->remedy));
        QVERIFY(!cli::DoctorChecks::sqliteDriver(QSqlDatabase::drivers()));
    }

    // Issue [11]: a `telegram` check (getMe, then getWebhookInfo) only when the channel is enabled.
    void telegramCheck()
    {
        Setup s;
        QVERIFY(s.prepare());
        const CliRun disabled = runDoctor(s.configPath(), {QStringLiteral("--json")});
        QVERIFY2(disabled.code == 0, qPrintable(disabled.out));
        QVERIFY(!disabled.statuses().contains(QStringLiteral("telegram")));

        FakeTelegramServer fake;
        QVERIFY(fake.listen());
        QVERIFY(writeTelegramConfig(s, fake.apiUrl(), fake.token()));
        const CliRun good = runDoctor(s.configPath(), {QStringLiteral("--json")});
        QVERIFY2(good.code == 0, qPrintable(good.out));
        QMap<QString, QString> expected = disabled.statuses();
        expected[QStringLiteral("telegram")] = QStringLiteral("ok");
        QCOMPARE(good.statuses(), expected);
        const QString message
            = good.check(QStringLiteral("telegram")).value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(QStringLiteral("@fake_blufio_bot"))
                     && message.contains(QStringLiteral("no webhook")),
                 qPrintable(message));
        QCOMPARE(fake.requests(QStringLiteral("getMe")).size(), 1);

        // A token Telegram does not accept.
        const QByteArray wrong = QByteArrayLiteral("42:wrong-secret-value");
        QVERIFY(writeTelegramConfig(s, fake.apiUrl(), wrong));
        CliRun r = runDoctor(s.configPath(), {QStringLiteral("--json")});
        verifyOnlyFault(good, r, QStringLiteral("telegram"));
        QVERIFY2(r.check(QStringLiteral("telegram"))
                     .value(QStringLiteral("remedy"))
                     .toString()
                     .contains(QStringLiteral("telegram.bot_token")),
                 qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("wrong-secret-value")), qPrintable(r.out));

        // A webhook is set: say so, and how to delete it.
        fake.setWebhookUrl(QStringLiteral("https://hooks.example/telegram"));
        QVERIFY(writeTelegramConfig(s, fake.apiUrl(), fake.token()));
        r = runDoctor(s.configPath(), {QStringLiteral("--json")});
        verifyOnlyFault(good, r, QStringLiteral("telegram"));
        QVERIFY2(r.check(QStringLiteral("telegram"))
                     .value(QStringLiteral("message"))
                     .toString()
                     .contains(QStringLiteral("webhook")),
                 qPrintable(r.out));
        QVERIFY2(r.check(QStringLiteral("telegram"))
                     .value(QStringLiteral("remedy"))
                     .toString()
                     .contains(QStringLiteral("deleteWebhook")),
                 qPrintable(r.out));
        QVERIFY(!r.out.contains(QString::fromUtf8(fake.token())));
        fake.setWebhookUrl({});

        // Nothing listens at api_url.
        QVERIFY(writeTelegramConfig(s, QStringLiteral("http://127.0.0.1:%1").arg(freePort()), fake.token()));
        r = runDoctor(s.configPath(), {QStringLiteral("--json")});
        verifyOnlyFault(good, r, QStringLiteral("telegram"));
        QVERIFY2(r.check(QStringLiteral("telegram"))
                     .value(QStringLiteral("remedy"))
                     .toString()
                     .contains(QStringLiteral("telegram.api_url")),
                 qPrintable(r.out));
        QVERIFY(!r.out.contains(QString::fromUtf8(fake.token())));
    }

    void telegramCheckAgainstEmulator()
    {
        TelegramTestApi emulator;
        if (!emulator.start(sourcePath(QStringLiteral("tests/telegram/start.js")))) {
            QVERIFY2(emulator.notInstalled(), qPrintable(emulator.error()));
            QSKIP(qPrintable(emulator.error()));
        }
        Setup s;
        QVERIFY(s.prepare());
        QVERIFY(writeTelegramConfig(s, emulator.apiUrl(), "7000001:AAH-doctor-secret"));
        const CliRun r = runDoctor(s.configPath(), {QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.out));
        const QJsonObject check = r.check(QStringLiteral("telegram"));
        QCOMPARE(check.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        // telegram-test-api has no getWebhookInfo; getMe is what the check is about.
        QVERIFY2(check.value(QStringLiteral("message")).toString().contains(QStringLiteral("@TestNameBot")),
                 qPrintable(r.out));
        QVERIFY2(
            check.value(QStringLiteral("message")).toString().contains(QStringLiteral("webhook not checked")),
            qPrintable(r.out));
    }

    void telegramTokenFromTheVault()
    {
        Setup s;
        QVERIFY(s.prepare());
        FakeTelegramServer fake;
        QVERIFY(fake.listen());
        {
            SqliteStorage storage(s.databasePath());
            QVERIFY(storage.open());
            Vault vault(storage);
            const QByteArray passphrase = "doctor vault passphrase";
            QVERIFY(vault.create(SecureBytes(passphrase.constData(), size_t(passphrase.size()))));
            QVERIFY(vault.set(QStringLiteral("telegram_bot_token"), fake.token()));
        }
        QVERIFY(writeTelegramConfig(s, fake.apiUrl(), "vault:telegram_bot_token"));
        // Without the passphrase the token cannot be checked: a warning that says why.
        CliRun r = runDoctor(s.configPath(), {QStringLiteral("--json")});
        QCOMPARE(r.check(QStringLiteral("telegram")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("warn"));
        QVERIFY(r.check(QStringLiteral("telegram"))
                    .value(QStringLiteral("remedy"))
                    .toString()
                    .contains(QStringLiteral("BLUFIO_VAULT_KEY")));
        QVERIFY(fake.requests().isEmpty());

        QProcessEnvironment env;
        env.insert(QStringLiteral("BLUFIO_VAULT_KEY"), QStringLiteral("doctor vault passphrase"));
        r = runDoctor(s.configPath(), {QStringLiteral("--json")}, env);
        QVERIFY2(r.check(QStringLiteral("telegram")).value(QStringLiteral("status")).toString() == u"ok",
                 qPrintable(r.out));
        QCOMPARE(fake.requests(QStringLiteral("getMe")).size(), 1);
        QCOMPARE(fake.requests(QStringLiteral("getMe")).first().token, fake.token());
        QVERIFY(!r.out.contains(QString::fromUtf8(fake.token())));
    }

    void colourOnlyWhenAsked()
    {
        Setup s;
        QVERIFY(s.prepare());
        QVERIFY(!runDoctor(s.configPath()).out.contains(QChar(0x1b)));
        const CliRun coloured = runDoctor(s.configPath(), {}, {}, true);
        QVERIFY2(coloured.out.contains(QStringLiteral("\x1b[")), qPrintable(coloured.out));
        // --json never carries escape sequences.
        QVERIFY(!runDoctor(s.configPath(), {QStringLiteral("--json")}, {}, true).out.contains(QChar(0x1b)));
    }
};

QTEST_GUILESS_MAIN(TestDoctor)
#include "tst_doctor.moc"
