#include "ConfigSchema.h"

namespace blufio {

namespace {
ConfigKey intKey(const char *key, qint64 def, double min, double max)
{
    return {QString::fromLatin1(key), ConfigType::Int, QVariant(def), min, max, {}, false};
}
ConfigKey optionalInt(const char *key, double min, double max)
{
    return {QString::fromLatin1(key), ConfigType::Int, QVariant(), min, max, {}, false};
}
ConfigKey str(const char *key, const QVariant &def, QStringList choices = {})
{
    return {QString::fromLatin1(key), ConfigType::String, def, 0, 0, std::move(choices), false};
}
ConfigKey secret(const char *key)
{
    return {QString::fromLatin1(key), ConfigType::String, QVariant(), 0, 0, {}, true};
}
ConfigKey boolean(const char *key, bool def)
{
    return {QString::fromLatin1(key), ConfigType::Bool, QVariant(def), 0, 0, {}, false};
}
ConfigKey list(const char *key)
{
    return {QString::fromLatin1(key), ConfigType::StringList, QVariant(QStringList()), 0, 0, {}, false};
}
// Kept as a QVariantList of qint64: Telegram chat ids reach 2^52 and are negative for groups.
ConfigKey intList(const char *key)
{
    return {QString::fromLatin1(key), ConfigType::IntList, QVariant(QVariantList()), 0, 0, {}, false};
}
ConfigKey money(const char *key)
{
    return {QString::fromLatin1(key), ConfigType::Double, QVariant(), 0, 1e9, {}, false};
}
} // namespace

const QList<ConfigKey> &configSchema()
{
    static const QList<ConfigKey> schema = {
        str("daemon.bind", QStringLiteral("127.0.0.1")),
        intKey("daemon.health_port", 3000, 1, 65535),
        str("daemon.data_dir", QVariant()),
        intKey("daemon.memory_warn_mb", 150, 1, 1048576),
        intKey("daemon.memory_limit_mb", 200, 1, 1048576),
        intKey("daemon.memory_sample_secs", 5, 1, 3600),
        intKey("daemon.max_connections", 256, 1, 65536),
        intKey("daemon.max_body_bytes", 1048576, 1024, 1073741824),
        intKey("daemon.max_header_bytes", 16384, 1024, 1048576),
        intKey("daemon.idle_timeout_secs", 30, 1, 3600),
        intKey("daemon.shutdown_grace_secs", 10, 0, 300),

        boolean("gateway.enabled", true),
        secret("gateway.bearer_token"),
        list("gateway.device_keys"),
        list("gateway.cors_origins"),
        intKey("gateway.request_timeout_secs", 120, 1, 3600),
        intKey("gateway.max_websockets", 16, 1, 65536),
        intKey("gateway.auth_max_failures", 10, 1, 100000),
        intKey("gateway.auth_lockout_secs", 300, 1, 86400),
        boolean("gateway.auth_throttle_loopback", false),
        list("gateway.trusted_proxies"),

        boolean("metrics.enabled", true),
        str("metrics.listen", QVariant()),
        str("metrics.tls_cert", QVariant()),
        str("metrics.tls_key", QVariant()),
        str("metrics.tls_client_ca", QVariant()),
        boolean("metrics.require_mtls", false),

        str("storage.database", QStringLiteral("blufio.db")),

        str("agent.provider", QStringLiteral("anthropic"),
            {QStringLiteral("anthropic"), QStringLiteral("openai")}),
        str("agent.model", QStringLiteral("claude-sonnet-4-5")),
        intKey("agent.max_tokens", 1024, 1, 200000),
        str("agent.system_prompt",
            QStringLiteral("You are blufio, a concise and helpful personal assistant.")),
        intKey("agent.max_concurrent", 4, 1, 64),
        intKey("agent.max_queue", 64, 1, 100000),
        optionalInt("agent.interrupted_after_secs", 60, 604800),
        list("agent.prices"),
        intKey("agent.context_tokens", 32000, 1000, 2000000),
        list("agent.context_windows"),

        str("providers.anthropic.base_url", QStringLiteral("https://api.anthropic.com")),
        secret("providers.anthropic.api_key"),
        str("providers.openai.base_url", QVariant()),
        secret("providers.openai.api_key"),

        money("cost.daily_budget_usd"),
        money("cost.monthly_budget_usd"),

        boolean("telegram.enabled", false),
        secret("telegram.bot_token"),
        intList("telegram.allowed_chat_ids"),
        str("telegram.api_url", QStringLiteral("https://api.telegram.org")),
        intKey("telegram.poll_timeout_secs", 30, 1, 60),

        str("log.level", QStringLiteral("info"),
            {QStringLiteral("debug"), QStringLiteral("info"), QStringLiteral("warning"),
             QStringLiteral("error")}),
        str("log.format", QStringLiteral("auto"),
            {QStringLiteral("auto"), QStringLiteral("text"), QStringLiteral("journald"),
             QStringLiteral("json")}),
        str("log.file", QVariant()),
    };
    return schema;
}

const ConfigKey *findConfigKey(QStringView key)
{
    for (const ConfigKey &k : configSchema()) {
        if (k.key == key)
            return &k;
    }
    return nullptr;
}

bool isConfigSection(QStringView prefix)
{
    for (const ConfigKey &k : configSchema()) {
        if (k.key.size() > prefix.size() && k.key.startsWith(prefix) && k.key.at(prefix.size()) == u'.')
            return true;
    }
    return false;
}

QString configEnvName(QStringView key)
{
    QString name = QStringLiteral("BLUFIO_") + key.toString().toUpper();
    name.replace(u'.', u'_');
    return name;
}

QString configTypeName(ConfigType type)
{
    switch (type) {
    case ConfigType::Bool:
        return QStringLiteral("a boolean");
    case ConfigType::Int:
        return QStringLiteral("an integer");
    case ConfigType::Double:
        return QStringLiteral("a number");
    case ConfigType::String:
        return QStringLiteral("a string");
    case ConfigType::StringList:
        return QStringLiteral("an array of strings");
    case ConfigType::IntList:
        return QStringLiteral("an array of integers");
    }
    return {};
}

} // namespace blufio
