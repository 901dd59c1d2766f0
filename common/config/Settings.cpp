#include "Settings.h"

#include "Config.h"
#include "common/Paths.h"

#include <QDir>

namespace blufio {

namespace {

// Reads keys through Config::entry() (which refuses a key the schema lacks) and, for keysRead(),
// remembers which.
class SectionReader
{
public:
    SectionReader(const Config &config, QStringList *read) : m_config(config), m_read(read) { }

    QVariant value(const char *key) const
    {
        const QString name = QString::fromLatin1(key);
        if (m_read)
            m_read->append(name);
        return m_config.entry(name).value;
    }
    QString string(const char *key) const { return value(key).toString(); }
    qint64 integer(const char *key) const { return value(key).toLongLong(); }
    int number(const char *key) const { return int(value(key).toLongLong()); }
    bool boolean(const char *key) const { return value(key).toBool(); }
    QStringList list(const char *key) const { return value(key).toStringList(); }
    QList<qint64> integers(const char *key) const
    {
        QList<qint64> out;
        for (const QVariant &item : value(key).toList())
            out.append(item.toLongLong());
        return out;
    }
    std::optional<int> optionalNumber(const char *key) const
    {
        const QVariant v = value(key);
        return v.isValid() ? std::optional<int>(int(v.toLongLong())) : std::nullopt;
    }
    std::optional<double> optionalDouble(const char *key) const
    {
        const QVariant v = value(key);
        return v.isValid() ? std::optional<double>(v.toDouble()) : std::nullopt;
    }

private:
    const Config &m_config;
    QStringList *m_read;
};

Settings::Provider provider(const SectionReader &r, const char *urlKey, const char *apiKey)
{
    Settings::Provider p;
    p.baseUrl = r.string(urlKey);
    p.apiKey = r.string(apiKey);
    p.baseUrlKey = QString::fromLatin1(urlKey);
    p.apiKeyKey = QString::fromLatin1(apiKey);
    return p;
}

Settings read(const Config &config, QStringList *keys)
{
    const SectionReader r(config, keys);
    Settings s;

    s.daemon.bind = r.string("daemon.bind");
    s.daemon.healthPort = quint16(r.integer("daemon.health_port"));
    const QString dataDir = r.string("daemon.data_dir");
    s.daemon.dataDir
        = dataDir.isEmpty() ? Paths::defaultDataDir() : QDir::cleanPath(Paths::expandHome(dataDir));
    s.daemon.memoryWarnMb = r.integer("daemon.memory_warn_mb");
    s.daemon.memoryLimitMb = r.integer("daemon.memory_limit_mb");
    s.daemon.memorySampleSecs = r.number("daemon.memory_sample_secs");
    s.daemon.maxConnections = r.number("daemon.max_connections");
    s.daemon.maxBodyBytes = r.integer("daemon.max_body_bytes");
    s.daemon.maxHeaderBytes = r.integer("daemon.max_header_bytes");
    s.daemon.idleTimeoutSecs = r.number("daemon.idle_timeout_secs");
    s.daemon.shutdownGraceSecs = r.number("daemon.shutdown_grace_secs");

    s.gateway.enabled = r.boolean("gateway.enabled");
    s.gateway.bearerToken = r.string("gateway.bearer_token");
    s.gateway.deviceKeys = r.list("gateway.device_keys");
    s.gateway.corsOrigins = r.list("gateway.cors_origins");
    s.gateway.requestTimeoutSecs = r.number("gateway.request_timeout_secs");
    s.gateway.maxWebsockets = r.number("gateway.max_websockets");
    s.gateway.authMaxFailures = r.number("gateway.auth_max_failures");
    s.gateway.authLockoutSecs = r.number("gateway.auth_lockout_secs");
    s.gateway.authThrottleLoopback = r.boolean("gateway.auth_throttle_loopback");
    s.gateway.trustedProxies = r.list("gateway.trusted_proxies");

    s.metrics.enabled = r.boolean("metrics.enabled");
    s.metrics.listen = r.string("metrics.listen");
    s.metrics.tlsCert = r.string("metrics.tls_cert");
    s.metrics.tlsKey = r.string("metrics.tls_key");
    s.metrics.tlsClientCa = r.string("metrics.tls_client_ca");
    s.metrics.requireMtls = r.boolean("metrics.require_mtls");

    s.storage.database = r.string("storage.database");
    const QString db = Paths::expandHome(s.storage.database);
    s.storage.databasePath = QDir::isAbsolutePath(db) ? db : QDir(s.daemon.dataDir).filePath(db);

    s.agent.provider = r.string("agent.provider");
    s.agent.model = r.string("agent.model");
    s.agent.maxTokens = r.number("agent.max_tokens");
    s.agent.systemPrompt = r.string("agent.system_prompt");
    s.agent.maxConcurrent = r.number("agent.max_concurrent");
    s.agent.maxQueue = r.number("agent.max_queue");
    s.agent.interruptedAfterSecs = r.optionalNumber("agent.interrupted_after_secs");
    s.agent.prices = r.list("agent.prices");
    s.agent.contextTokens = r.number("agent.context_tokens");
    s.agent.contextWindows = r.list("agent.context_windows");

    s.providers.anthropic = provider(r, "providers.anthropic.base_url", "providers.anthropic.api_key");
    s.providers.openai = provider(r, "providers.openai.base_url", "providers.openai.api_key");

    s.cost.dailyBudgetUsd = r.optionalDouble("cost.daily_budget_usd");
    s.cost.monthlyBudgetUsd = r.optionalDouble("cost.monthly_budget_usd");

    s.telegram.enabled = r.boolean("telegram.enabled");
    s.telegram.botToken = r.string("telegram.bot_token");
    s.telegram.allowedChatIds = r.integers("telegram.allowed_chat_ids");
    s.telegram.apiUrl = r.string("telegram.api_url");
    s.telegram.pollTimeoutSecs = r.number("telegram.poll_timeout_secs");

    s.log.level = r.string("log.level");
    s.log.format = r.string("log.format");
    s.log.file = r.string("log.file");
    return s;
}

} // namespace

const Settings::Provider *Settings::Providers::named(const QString &name) const
{
    if (name == QLatin1String("anthropic"))
        return &anthropic;
    if (name == QLatin1String("openai"))
        return &openai;
    return nullptr;
}

Settings Settings::from(const Config &config)
{
    return read(config, nullptr);
}

QStringList Settings::keysRead()
{
    QStringList keys;
    read(Config(), &keys);
    return keys;
}

} // namespace blufio
