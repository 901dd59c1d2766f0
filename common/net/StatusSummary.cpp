#include "StatusSummary.h"

#include "common/config/Config.h"

namespace blufio {

MemoryLimits MemoryLimits::fromConfig(const Config &config)
{
    MemoryLimits limits;
    limits.warnBytes = quint64(config.settings().daemon.memoryWarnMb) << 20;
    limits.limitBytes = quint64(config.settings().daemon.memoryLimitMb) << 20;
    return limits;
}

StatusSummary::StatusSummary(const HealthReport &report, const QUrl &url, const MemoryLimits &limits)
    : m_report(report)
    , m_url(url)
    , m_limits(limits)
{
    // The running daemon's own thresholds (in /v1/health) beat the local configuration's.
    const QJsonObject daemonLimits = report.body.value(QStringLiteral("limits")).toObject();
    if (daemonLimits.contains(QStringLiteral("memory_warn_bytes"))) {
        m_limits.warnBytes = quint64(daemonLimits.value(QStringLiteral("memory_warn_bytes")).toDouble());
        m_limits.limitBytes = quint64(daemonLimits.value(QStringLiteral("memory_limit_bytes")).toDouble());
    }
}

QString StatusSummary::version() const
{
    return m_report.body.value(QStringLiteral("version")).toString();
}

qint64 StatusSummary::uptimeSecs() const
{
    return qint64(m_report.body.value(QStringLiteral("uptime_secs")).toDouble());
}

quint64 StatusSummary::heapBytes() const
{
    return quint64(m_report.body.value(QStringLiteral("memory_heap_bytes")).toDouble());
}

quint64 StatusSummary::residentBytes() const
{
    return quint64(m_report.body.value(QStringLiteral("memory_resident_bytes")).toDouble());
}

quint64 StatusSummary::rssBytes() const
{
    return quint64(m_report.body.value(QStringLiteral("memory_rss_bytes")).toDouble());
}

int StatusSummary::memoryPressure() const
{
    return m_report.body.value(QStringLiteral("memory_pressure")).toInt();
}

int StatusSummary::activeSessions() const
{
    return m_report.body.value(QStringLiteral("active_sessions")).toInt();
}

bool StatusSummary::acceptingSessions() const
{
    return m_report.body.value(QStringLiteral("accepting_sessions")).toBool();
}

bool StatusSummary::hasDetails() const
{
    return m_report.body.contains(QStringLiteral("storage"));
}

namespace {
QJsonObject budgetPeriod(const QJsonObject &body, const char *name)
{
    return body.value(QStringLiteral("budget")).toObject().value(QLatin1String(name)).toObject();
}
std::optional<double> optionalNumber(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}
} // namespace

double StatusSummary::costTodayUsd() const
{
    return budgetPeriod(m_report.body, "daily").value(QStringLiteral("spent_usd")).toDouble();
}

double StatusSummary::costMonthUsd() const
{
    return budgetPeriod(m_report.body, "monthly").value(QStringLiteral("spent_usd")).toDouble();
}

std::optional<double> StatusSummary::dailyBudgetUsd() const
{
    return optionalNumber(budgetPeriod(m_report.body, "daily").value(QStringLiteral("budget_usd")));
}

std::optional<double> StatusSummary::monthlyBudgetUsd() const
{
    return optionalNumber(budgetPeriod(m_report.body, "monthly").value(QStringLiteral("budget_usd")));
}

qint64 StatusSummary::sessionsTotal() const
{
    return qint64(m_report.body.value(QStringLiteral("storage")).toObject().value(QStringLiteral("sessions_total")).toDouble());
}

bool StatusSummary::databaseOk() const
{
    return m_report.body.value(QStringLiteral("storage")).toObject().value(QStringLiteral("ok")).toBool();
}

bool StatusSummary::providerConfigured() const
{
    return m_report.body.value(QStringLiteral("provider")).toObject().value(QStringLiteral("configured")).toBool();
}

bool StatusSummary::providerUp() const
{
    return m_report.body.value(QStringLiteral("provider")).toObject().value(QStringLiteral("up")).toBool();
}

QJsonObject StatusSummary::toJson() const
{
    const QJsonObject &h = m_report.body;
    QJsonObject o;
    o.insert(QStringLiteral("state"), HealthReport::stateName(m_report.state));
    o.insert(QStringLiteral("url"), m_url.toString());
    if (m_report.state == HealthReport::State::Unreachable) {
        o.insert(QStringLiteral("error"), m_report.error);
        return o;
    }
    o.insert(QStringLiteral("source"), m_report.source);
    o.insert(QStringLiteral("version"), h.value(QStringLiteral("version")));
    o.insert(QStringLiteral("uptime_secs"), h.value(QStringLiteral("uptime_secs")));
    QJsonObject memory;
    memory.insert(QStringLiteral("heap_bytes"), h.value(QStringLiteral("memory_heap_bytes")));
    memory.insert(QStringLiteral("resident_bytes"), h.value(QStringLiteral("memory_resident_bytes")));
    memory.insert(QStringLiteral("rss_bytes"), h.value(QStringLiteral("memory_rss_bytes")));
    memory.insert(QStringLiteral("pressure"), h.value(QStringLiteral("memory_pressure")));
    memory.insert(QStringLiteral("warn_bytes"), qint64(m_limits.warnBytes));
    memory.insert(QStringLiteral("limit_bytes"), qint64(m_limits.limitBytes));
    o.insert(QStringLiteral("memory"), memory);
    QJsonObject sessions;
    sessions.insert(QStringLiteral("active"), h.value(QStringLiteral("active_sessions")));
    sessions.insert(QStringLiteral("accepting"), h.value(QStringLiteral("accepting_sessions")));
    if (hasDetails())
        sessions.insert(QStringLiteral("total"), sessionsTotal());
    o.insert(QStringLiteral("sessions"), sessions);
    if (hasDetails()) {
        const auto orNull = [](std::optional<double> v) { return v ? QJsonValue(*v) : QJsonValue(); };
        QJsonObject cost;
        cost.insert(QStringLiteral("today_usd"), costTodayUsd());
        cost.insert(QStringLiteral("month_usd"), costMonthUsd());
        cost.insert(QStringLiteral("daily_budget_usd"), orNull(dailyBudgetUsd()));
        cost.insert(QStringLiteral("monthly_budget_usd"), orNull(monthlyBudgetUsd()));
        o.insert(QStringLiteral("cost"), cost);
        QJsonObject dependencies;
        dependencies.insert(QStringLiteral("database"), databaseOk());
        dependencies.insert(QStringLiteral("provider"), providerConfigured() ? QJsonValue(providerUp()) : QJsonValue());
        o.insert(QStringLiteral("dependencies"), dependencies);
        o.insert(QStringLiteral("queue_depth"), h.value(QStringLiteral("queue_depth")));
    }
    return o;
}

QString StatusSummary::plainText() const
{
    QString text;
    const auto line = [&text](QStringView key, const QString &value) {
        text += key + QStringLiteral(": ") + value + u'\n';
    };
    line(u"state", HealthReport::stateName(m_report.state));
    line(u"url", m_url.toString());
    if (m_report.state == HealthReport::State::Unreachable) {
        line(u"error", m_report.error);
        return text;
    }
    line(u"version", version());
    line(u"uptime_secs", QString::number(uptimeSecs()));
    line(u"memory_heap_bytes", QString::number(heapBytes()));
    line(u"memory_rss_bytes", QString::number(rssBytes()));
    line(u"memory_warn_bytes", QString::number(warnBytes()));
    line(u"memory_limit_bytes", QString::number(limitBytes()));
    line(u"memory_pressure", QString::number(memoryPressure()));
    line(u"active_sessions", QString::number(activeSessions()));
    line(u"accepting_sessions", acceptingSessions() ? QStringLiteral("true") : QStringLiteral("false"));
    if (hasDetails()) {
        const auto money = [](std::optional<double> v) { return v ? QString::number(*v, 'f', 4) : QStringLiteral("none"); };
        line(u"sessions_total", QString::number(sessionsTotal()));
        line(u"cost_today_usd", QString::number(costTodayUsd(), 'f', 4));
        line(u"cost_month_usd", QString::number(costMonthUsd(), 'f', 4));
        line(u"daily_budget_usd", money(dailyBudgetUsd()));
        line(u"monthly_budget_usd", money(monthlyBudgetUsd()));
        line(u"database_ok", databaseOk() ? QStringLiteral("true") : QStringLiteral("false"));
        line(u"provider", !providerConfigured() ? QStringLiteral("not_configured")
                          : providerUp()        ? QStringLiteral("up")
                                                : QStringLiteral("down"));
    }
    return text;
}

} // namespace blufio
