#pragma once

#include "common/config/Settings.h"
#include "common/memory/MemoryPressure.h"
#include "common/memory/MemoryProbe.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>

namespace blufio {

class Metrics;

// Samples memory every memory_sample_secs and turns it into a pressure level:
// 0 below warn, 1 above warn (log once, shed caches, purge arenas), 2 above limit (refuse new
// sessions). Levels fall only once the heap is back under 90 % of the threshold, so a heap
// hovering at a threshold does not flap. Never exits the process.
class MemoryMonitor : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        quint64 warnBytes = 150ull << 20;
        quint64 limitBytes = 200ull << 20;
        int sampleMs = 5000;

        // daemon.memory_warn_mb, daemon.memory_limit_mb, daemon.memory_sample_secs.
        static Limits fromSettings(const Settings::Daemon &daemon);
    };

    MemoryMonitor(Limits limits, Metrics *metrics, QObject *parent = nullptr);

    void start();
    // The start-up lines: where heap figures come from, the thresholds, and how the limit compares
    // with the cgroup's memory.max when there is one (a limit at or above it warns).
    void logLimits() const;
    void registerCache(MemoryPressure *cache);
    void unregisterCache(MemoryPressure *cache);
    // For tests and benchmarks: the sampler is a function so a fake can drive the levels.
    void setSampler(std::function<MemorySample()> sampler) { m_sampler = std::move(sampler); }

    int pressure() const { return m_pressure; }
    bool acceptingSessions() const { return m_pressure < 2; }
    MemorySample lastSample() const { return m_last; }
    Limits limits() const { return m_limits; }

    // Takes a sample now; also called by the timer.
    void sampleNow();

Q_SIGNALS:
    void pressureChanged(int level);

private:
    int levelFor(quint64 heap) const;
    void shed();

    Limits m_limits;
    Metrics *m_metrics;
    QTimer m_timer;
    QList<MemoryPressure *> m_caches;
    std::function<MemorySample()> m_sampler;
    MemorySample m_last;
    int m_pressure = 0;
};

} // namespace blufio
