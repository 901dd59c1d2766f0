#include "HealthSnapshot.h"

#include <QJsonDocument>

#include <functional>

namespace blufio {

namespace {
const char *statusWord(HealthSnapshot::Status status)
{
    switch (status) {
    case HealthSnapshot::Status::Healthy:
        return "healthy";
    case HealthSnapshot::Status::Degraded:
        return "degraded";
    case HealthSnapshot::Status::Unhealthy:
        return "unhealthy";
    }
    return "";
}

QJsonValue orNull(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

// Reads typed fields of one object and keeps the first thing that was wrong, named by its path
// ("storage.ok"), so fromJson() reads as a list of fields.
class Reader
{
public:
    Reader(const QJsonObject &object, QString *error, const QString &prefix = {})
        : m_object(object), m_error(error), m_prefix(prefix)
    { }

    bool has(const char *key) const { return m_object.contains(QLatin1String(key)); }

    QString string(const char *key) { return checked(key, u"string", &QJsonValue::isString).toString(); }
    bool boolean(const char *key) { return checked(key, u"boolean", &QJsonValue::isBool).toBool(); }
    double number(const char *key) { return checked(key, u"number", &QJsonValue::isDouble).toDouble(); }
    qint64 integer(const char *key)
    {
        const auto isInteger = [](const QJsonValue &v) {
            return v.isDouble() && double(v.toInteger()) == v.toDouble();
        };
        return checked(key, u"integer", isInteger).toInteger();
    }
    Reader object(const char *key)
    {
        return Reader(checked(key, u"object", &QJsonValue::isObject).toObject(), m_error, path(key) + u'.');
    }

    std::optional<QString> optionalString(const char *key)
    {
        return has(key) ? std::optional<QString>(string(key)) : std::nullopt;
    }
    std::optional<qint64> optionalInteger(const char *key)
    {
        return has(key) ? std::optional<qint64>(integer(key)) : std::nullopt;
    }
    // A number or null (both present).
    std::optional<double> nullableNumber(const char *key)
    {
        if (m_object.value(QLatin1String(key)).isNull())
            return std::nullopt;
        return number(key);
    }
    // A string or null (both present).
    std::optional<QString> nullableString(const char *key)
    {
        if (m_object.value(QLatin1String(key)).isNull())
            return std::nullopt;
        return string(key);
    }

private:
    template<typename Check> QJsonValue checked(const char *key, QStringView type, Check check)
    {
        QJsonValue v = m_object.value(QLatin1String(key));
        if (!std::invoke(check, v)) {
            if (m_error->isEmpty())
                *m_error = HealthSnapshot::tr("%1 is missing or not a %2").arg(path(key), type);
            return {};
        }
        return v;
    }
    QString path(const char *key) const { return m_prefix + QLatin1String(key); }

    QJsonObject m_object;
    QString *m_error;
    QString m_prefix;
};

QJsonObject budgetPeriodJson(const HealthSnapshot::BudgetPeriod &p)
{
    QJsonObject o;
    o.insert(QStringLiteral("spent_usd"), p.spentUsd);
    o.insert(QStringLiteral("budget_usd"), orNull(p.budgetUsd));
    o.insert(QStringLiteral("resets_at"), isoUtc(p.resetsAt));
    return o;
}

std::optional<HealthSnapshot::BudgetPeriod> readBudgetPeriod(Reader budget, const char *name)
{
    if (!budget.has(name))
        return std::nullopt;
    Reader r = budget.object(name);
    HealthSnapshot::BudgetPeriod p;
    p.spentUsd = r.number("spent_usd");
    p.budgetUsd = r.nullableNumber("budget_usd");
    p.resetsAt = QDateTime::fromString(r.string("resets_at"), Qt::ISODate).toUTC();
    return p;
}

QJsonObject detailsJson(const HealthSnapshot::Details &d, QJsonObject o)
{
    QJsonObject storage;
    storage.insert(QStringLiteral("path"), d.storage.path);
    storage.insert(QStringLiteral("ok"), d.storage.ok);
    if (d.storage.schemaVersion)
        storage.insert(QStringLiteral("schema_version"), *d.storage.schemaVersion);
    if (d.storage.sessionsTotal)
        storage.insert(QStringLiteral("sessions_total"), *d.storage.sessionsTotal);
    if (d.storage.sizeBytes)
        storage.insert(QStringLiteral("size_bytes"), *d.storage.sizeBytes);
    o.insert(QStringLiteral("storage"), storage);

    QJsonObject provider;
    provider.insert(QStringLiteral("name"), d.provider.name);
    provider.insert(QStringLiteral("configured"), d.provider.configured);
    provider.insert(QStringLiteral("model"), d.provider.model);
    if (d.provider.baseUrl)
        provider.insert(QStringLiteral("base_url"), *d.provider.baseUrl);
    provider.insert(QStringLiteral("up"), d.provider.up);
    o.insert(QStringLiteral("provider"), provider);

    QJsonObject budget;
    if (d.budget.daily)
        budget.insert(QStringLiteral("daily"), budgetPeriodJson(*d.budget.daily));
    if (d.budget.monthly)
        budget.insert(QStringLiteral("monthly"), budgetPeriodJson(*d.budget.monthly));
    o.insert(QStringLiteral("budget"), budget);

    QJsonObject build;
    build.insert(QStringLiteral("version"), d.build.version);
    build.insert(QStringLiteral("commit"), d.build.commit);
    build.insert(QStringLiteral("qt"), d.build.qt);
    build.insert(QStringLiteral("allocator"), d.build.allocator);
    o.insert(QStringLiteral("build"), build);

    QJsonObject limits;
    limits.insert(QStringLiteral("memory_warn_bytes"), d.limits.memoryWarnBytes);
    limits.insert(QStringLiteral("memory_limit_bytes"), d.limits.memoryLimitBytes);
    o.insert(QStringLiteral("limits"), limits);

    QJsonObject memory;
    if (d.memory) {
        memory.insert(QStringLiteral("nonce_cache_bytes"), d.memory->nonceCacheBytes);
        memory.insert(QStringLiteral("nonce_cache_limit_bytes"), d.memory->nonceCacheLimitBytes);
        memory.insert(QStringLiteral("nonce_cache_entries"), d.memory->nonceCacheEntries);
        memory.insert(QStringLiteral("auth_throttle_peers"), d.memory->authThrottlePeers);
        memory.insert(QStringLiteral("auth_throttle_bytes"), d.memory->authThrottleBytes);
    }
    o.insert(QStringLiteral("memory"), memory);

    o.insert(QStringLiteral("queue_depth"), d.queueDepth);

    if (d.telegram) {
        QJsonObject telegram;
        telegram.insert(QStringLiteral("up"), d.telegram->up);
        telegram.insert(QStringLiteral("last_error"),
                        d.telegram->lastError ? QJsonValue(*d.telegram->lastError) : QJsonValue());
        telegram.insert(QStringLiteral("last_poll_at"),
                        d.telegram->lastPollAt ? QJsonValue(isoUtc(*d.telegram->lastPollAt)) : QJsonValue());
        telegram.insert(QStringLiteral("bot"), d.telegram->bot ? QJsonValue(*d.telegram->bot) : QJsonValue());
        o.insert(QStringLiteral("telegram"), telegram);
    }
    return o;
}

HealthSnapshot::Details readDetails(Reader r)
{
    HealthSnapshot::Details d;
    Reader storage = r.object("storage");
    d.storage.path = storage.string("path");
    d.storage.ok = storage.boolean("ok");
    if (const auto version = storage.optionalInteger("schema_version"))
        d.storage.schemaVersion = int(*version);
    d.storage.sessionsTotal = storage.optionalInteger("sessions_total");
    d.storage.sizeBytes = storage.optionalInteger("size_bytes");

    Reader provider = r.object("provider");
    d.provider.name = provider.string("name");
    d.provider.configured = provider.boolean("configured");
    d.provider.model = provider.string("model");
    d.provider.baseUrl = provider.optionalString("base_url");
    d.provider.up = provider.boolean("up");

    Reader budget = r.object("budget");
    d.budget.daily = readBudgetPeriod(budget, "daily");
    d.budget.monthly = readBudgetPeriod(budget, "monthly");

    Reader build = r.object("build");
    d.build.version = build.string("version");
    d.build.commit = build.string("commit");
    d.build.qt = build.string("qt");
    d.build.allocator = build.string("allocator");

    Reader limits = r.object("limits");
    d.limits.memoryWarnBytes = limits.integer("memory_warn_bytes");
    d.limits.memoryLimitBytes = limits.integer("memory_limit_bytes");

    // An empty object when the daemon has no gateway tables to report.
    Reader memory = r.object("memory");
    if (memory.has("nonce_cache_bytes")) {
        HealthSnapshot::GatewayTables t;
        t.nonceCacheBytes = memory.integer("nonce_cache_bytes");
        t.nonceCacheLimitBytes = memory.integer("nonce_cache_limit_bytes");
        t.nonceCacheEntries = int(memory.integer("nonce_cache_entries"));
        t.authThrottlePeers = int(memory.integer("auth_throttle_peers"));
        t.authThrottleBytes = memory.integer("auth_throttle_bytes");
        d.memory = t;
    }

    d.queueDepth = int(r.integer("queue_depth"));

    // Only when the channel is enabled (and absent from daemons before [11]).
    if (r.has("telegram")) {
        Reader telegram = r.object("telegram");
        HealthSnapshot::Channel c;
        c.up = telegram.boolean("up");
        c.lastError = telegram.nullableString("last_error");
        if (const std::optional<QString> at = telegram.nullableString("last_poll_at"))
            c.lastPollAt = QDateTime::fromString(*at, Qt::ISODate).toUTC();
        c.bot = telegram.nullableString("bot");
        d.telegram = c;
    }
    return d;
}

// Whether a string can go into JSON between quotes as it is (QJsonDocument escapes nothing else).
bool plainJsonString(const QString &s)
{
    for (const QChar c : s) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e || c == u'"' || c == u'\\')
            return false;
    }
    return true;
}
} // namespace

QString HealthSnapshot::statusName(Status status)
{
    return QString::fromLatin1(statusWord(status));
}

std::optional<HealthSnapshot::Status> HealthSnapshot::statusFromName(QStringView name)
{
    for (const Status s : {Status::Healthy, Status::Degraded, Status::Unhealthy}) {
        if (name == QLatin1String(statusWord(s)))
            return s;
    }
    return std::nullopt;
}

QJsonObject HealthSnapshot::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("status"), statusName(status));
    o.insert(QStringLiteral("version"), version);
    o.insert(QStringLiteral("uptime_secs"), uptimeSecs);
    o.insert(QStringLiteral("memory_heap_bytes"), memoryHeapBytes);
    o.insert(QStringLiteral("memory_resident_bytes"), memoryResidentBytes);
    o.insert(QStringLiteral("memory_rss_bytes"), memoryRssBytes);
    o.insert(QStringLiteral("memory_pressure"), memoryPressure);
    o.insert(QStringLiteral("active_sessions"), activeSessions);
    o.insert(QStringLiteral("accepting_sessions"), acceptingSessions);
    return details ? detailsJson(*details, o) : o;
}

QByteArray HealthSnapshot::toJsonBytes() const
{
    if (details || !plainJsonString(version))
        return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
    // Keys in QJsonDocument's (sorted) order; every value is a number, a boolean, a fixed word or
    // the plain version string: nothing to escape.
    QByteArray out;
    out.reserve(256);
    out += "{\"accepting_sessions\":";
    out += acceptingSessions ? "true" : "false";
    out += ",\"active_sessions\":";
    out += QByteArray::number(activeSessions);
    out += ",\"memory_heap_bytes\":";
    out += QByteArray::number(memoryHeapBytes);
    out += ",\"memory_pressure\":";
    out += QByteArray::number(memoryPressure);
    out += ",\"memory_resident_bytes\":";
    out += QByteArray::number(memoryResidentBytes);
    out += ",\"memory_rss_bytes\":";
    out += QByteArray::number(memoryRssBytes);
    out += ",\"status\":\"";
    out += statusWord(status);
    out += "\",\"uptime_secs\":";
    out += QByteArray::number(uptimeSecs);
    out += ",\"version\":\"";
    for (const QChar c : version) // plain ASCII, checked above
        out += char(c.unicode());
    out += "\"}";
    return out;
}

Result<HealthSnapshot> HealthSnapshot::fromJson(const QJsonObject &object)
{
    QString error;
    Reader r(object, &error);
    HealthSnapshot s;
    const QString status = r.string("status");
    s.version = r.string("version");
    s.uptimeSecs = r.integer("uptime_secs");
    s.memoryHeapBytes = r.integer("memory_heap_bytes");
    s.memoryResidentBytes = r.integer("memory_resident_bytes");
    s.memoryRssBytes = r.integer("memory_rss_bytes");
    s.memoryPressure = int(r.integer("memory_pressure"));
    s.activeSessions = int(r.integer("active_sessions"));
    s.acceptingSessions = r.boolean("accepting_sessions");
    if (r.has("storage"))
        s.details = readDetails(r);
    if (error.isEmpty()) {
        if (const std::optional<Status> known = statusFromName(status))
            s.status = *known;
        else
            error = tr("status is not healthy, degraded or unhealthy");
    }
    if (!error.isEmpty())
        return Result<HealthSnapshot>::failure(ErrorCode::InvalidArgument,
                                               tr("not a blufio health report: %1").arg(error));
    return s;
}

} // namespace blufio
