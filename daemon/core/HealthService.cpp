#include "HealthService.h"

#include "metrics/Metrics.h"
#include "daemon/monitor/MemoryMonitor.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace blufio {

HealthService::HealthService(MemoryMonitor *memory, Metrics *metrics) : m_memory(memory), m_metrics(metrics)
{
    m_uptime.start();
    // ["x.y.z"] without its brackets: the version escaped by the same writer as every other reply.
    const QByteArray array
        = QJsonDocument(QJsonArray {QStringLiteral(BLUFIO_VERSION)}).toJson(QJsonDocument::Compact);
    m_versionJson = array.mid(1, array.size() - 2);
}

void HealthService::setLifecycle(Lifecycle lifecycle)
{
    m_lifecycle = lifecycle;
    if (m_metrics)
        m_metrics->healthStatus.Set(status() == Status::Healthy        ? 1.0
                                        : status() == Status::Degraded ? 0.5
                                                                       : 0.0);
}

void HealthService::addDependency(const QString &name, bool critical, std::function<bool()> probe)
{
    m_dependencies.insert(
        name, Dependency {critical, std::move(probe), m_metrics ? &m_metrics->dependencyUp(name) : nullptr});
}

HealthService::Status HealthService::status() const
{
    if (m_lifecycle != Lifecycle::Running)
        return Status::Unhealthy;
    bool degraded = m_memory && m_memory->pressure() > 0;
    for (const Dependency &dep : m_dependencies) {
        if (dep.probe())
            continue;
        if (dep.critical)
            return Status::Unhealthy;
        degraded = true;
    }
    return degraded ? Status::Degraded : Status::Healthy;
}

namespace {
// The word for a status, for the rendered JSON (no allocation) and statusName().
const char *statusWord(HealthService::Status status)
{
    switch (status) {
    case HealthService::Status::Healthy:
        return "healthy";
    case HealthService::Status::Degraded:
        return "degraded";
    case HealthService::Status::Unhealthy:
        return "unhealthy";
    }
    return "";
}
} // namespace

QString HealthService::statusName(Status status)
{
    return QString::fromLatin1(statusWord(status));
}

HealthService::Values HealthService::evaluate() const
{
    Values v {};
    bool degraded = m_memory && m_memory->pressure() > 0;
    bool unhealthy = m_lifecycle != Lifecycle::Running;
    for (const Dependency &dep : m_dependencies) {
        const bool up = dep.probe();
        if (dep.up)
            dep.up->Set(up ? 1 : 0);
        if (!up) {
            unhealthy = unhealthy || dep.critical;
            degraded = true;
        }
    }
    v.status = unhealthy ? Status::Unhealthy : degraded ? Status::Degraded : Status::Healthy;
    const MemorySample sample = m_memory ? m_memory->lastSample() : MemorySample {};
    v.heapBytes = qint64(sample.heapBytes);
    v.residentBytes = qint64(sample.residentBytes);
    v.rssBytes = qint64(sample.rssBytes);
    v.pressure = m_memory ? m_memory->pressure() : 0;
    v.activeSessions = m_activeSessions ? m_activeSessions() : 0;
    v.accepting = m_lifecycle == Lifecycle::Running && (!m_memory || m_memory->acceptingSessions());
    if (m_metrics)
        m_metrics->healthStatus.Set(v.status == Status::Healthy        ? 1.0
                                        : v.status == Status::Degraded ? 0.5
                                                                       : 0.0);
    return v;
}

QJsonObject HealthService::render(Status *status) const
{
    const Values v = evaluate();
    if (status)
        *status = v.status;
    QJsonObject o;
    o.insert(QStringLiteral("status"), statusName(v.status));
    o.insert(QStringLiteral("version"), QStringLiteral(BLUFIO_VERSION));
    o.insert(QStringLiteral("uptime_secs"), uptimeSecs());
    o.insert(QStringLiteral("memory_heap_bytes"), v.heapBytes);
    o.insert(QStringLiteral("memory_resident_bytes"), v.residentBytes);
    o.insert(QStringLiteral("memory_rss_bytes"), v.rssBytes);
    o.insert(QStringLiteral("memory_pressure"), v.pressure);
    o.insert(QStringLiteral("active_sessions"), v.activeSessions);
    o.insert(QStringLiteral("accepting_sessions"), v.accepting);
    return o;
}

QByteArray HealthService::renderJson(Status *status) const
{
    const Values v = evaluate();
    if (status)
        *status = v.status;
    // Every value but the version is a number, a boolean or a fixed ASCII word: nothing to escape.
    QByteArray out;
    out.reserve(256);
    out += "{\"accepting_sessions\":";
    out += v.accepting ? "true" : "false";
    out += ",\"active_sessions\":";
    out += QByteArray::number(v.activeSessions);
    out += ",\"memory_heap_bytes\":";
    out += QByteArray::number(v.heapBytes);
    out += ",\"memory_pressure\":";
    out += QByteArray::number(v.pressure);
    out += ",\"memory_resident_bytes\":";
    out += QByteArray::number(v.residentBytes);
    out += ",\"memory_rss_bytes\":";
    out += QByteArray::number(v.rssBytes);
    out += ",\"status\":\"";
    out += statusWord(v.status);
    out += "\",\"uptime_secs\":";
    out += QByteArray::number(uptimeSecs());
    out += ",\"version\":";
    out += m_versionJson;
    out += '}';
    return out;
}

} // namespace blufio
