#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>

namespace blufio {

class Config;

// The configuration as typed fields, one struct per section, built once from a Config (whose keys are
// those of configSchema()). Code reads fields, never keys by string: a misspelt field does not compile,
// and Settings::from() reads every key through Config::entry(), which refuses a key the schema lacks, so
// tst_settings fails on a key that is read but not declared (and on one declared but never read).
struct Settings
{
    struct Daemon
    {
        QString bind;
        quint16 healthPort = 0;
        QString dataDir; // resolved: daemon.data_dir or its documented fallback
        qint64 memoryWarnMb = 0;
        qint64 memoryLimitMb = 0;
        int memorySampleSecs = 0;
        int maxConnections = 0;
        qint64 maxBodyBytes = 0;
        qint64 maxHeaderBytes = 0;
        int idleTimeoutSecs = 0;
        int shutdownGraceSecs = 0;
    };
    struct Gateway
    {
        bool enabled = true;
        QString bearerToken; // may still be a "vault:NAME" reference until resolved
        QStringList deviceKeys;
        QStringList corsOrigins;
        int requestTimeoutSecs = 0;
        int maxWebsockets = 0;
        int authMaxFailures = 0;
        int authLockoutSecs = 0;
        bool authThrottleLoopback = false;
        QStringList trustedProxies;
    };
    struct Metrics
    {
        bool enabled = true;
        QString listen; // empty: /metrics only on the main port
        QString tlsCert;
        QString tlsKey;
        QString tlsClientCa;
        bool requireMtls = false;
    };
    struct Storage
    {
        QString database; // as configured
        QString databasePath; // resolved against Daemon::dataDir
    };
    struct Agent
    {
        QString provider;
        QString model;
        int maxTokens = 0;
        QString systemPrompt;
        int maxConcurrent = 0;
        int maxQueue = 0;
        std::optional<int> interruptedAfterSecs;
        QStringList prices;
        int contextTokens = 0; // what one provider call may be sent, at most
        QStringList contextWindows; // "MODEL=TOKENS" overrides of ContextWindowTable
    };
    struct Provider
    {
        QString baseUrl; // empty when unset
        QString apiKey; // may be a "vault:NAME" reference until resolved
        // The configuration keys behind these fields, for messages that name them.
        QString baseUrlKey;
        QString apiKeyKey;
    };
    struct Providers
    {
        Provider anthropic;
        Provider openai;
        // The section of agent.provider's value; nullptr for a name the schema does not allow.
        const Provider *named(const QString &name) const;
    };
    struct Cost
    {
        std::optional<double> dailyBudgetUsd;
        std::optional<double> monthlyBudgetUsd;
    };
    struct Telegram
    {
        bool enabled = false;
        QString botToken; // may still be a "vault:NAME" reference until resolved
        QList<qint64> allowedChatIds; // empty: nobody
        QString apiUrl;
        int pollTimeoutSecs = 0;
    };
    struct Log
    {
        QString level;
        QString format;
        QString file;
    };

    Daemon daemon;
    Gateway gateway;
    Metrics metrics;
    Storage storage;
    Agent agent;
    Providers providers;
    Cost cost;
    Telegram telegram;
    Log log;

    static Settings from(const Config &config);
    // The keys from() reads, in the order it reads them (for tst_settings).
    static QStringList keysRead();
};

} // namespace blufio
