#pragma once

#include "common/net/HealthSnapshot.h"
#include "daemon/core/HealthContributor.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <vector>

namespace prometheus {
class Gauge;
}

namespace blufio {

class MemoryMonitor;
class Metrics;

// Decides healthy / degraded / unhealthy from the daemon's lifecycle, memory pressure and the
// dependencies among its contributors, and builds the /health and /v1/health snapshot from what
// the contributors add. It knows no storage, provider or agent code: those come as contributors.
class HealthService
{
public:
    enum class Lifecycle { Starting, Running, Stopping };
    using Status = HealthSnapshot::Status;

    HealthService(MemoryMonitor *memory, Metrics *metrics);
    ~HealthService();

    void setLifecycle(Lifecycle lifecycle);
    Lifecycle lifecycle() const { return m_lifecycle; }

    // Asked in the order added. A Critical dependency that is down makes the daemon unhealthy, a
    // Degrading one degraded.
    void addContributor(std::unique_ptr<HealthContributor> contributor);

    Status status() const;
    qint64 uptimeSecs() const { return m_uptime.elapsed() / 1000; }
    // Asks every dependency once and refreshes blufio_health_status and blufio_dependency_up with
    // what they said. The detailed view adds build, limits and the contributors' details.
    HealthSnapshot snapshot(HealthSnapshot::View view) const;
    // The public snapshot as JSON, for /health; status, when given, receives the one it reports.
    QJsonObject render(Status *status = nullptr) const;
    QByteArray renderJson(Status *status = nullptr) const;

private:
    struct Entry
    {
        std::unique_ptr<HealthContributor> contributor;
        HealthContributor::Dependency dependency;
        prometheus::Gauge *up; // blufio_dependency_up{name}, looked up once; null for Dependency::None
    };

    void publish(Status status) const;

    MemoryMonitor *m_memory;
    Metrics *m_metrics;
    Lifecycle m_lifecycle = Lifecycle::Starting;
    QElapsedTimer m_uptime;
    std::vector<Entry> m_entries;
    QString m_version;
};

} // namespace blufio
