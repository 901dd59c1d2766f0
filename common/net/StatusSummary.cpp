#include "StatusSummary.h"

#include "common/config/Config.h"

namespace blufio {

MemoryLimits MemoryLimits::fromConfig(const Config &config)
{
    MemoryLimits limits;
    limits.warnBytes = quint64(config.integer(QStringLiteral("daemon.memory_warn_mb"))) << 20;
    limits.limitBytes = quint64(config.integer(QStringLiteral("daemon.memory_limit_mb"))) << 20;
    return limits;
}

StatusSummary::StatusSummary(const HealthReport &report, const QUrl &url, const MemoryLimits &limits)
    : m_report(report), m_url(url), m_limits(limits)
{ }

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
    o.insert(QStringLiteral("sessions"), sessions);
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
    return text;
}

} // namespace blufio
