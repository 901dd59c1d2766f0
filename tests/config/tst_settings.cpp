#include "common/config/Config.h"
#include "common/config/ConfigSchema.h"
#include "common/config/Settings.h"

#include <QSet>
#include <QTest>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace blufio;

// Settings is the only place that reads configuration keys by name: every key it reads must be in the
// schema, and every schema key must reach a field (a key nobody reads is a setting that does nothing).
class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void readsEverySchemaKeyOnce()
    {
        const QStringList read = Settings::keysRead();
        QStringList schema;
        for (const ConfigKey &key : configSchema())
            schema.append(key.key);
        QCOMPARE(QSet<QString>(read.cbegin(), read.cend()).size(), read.size()); // none read twice
        QStringList missing, extra;
        for (const QString &key : schema) {
            if (!read.contains(key))
                missing.append(key);
        }
        for (const QString &key : read) {
            if (!schema.contains(key))
                extra.append(key);
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("schema keys Settings never reads: ") + missing.join(u' ')));
        QVERIFY2(extra.isEmpty(),
                 qPrintable(QStringLiteral("keys read but not in the schema: ") + extra.join(u' ')));
    }

    void defaultsAreTheSchemaDefaults()
    {
        const Settings s = Settings::from(Config());
        QCOMPARE(s.daemon.bind, QStringLiteral("127.0.0.1"));
        QCOMPARE(s.daemon.healthPort, quint16(3000));
        QCOMPARE(s.daemon.maxBodyBytes, 1048576);
        QCOMPARE(s.gateway.enabled, true);
        QCOMPARE(s.gateway.maxWebsockets, 16);
        QCOMPARE(s.agent.provider, QStringLiteral("anthropic"));
        QCOMPARE(s.agent.maxConcurrent, 4);
        QVERIFY(!s.agent.interruptedAfterSecs.has_value());
        QVERIFY(!s.cost.dailyBudgetUsd.has_value());
        QVERIFY(s.gateway.bearerToken.isEmpty());
        QCOMPARE(s.providers.anthropic.baseUrl, QStringLiteral("https://api.anthropic.com"));
        QVERIFY(s.providers.openai.baseUrl.isEmpty());
        QCOMPARE(s.log.level, QStringLiteral("info"));
    }

    void valuesReachTheirFields()
    {
        Config config;
        const auto set = [&](const char *key, const QVariant &value) {
            config.set(QString::fromLatin1(key),
                       ConfigEntry {value, ConfigSource::File, QStringLiteral("t.toml:1:1")});
        };
        set("daemon.data_dir", QStringLiteral("/srv/blufio"));
        set("storage.database", QStringLiteral("x.db"));
        set("gateway.cors_origins", QStringList {QStringLiteral("https://a.example")});
        set("agent.interrupted_after_secs", 90);
        set("cost.monthly_budget_usd", 12.5);
        set("agent.provider", QStringLiteral("openai"));
        set("providers.openai.api_key", QStringLiteral("vault:openai"));
        set("telegram.enabled", true);
        set("telegram.bot_token", QStringLiteral("vault:telegram"));
        set("telegram.allowed_chat_ids", QVariantList {qint64(5), qint64(-1001234567890LL)});
        set("telegram.api_url", QStringLiteral("http://127.0.0.1:9"));
        set("telegram.poll_timeout_secs", 12);
        const Settings &s = config.settings();
        QVERIFY(s.telegram.enabled);
        QCOMPARE(s.telegram.botToken, QStringLiteral("vault:telegram"));
        QCOMPARE(s.telegram.allowedChatIds, (QList<qint64> {5, -1001234567890LL}));
        QCOMPARE(s.telegram.apiUrl, QStringLiteral("http://127.0.0.1:9"));
        QCOMPARE(s.telegram.pollTimeoutSecs, 12);
        QCOMPARE(s.daemon.dataDir, QStringLiteral("/srv/blufio"));
        QCOMPARE(s.storage.databasePath, QStringLiteral("/srv/blufio/x.db"));
        QCOMPARE(config.databasePath(), QStringLiteral("/srv/blufio/x.db"));
        QCOMPARE(s.gateway.corsOrigins, QStringList {QStringLiteral("https://a.example")});
        QCOMPARE(s.agent.interruptedAfterSecs, std::optional<int>(90));
        QCOMPARE(s.cost.monthlyBudgetUsd, std::optional<double>(12.5));
        const Settings::Provider *provider = s.providers.named(s.agent.provider);
        QVERIFY(provider);
        QCOMPARE(provider->apiKey, QStringLiteral("vault:openai"));
        QCOMPARE(provider->apiKeyKey, QStringLiteral("providers.openai.api_key"));
        QVERIFY(!s.providers.named(QStringLiteral("mistral")));

        // set() after a read: the typed view follows (the vault resolution replaces references).
        set("providers.openai.api_key", QStringLiteral("sk-resolved"));
        QCOMPARE(config.settings().providers.openai.apiKey, QStringLiteral("sk-resolved"));
    }

    void aKeyOutsideTheSchemaAborts()
    {
        // A misspelt key must not silently read as 0: Config::entry() aborts, so any test that builds
        // Settings (every daemon start does) fails at once.
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
            Config config;
            (void)config.entry(QStringLiteral("daemon.helth_port"));
            _exit(0);
        }
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY2(WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT, "Config::entry accepted an unknown key");
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
