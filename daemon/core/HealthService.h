#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <functional>

namespace prometheus {
class Gauge;
}

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
    // The object of docs/API.md "GET /health". Updates blufio_health_status and blufio_dependency_up too.
    // status, when given, receives the status the object reports (each probe runs once).
    QJsonObject render(Status *status = nullptr) const;
    // The same object as compact JSON bytes, keys in QJsonDocument's (sorted) order, written
    // directly: /health is the route monitors hammer, and building a QJsonObject for it cost more
    // than the rest of the request (docs/PERFORMANCE.md).
    QByteArray renderJson(Status *status = nullptr) const;
    static QString statusName(Status status);

private:
    struct Dependency
    {
        bool critical;
        std::function<bool()> probe;
        prometheus::Gauge *up = nullptr; // blufio_dependency_up{name}, looked up once
    };
    struct Values
    {
        Status status;
        qint64 heapBytes, residentBytes, rssBytes;
        int pressure, activeSessions;
        bool accepting;
    };
    // Runs every probe once and refreshes the health metrics with what they said.
    Values evaluate() const;

    MemoryMonitor *m_memory;
    Metrics *m_metrics;
    Lifecycle m_lifecycle = Lifecycle::Starting;
    QElapsedTimer m_uptime;
    QMap<QString, Dependency> m_dependencies;
    std::function<int()> m_activeSessions;
    QByteArray m_versionJson; // BLUFIO_VERSION as a JSON string, escaped once
};

} // namespace blufio
