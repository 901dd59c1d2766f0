#include "common/config/ConfigLoader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace blufio;

class TestConfig : public QObject
{
    Q_OBJECT

private:
    static QProcessEnvironment cleanEnv(const QString &home)
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), home);
        return env;
    }

private slots:
    void defaults()
    {
        const Result<Config> r = ConfigLoader(QProcessEnvironment()).parse({}, {});
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->value(QStringLiteral("daemon.bind")).toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(r->value(QStringLiteral("daemon.health_port")).toLongLong(), 3000);
        QCOMPARE(r->value(QStringLiteral("daemon.memory_warn_mb")).toLongLong(), 150);
        QCOMPARE(r->value(QStringLiteral("daemon.memory_limit_mb")).toLongLong(), 200);
        QCOMPARE(r->value(QStringLiteral("daemon.max_body_bytes")).toLongLong(), 1048576);
        QCOMPARE(r->value(QStringLiteral("gateway.enabled")).toBool(), true);
        QCOMPARE(r->value(QStringLiteral("agent.provider")).toString(), QStringLiteral("anthropic"));
        QVERIFY(!r->isSet(QStringLiteral("gateway.bearer_token")));
        QCOMPARE(r->entry(QStringLiteral("daemon.health_port")).source, ConfigSource::Default);
    }

    void goodFile()
    {
        const QByteArray toml = "# comment\n[daemon]\nhealth_port = 4000\nmemory_warn_mb = 100\n\n"
                                "[gateway]\ndevice_keys = [\"abc\", \"def\"]\n\n"
                                "[providers.openai]\nbase_url = \"http://localhost:1/v1\"\n\n"
                                "[cost]\ndaily_budget_usd = 2\nmonthly_budget_usd = 30.5\n";
        const Result<Config> r = ConfigLoader(QProcessEnvironment()).parse(toml, QStringLiteral("good.toml"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->value(QStringLiteral("daemon.health_port")).toLongLong(), 4000);
        QCOMPARE(r->entry(QStringLiteral("daemon.health_port")).origin, QStringLiteral("good.toml:3:1"));
        QCOMPARE(r->value(QStringLiteral("gateway.device_keys")).toStringList(),
                 (QStringList {QStringLiteral("abc"), QStringLiteral("def")}));
        QCOMPARE(r->value(QStringLiteral("providers.openai.base_url")).toString(),
                 QStringLiteral("http://localhost:1/v1"));
        QCOMPARE(r->value(QStringLiteral("cost.daily_budget_usd")).toDouble(), 2.0);
        QCOMPARE(r->value(QStringLiteral("cost.monthly_budget_usd")).toDouble(), 30.5);
    }

    void badFile_data()
    {
        QTest::addColumn<QByteArray>("toml");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("fragment");

        QTest::newRow("unknown key") << QByteArray("[daemon]\nhealth_port = 3000\nmemroy_warn_mb = 5\n")
                                     << "daemon.memroy_warn_mb"
                                     << "bad.toml:3:1"
                                     << "unknown key";
        QTest::newRow("unknown section") << QByteArray("\n[deamon]\nbind = \"x\"\n") << "deamon"
                                         << "bad.toml:2:2"
                                         << "unknown section";
        QTest::newRow("wrong type") << QByteArray("[daemon]\nhealth_port = \"3000\"\n")
                                    << "daemon.health_port"
                                    << "bad.toml:2:1"
                                    << "must be an integer, not a string";
        QTest::newRow("bool wrong type") << QByteArray("[gateway]\n\nenabled = 1\n") << "gateway.enabled"
                                         << "bad.toml:3:1"
                                         << "must be a boolean, not an integer";
        QTest::newRow("list of ints")
            << QByteArray("[gateway]\ndevice_keys = [1, 2]\n") << "gateway.device_keys"
            << "bad.toml:2:1"
            << "must be an array of strings";
        QTest::newRow("port 0") << QByteArray("[daemon]\nhealth_port = 0\n") << "daemon.health_port"
                                << "bad.toml:2:1"
                                << "outside the allowed range 1..65535";
        QTest::newRow("port 70000") << QByteArray("[daemon]\n  health_port = 70000\n") << "daemon.health_port"
                                    << "bad.toml:2:3"
                                    << "outside the allowed range";
        QTest::newRow("warn above limit")
            << QByteArray("[daemon]\nmemory_warn_mb = 300\nmemory_limit_mb = 200\n")
            << "daemon.memory_warn_mb"
            << "bad.toml:2:1"
            << "must be below";
        QTest::newRow("bad choice") << QByteArray("[agent]\nprovider = \"gemini\"\n") << "agent.provider"
                                    << "bad.toml:2:1"
                                    << "expected one of: anthropic, openai";
        QTest::newRow("syntax error") << QByteArray("[daemon]\nhealth_port = \n") << ""
                                      << "bad.toml:2:"
                                      << "TOML syntax error";
        QTest::newRow("mtls without ca")
            << QByteArray("[metrics]\nlisten = \"127.0.0.1:9100\"\ntls_cert = \"c\"\n"
                          "tls_key = \"k\"\nrequire_mtls = true\n")
            << "metrics.require_mtls"
            << "bad.toml:5:1"
            << "metrics.tls_client_ca";
        QTest::newRow("bad listen") << QByteArray("[metrics]\nlisten = \"nowhere\"\n") << "metrics.listen"
                                    << "bad.toml:2:1"
                                    << "host:port";
        QTest::newRow("section as value") << QByteArray("daemon = 5\n") << "daemon"
                                          << "bad.toml:1:1"
                                          << "must be a table";
        // The item that is wrong, not the key: column 25 is the quoted id.
        QTest::newRow("chat id quoted")
            << QByteArray("[telegram]\nallowed_chat_ids = [12, \"34\"]\n") << "telegram.allowed_chat_ids"
            << "bad.toml:2:25"
            << "must be an array of integers; this item is a string";
        QTest::newRow("chat id float")
            << QByteArray("[telegram]\nallowed_chat_ids = [\n  1.5,\n]\n") << "telegram.allowed_chat_ids"
            << "bad.toml:3:3"
            << "this item is a float";
        QTest::newRow("chat ids not a list")
            << QByteArray("[telegram]\nallowed_chat_ids = 12\n") << "telegram.allowed_chat_ids"
            << "bad.toml:2:1"
            << "must be an array of integers, not an integer";
        QTest::newRow("telegram without token")
            << QByteArray("[telegram]\nenabled = true\n") << "telegram.enabled"
            << "bad.toml:2:1"
            << "needs 'telegram.bot_token'";
        QTest::newRow("api_url not http")
            << QByteArray("[telegram]\napi_url = \"ftp://api.telegram.org\"\n") << "telegram.api_url"
            << "bad.toml:2:1"
            << "http or https URL";
        QTest::newRow("api_url with query")
            << QByteArray("[telegram]\napi_url = \"https://h.example/?x=1\"\n") << "telegram.api_url"
            << "bad.toml:2:1"
            << "http or https URL";
        QTest::newRow("poll timeout 0")
            << QByteArray("[telegram]\npoll_timeout_secs = 0\n") << "telegram.poll_timeout_secs"
            << "bad.toml:2:1"
            << "outside the allowed range 1..60";
    }

    void badFile()
    {
        QFETCH(QByteArray, toml);
        QFETCH(QString, key);
        QFETCH(QString, location);
        QFETCH(QString, fragment);
        const Result<Config> r = ConfigLoader(QProcessEnvironment()).parse(toml, QStringLiteral("bad.toml"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().details.size(), 1);
        const ErrorDetail &e = r.error().details.first();
        QCOMPARE(e.key, key);
        QVERIFY2(e.location.startsWith(location), qPrintable(e.location));
        QVERIFY2(e.message.contains(fragment), qPrintable(e.message));
        if (!key.isEmpty())
            QVERIFY2(e.toString().contains(key), qPrintable(e.toString()));
    }

    void environmentOverrides()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("BLUFIO_DAEMON_MEMORY_WARN_MB"), QStringLiteral("120"));
        env.insert(QStringLiteral("BLUFIO_GATEWAY_BEARER_TOKEN"), QStringLiteral("s3cret-token"));
        env.insert(QStringLiteral("BLUFIO_GATEWAY_ENABLED"), QStringLiteral("false"));
        env.insert(QStringLiteral("BLUFIO_GATEWAY_CORS_ORIGINS"),
                   QStringLiteral("https://a.example, https://b.example"));
        env.insert(QStringLiteral("BLUFIO_PROVIDERS_OPENAI_API_KEY"), QStringLiteral("sk-1"));
        const Result<Config> r
            = ConfigLoader(env).parse("[daemon]\nmemory_warn_mb = 100\n", QStringLiteral("f.toml"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->value(QStringLiteral("daemon.memory_warn_mb")).toLongLong(), 120);
        const ConfigEntry &warn = r->entry(QStringLiteral("daemon.memory_warn_mb"));
        QCOMPARE(warn.source, ConfigSource::Environment);
        QCOMPARE(warn.origin, QStringLiteral("BLUFIO_DAEMON_MEMORY_WARN_MB"));
        QCOMPARE(r->value(QStringLiteral("gateway.bearer_token")).toString(), QStringLiteral("s3cret-token"));
        QCOMPARE(r->value(QStringLiteral("gateway.enabled")).toBool(), false);
        QCOMPARE(r->value(QStringLiteral("gateway.cors_origins")).toStringList().size(), 2);
        QCOMPARE(r->value(QStringLiteral("providers.openai.api_key")).toString(), QStringLiteral("sk-1"));
    }

    void badEnvironmentOverride_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("not an integer") << "BLUFIO_DAEMON_HEALTH_PORT"
                                        << "abc"
                                        << "not an integer";
        QTest::newRow("out of range") << "BLUFIO_DAEMON_HEALTH_PORT"
                                      << "70000"
                                      << "outside the allowed range";
        QTest::newRow("not a boolean") << "BLUFIO_METRICS_ENABLED"
                                       << "maybe"
                                       << "not a boolean";
        QTest::newRow("warn above limit") << "BLUFIO_DAEMON_MEMORY_WARN_MB"
                                          << "500"
                                          << "must be below";
        QTest::newRow("chat id not an integer") << "BLUFIO_TELEGRAM_ALLOWED_CHAT_IDS"
                                                << "12, x34"
                                                << "'x34' is not an integer";
    }

    void telegramSection()
    {
        const Result<Config> defaults = ConfigLoader(QProcessEnvironment()).parse({}, {});
        QVERIFY(defaults.ok());
        const Settings::Telegram &d = defaults->settings().telegram;
        QCOMPARE(d.enabled, false);
        QVERIFY(d.botToken.isEmpty());
        QVERIFY(d.allowedChatIds.isEmpty());
        QCOMPARE(d.apiUrl, QStringLiteral("https://api.telegram.org"));
        QCOMPARE(d.pollTimeoutSecs, 30);

        // Group ids are negative and need more than 32 bits; 2^53 + 1 is not a double.
        const QByteArray toml = "[telegram]\nenabled = true\nbot_token = \"vault:telegram\"\n"
                                "allowed_chat_ids = [42, -1001234567890, 9007199254740993]\n"
                                "api_url = \"http://127.0.0.1:8081\"\npoll_timeout_secs = 50\n";
        const Result<Config> r = ConfigLoader(QProcessEnvironment()).parse(toml, QStringLiteral("t.toml"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        const Settings::Telegram &t = r->settings().telegram;
        QVERIFY(t.enabled);
        QCOMPARE(t.botToken, QStringLiteral("vault:telegram"));
        QCOMPARE(t.allowedChatIds, (QList<qint64> {42, -1001234567890LL, 9007199254740993LL}));
        QCOMPARE(t.apiUrl, QStringLiteral("http://127.0.0.1:8081"));
        QCOMPARE(t.pollTimeoutSecs, 50);
        QCOMPARE(r->entry(QStringLiteral("telegram.allowed_chat_ids")).origin, QStringLiteral("t.toml:4:1"));

        // The environment replaces the list: comma-separated, spaces allowed, empty means nobody.
        QProcessEnvironment env;
        env.insert(QStringLiteral("BLUFIO_TELEGRAM_ALLOWED_CHAT_IDS"),
                   QStringLiteral(" 7, -1002 ,9007199254740993"));
        const Result<Config> e = ConfigLoader(env).parse(toml, QStringLiteral("t.toml"));
        QVERIFY2(e.ok(), qPrintable(e.errorMessage()));
        QCOMPARE(e->settings().telegram.allowedChatIds, (QList<qint64> {7, -1002, 9007199254740993LL}));
        QCOMPARE(e->entry(QStringLiteral("telegram.allowed_chat_ids")).source, ConfigSource::Environment);
        env.insert(QStringLiteral("BLUFIO_TELEGRAM_ALLOWED_CHAT_IDS"), QString());
        const Result<Config> empty = ConfigLoader(env).parse(toml, QStringLiteral("t.toml"));
        QVERIFY(empty.ok());
        QVERIFY(empty->settings().telegram.allowedChatIds.isEmpty());
    }

    void badEnvironmentOverride()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(QString, fragment);
        QProcessEnvironment env;
        env.insert(name, value);
        const Result<Config> r = ConfigLoader(env).parse({}, {});
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains(fragment), qPrintable(r.errorMessage()));
        QVERIFY2(r.errorMessage().contains(name), qPrintable(r.errorMessage()));
    }

    void searchOrder()
    {
        QTemporaryDir home;
        const QString xdgFile = home.filePath(QStringLiteral(".config/blufio/blufio.toml"));
        QDir().mkpath(QFileInfo(xdgFile).path());
        auto write = [](const QString &path, const QByteArray &text) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        };
        write(xdgFile, "[daemon]\nhealth_port = 4001\n");
        const QString envFile = home.filePath(QStringLiteral("env.toml"));
        write(envFile, "[daemon]\nhealth_port = 4002\n");
        const QString explicitFile = home.filePath(QStringLiteral("explicit.toml"));
        write(explicitFile, "[daemon]\nhealth_port = 4003\n");

        QProcessEnvironment env = cleanEnv(home.path());
        // /etc/blufio/blufio.toml would come before XDG; it does not exist on a test machine.
        QVERIFY(!QFileInfo::exists(QStringLiteral("/etc/blufio/blufio.toml")));
        QCOMPARE(ConfigLoader(env).locate(), xdgFile);
        QCOMPARE(ConfigLoader(env).load()->value(QStringLiteral("daemon.health_port")).toLongLong(), 4001);

        env.insert(QStringLiteral("BLUFIO_CONFIG"), envFile);
        QCOMPARE(ConfigLoader(env).load()->value(QStringLiteral("daemon.health_port")).toLongLong(), 4002);
        QCOMPARE(
            ConfigLoader(env).load(explicitFile)->value(QStringLiteral("daemon.health_port")).toLongLong(),
            4003);

        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("elsewhere")));
        env.remove(QStringLiteral("BLUFIO_CONFIG"));
        // Nothing found: built-in defaults, unless ./blufio.toml exists in the working directory.
        const Result<Config> none = ConfigLoader(env).load();
        QVERIFY(none.ok());
        if (!QFileInfo::exists(QStringLiteral("blufio.toml")))
            QCOMPARE(none->value(QStringLiteral("daemon.health_port")).toLongLong(), 3000);
    }

    void namedFileMustExist()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("BLUFIO_CONFIG"), QStringLiteral("/nonexistent/blufio.toml"));
        const Result<Config> r = ConfigLoader(env).load();
        QVERIFY(!r.ok());
        QVERIFY(r.errorMessage().contains(QStringLiteral("/nonexistent/blufio.toml")));
        QVERIFY(!ConfigLoader(QProcessEnvironment()).load(QStringLiteral("/nonexistent/x.toml")).ok());
    }

    void envNames()
    {
        QCOMPARE(configEnvName(u"daemon.memory_warn_mb"), QStringLiteral("BLUFIO_DAEMON_MEMORY_WARN_MB"));
        QCOMPARE(configEnvName(u"providers.anthropic.api_key"),
                 QStringLiteral("BLUFIO_PROVIDERS_ANTHROPIC_API_KEY"));
    }
};

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
