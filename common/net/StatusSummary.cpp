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
    : m_report(report), m_health(report.health.value_or(HealthSnapshot {})), m_url(url), m_limits(limits)
{
    // The running daemon's own thresholds (in /v1/health) beat the local configuration's.
    if (m_health.details) {
        m_limits.warnBytes = quint64(m_health.details->limits.memoryWarnBytes);
        m_limits.limitBytes = quint64(m_health.details->limits.memoryLimitBytes);
    }
}

QString StatusSummary::version() const
{
    return m_health.version;
}

qint64 StatusSummary::uptimeSecs() const
{
    return m_health.uptimeSecs;
}

quint64 StatusSummary::heapBytes() const
{
    return quint64(m_health.memoryHeapBytes);
}

quint64 StatusSummary::residentBytes() const
{
    return quint64(m_health.memoryResidentBytes);
}

quint64 StatusSummary::rssBytes() const
{
    return quint64(m_health.memoryRssBytes);
}

int StatusSummary::memoryPressure() const
{
    return m_health.memoryPressure;
}

int StatusSummary::activeSessions() const
{
    return m_health.activeSessions;
}

bool StatusSummary::acceptingSessions() const
{
    return m_health.acceptingSessions;
}

namespace {
const HealthSnapshot::BudgetPeriod *
period(const std::optional<HealthSnapshot::Details> &details,
       std::optional<HealthSnapshot::BudgetPeriod> HealthSnapshot::Budget::*which)
{
    if (!details || !(details->budget.*which))
        return nullptr;
    return &*(details->budget.*which);
}
} // namespace

double StatusSummary::costTodayUsd() const
{
    const auto *p = period(m_health.details, &HealthSnapshot::Budget::daily);
    return p ? p->spentUsd : 0;
}

double StatusSummary::costMonthUsd() const
{
    const auto *p = period(m_health.details, &HealthSnapshot::Budget::monthly);
    return p ? p->spentUsd : 0;
}

std::optional<double> StatusSummary::dailyBudgetUsd() const
{
    const auto *p = period(m_health.details, &HealthSnapshot::Budget::daily);
    return p ? p->budgetUsd : std::nullopt;
}

std::optional<double> StatusSummary::monthlyBudgetUsd() const
{
    const auto *p = period(m_health.details, &HealthSnapshot::Budget::monthly);
    return p ? p->budgetUsd : std::nullopt;
}

qint64 StatusSummary::sessionsTotal() const
{
    return m_health.details ? m_health.details->storage.sessionsTotal.value_or(0) : 0;
}

bool StatusSummary::databaseOk() const
{
    return m_health.details && m_health.details->storage.ok;
}

bool StatusSummary::providerConfigured() const
{
    return m_health.details && m_health.details->provider.configured;
}

bool StatusSummary::providerUp() const
{
    return m_health.details && m_health.details->provider.up;
}

bool StatusSummary::telegramEnabled() const
{
    return m_health.details && m_health.details->telegram.has_value();
}

bool StatusSummary::telegramUp() const
{
    return telegramEnabled() && m_health.details->telegram->up;
}

QString StatusSummary::telegramLastError() const
{
    return telegramEnabled() ? m_health.details->telegram->lastError.value_or(QString()) : QString();
}

QJsonObject StatusSummary::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("state"), HealthReport::stateName(m_report.state));
    o.insert(QStringLiteral("url"), m_url.toString());
    if (m_report.state == HealthReport::State::Unreachable) {
        o.insert(QStringLiteral("error"), m_report.error);
        return o;
    }
    o.insert(QStringLiteral("source"), m_report.source);
    if (!hasHealth())
        return o;
    o.insert(QStringLiteral("version"), version());
    o.insert(QStringLiteral("uptime_secs"), uptimeSecs());
    QJsonObject memory;
    memory.insert(QStringLiteral("heap_bytes"), qint64(heapBytes()));
    memory.insert(QStringLiteral("resident_bytes"), qint64(residentBytes()));
    memory.insert(QStringLiteral("rss_bytes"), qint64(rssBytes()));
    memory.insert(QStringLiteral("pressure"), memoryPressure());
    memory.insert(QStringLiteral("warn_bytes"), qint64(m_limits.warnBytes));
    memory.insert(QStringLiteral("limit_bytes"), qint64(m_limits.limitBytes));
    o.insert(QStringLiteral("memory"), memory);
    QJsonObject sessions;
    sessions.insert(QStringLiteral("active"), activeSessions());
    sessions.insert(QStringLiteral("accepting"), acceptingSessions());
    if (hasDetails())
        sessions.insert(QStringLiteral("total"), sessionsTotal());
    o.insert(QStringLiteral("sessions"), sessions);
    if (hasDetails()) {
        const auto orNull = [](std::optional<double> v) {
            return v ? QJsonValue(*v) : QJsonValue();
        };
        QJsonObject cost;
        cost.insert(QStringLiteral("today_usd"), costTodayUsd());
        cost.insert(QStringLiteral("month_usd"), costMonthUsd());
        cost.insert(QStringLiteral("daily_budget_usd"), orNull(dailyBudgetUsd()));
        cost.insert(QStringLiteral("monthly_budget_usd"), orNull(monthlyBudgetUsd()));
        o.insert(QStringLiteral("cost"), cost);
        QJsonObject dependencies;
        dependencies.insert(QStringLiteral("database"), databaseOk());
        dependencies.insert(QStringLiteral("provider"),
                            providerConfigured() ? QJsonValue(providerUp()) : QJsonValue());
        if (telegramEnabled())
            dependencies.insert(QStringLiteral("telegram"), telegramUp());
        o.insert(QStringLiteral("dependencies"), dependencies);
        o.insert(QStringLiteral("queue_depth"), m_health.details->queueDepth);
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
    if (!hasHealth())
        return text;
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
        const auto money = [](std::optional<double> v) {
            return v ? QString::number(*v, 'f', 4) : QStringLiteral("none");
        };
        line(u"sessions_total", QString::number(sessionsTotal()));
        line(u"cost_today_usd", QString::number(costTodayUsd(), 'f', 4));
        line(u"cost_month_usd", QString::number(costMonthUsd(), 'f', 4));
        line(u"daily_budget_usd", money(dailyBudgetUsd()));
        line(u"monthly_budget_usd", money(monthlyBudgetUsd()));
        line(u"database_ok", databaseOk() ? QStringLiteral("true") : QStringLiteral("false"));
        line(u"provider",
             !providerConfigured() ? QStringLiteral("not_configured")
                 : providerUp()    ? QStringLiteral("up")
                                   : QStringLiteral("down"));
        if (telegramEnabled())
            line(u"telegram", telegramUp() ? QStringLiteral("up") : QStringLiteral("down"));
    }
    return text;
}

} // namespace blufio
