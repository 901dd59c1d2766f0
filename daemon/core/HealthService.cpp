#include "HealthService.h"

#include "common/metrics/Metrics.h"
#include "daemon/monitor/MemoryMonitor.h"

namespace blufio {

HealthService::HealthService(MemoryMonitor *memory, Metrics *metrics)
    : m_memory(memory)
    , m_metrics(metrics)
{
    m_uptime.start();
}

void HealthService::setLifecycle(Lifecycle lifecycle)
{
    m_lifecycle = lifecycle;
    if (m_metrics)
        m_metrics->healthStatus.Set(status() == Status::Healthy ? 1.0 : status() == Status::Degraded ? 0.5 : 0.0);
}

void HealthService::addDependency(const QString &name, bool critical, std::function<bool()> probe)
{
    m_dependencies.insert(name, Dependency{critical, std::move(probe)});
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

QString HealthService::statusName(Status status)
{
    switch (status) {
    case Status::Healthy:
        return QStringLiteral("healthy");
    case Status::Degraded:
        return QStringLiteral("degraded");
    case Status::Unhealthy:
        return QStringLiteral("unhealthy");
    }
    return {};
}

QJsonObject HealthService::render() const
{
    const Status current = status();
    QJsonObject o;
    o.insert(QStringLiteral("status"), statusName(current));
    o.insert(QStringLiteral("version"), QStringLiteral(BLUFIO_VERSION));
    o.insert(QStringLiteral("uptime_secs"), uptimeSecs());
    const MemorySample sample = m_memory ? m_memory->lastSample() : MemorySample{};
    o.insert(QStringLiteral("memory_heap_bytes"), qint64(sample.heapBytes));
    o.insert(QStringLiteral("memory_resident_bytes"), qint64(sample.residentBytes));
    o.insert(QStringLiteral("memory_rss_bytes"), qint64(sample.rssBytes));
    o.insert(QStringLiteral("memory_pressure"), m_memory ? m_memory->pressure() : 0);
    o.insert(QStringLiteral("active_sessions"), m_activeSessions ? m_activeSessions() : 0);
    o.insert(QStringLiteral("accepting_sessions"),
             m_lifecycle == Lifecycle::Running && (!m_memory || m_memory->acceptingSessions()));
    if (m_metrics) {
        m_metrics->healthStatus.Set(current == Status::Healthy ? 1.0 : current == Status::Degraded ? 0.5 : 0.0);
        for (auto it = m_dependencies.cbegin(); it != m_dependencies.cend(); ++it)
            m_metrics->dependencyUp(it.key()).Set(it->probe() ? 1 : 0);
    }
    return o;
}

} // namespace blufio
