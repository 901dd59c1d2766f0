#include "HealthService.h"

#include "BuildInfo.h"

#include "common/memory/MemoryProbe.h"
#include "daemon/monitor/MemoryMonitor.h"
#include "metrics/Metrics.h"

namespace blufio {

namespace {
double gaugeValue(HealthService::Status status)
{
    switch (status) {
    case HealthService::Status::Healthy:
        return 1.0;
    case HealthService::Status::Degraded:
        return 0.5;
    case HealthService::Status::Unhealthy:
        return 0.0;
    }
    return 0.0;
}
} // namespace

HealthService::HealthService(MemoryMonitor *memory, Metrics *metrics)
    : m_memory(memory), m_metrics(metrics), m_version(QStringLiteral(BLUFIO_VERSION))
{
    m_uptime.start();
}

HealthService::~HealthService() = default;

void HealthService::setLifecycle(Lifecycle lifecycle)
{
    m_lifecycle = lifecycle;
    publish(status());
}

void HealthService::addContributor(std::unique_ptr<HealthContributor> contributor)
{
    const HealthContributor::Dependency dependency = contributor->dependency();
    prometheus::Gauge *up = m_metrics && dependency != HealthContributor::Dependency::None
        ? &m_metrics->dependencyUp(contributor->name())
        : nullptr;
    m_entries.push_back(Entry {std::move(contributor), dependency, up});
}

HealthService::Status HealthService::status() const
{
    if (m_lifecycle != Lifecycle::Running)
        return Status::Unhealthy;
    bool degraded = m_memory && m_memory->pressure() > 0;
    for (const Entry &entry : m_entries) {
        if (entry.dependency == HealthContributor::Dependency::None || entry.contributor->isUp())
            continue;
        if (entry.dependency == HealthContributor::Dependency::Critical)
            return Status::Unhealthy;
        degraded = true;
    }
    return degraded ? Status::Degraded : Status::Healthy;
}

void HealthService::publish(Status status) const
{
    if (m_metrics)
        m_metrics->healthStatus.Set(gaugeValue(status));
}

HealthSnapshot HealthService::snapshot(HealthSnapshot::View view) const
{
    HealthSnapshot s;
    bool degraded = m_memory && m_memory->pressure() > 0;
    bool unhealthy = m_lifecycle != Lifecycle::Running;
    for (const Entry &entry : m_entries) {
        if (entry.dependency == HealthContributor::Dependency::None)
            continue;
        const bool up = entry.contributor->isUp();
        if (entry.up)
            entry.up->Set(up ? 1 : 0);
        if (!up) {
            unhealthy = unhealthy || entry.dependency == HealthContributor::Dependency::Critical;
            degraded = true;
        }
    }
    s.status = unhealthy ? Status::Unhealthy : degraded ? Status::Degraded : Status::Healthy;
    publish(s.status);

    s.version = m_version;
    s.uptimeSecs = uptimeSecs();
    const MemorySample sample = m_memory ? m_memory->lastSample() : MemorySample {};
    s.memoryHeapBytes = qint64(sample.heapBytes);
    s.memoryResidentBytes = qint64(sample.residentBytes);
    s.memoryRssBytes = qint64(sample.rssBytes);
    s.memoryPressure = m_memory ? m_memory->pressure() : 0;
    s.acceptingSessions = m_lifecycle == Lifecycle::Running && (!m_memory || m_memory->acceptingSessions());
    if (view == HealthSnapshot::View::Detailed) {
        // Assigned, not emplace()d: clang decides Details is not default-constructible while the
        // enclosing HealthSnapshot is incomplete (its members have default initializers).
        s.details = HealthSnapshot::Details {};
        HealthSnapshot::Details &d = *s.details;
        d.build = {m_version, QStringLiteral(BLUFIO_GIT_COMMIT), QString::fromLatin1(qVersion()),
                   MemoryProbe::allocatorName()};
        if (m_memory)
            d.limits = {qint64(m_memory->limits().warnBytes), qint64(m_memory->limits().limitBytes)};
    }
    for (const Entry &entry : m_entries)
        entry.contributor->contribute(s);
    return s;
}

QJsonObject HealthService::render(Status *status) const
{
    const HealthSnapshot s = snapshot(HealthSnapshot::View::Public);
    if (status)
        *status = s.status;
    return s.toJson();
}

QByteArray HealthService::renderJson(Status *status) const
{
    const HealthSnapshot s = snapshot(HealthSnapshot::View::Public);
    if (status)
        *status = s.status;
    return s.toJsonBytes();
}

} // namespace blufio
