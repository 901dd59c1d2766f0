#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <functional>

namespace blufio {

class MemoryMonitor;
class Metrics;

// Decides healthy / degraded / unhealthy from the daemon's lifecycle, memory pressure and its
// dependencies, and renders /health. Dependencies report through probes so this stays free of
// storage and provider code.
class HealthService
{
public:
    enum class Lifecycle { Starting, Running, Stopping };
    enum class Status { Healthy, Degraded, Unhealthy };

    HealthService(MemoryMonitor *memory, Metrics *metrics);

    void setLifecycle(Lifecycle lifecycle);
    Lifecycle lifecycle() const { return m_lifecycle; }

    // A dependency whose failure makes the daemon unhealthy (database) or only degraded (provider).
    void addDependency(const QString &name, bool critical, std::function<bool()> probe);
    void setActiveSessions(std::function<int()> count) { m_activeSessions = std::move(count); }

    Status status() const;
    qint64 uptimeSecs() const { return m_uptime.elapsed() / 1000; }
    // DESIGN.md's /health object. Updates blufio_health_status and blufio_dependency_up too.
    QJsonObject render() const;
    static QString statusName(Status status);

private:
    struct Dependency
    {
        bool critical;
        std::function<bool()> probe;
    };

    MemoryMonitor *m_memory;
    Metrics *m_metrics;
    Lifecycle m_lifecycle = Lifecycle::Starting;
    QElapsedTimer m_uptime;
    QMap<QString, Dependency> m_dependencies;
    std::function<int()> m_activeSessions;
};

} // namespace blufio
