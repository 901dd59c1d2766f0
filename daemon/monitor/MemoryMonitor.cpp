#include "MemoryMonitor.h"

#include "metrics/Metrics.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcMemory, "blufio.memory")

namespace blufio {

namespace {
constexpr double kHysteresis = 0.9;

QString mib(quint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MiB");
}

// What one cache gave back: small amounts in KiB, so a cache that freed 4 KiB does not read "0.0 MiB".
QString amount(quint64 bytes)
{
    if (bytes < quint64(1024) * 1024)
        return QString::number(double(bytes) / 1024.0, 'f', 1) + QStringLiteral(" KiB");
    return mib(bytes);
}
} // namespace

MemoryMonitor::Limits MemoryMonitor::Limits::fromSettings(const Settings::Daemon &daemon)
{
    return {quint64(daemon.memoryWarnMb) << 20, quint64(daemon.memoryLimitMb) << 20,
            daemon.memorySampleSecs * 1000};
}

MemoryMonitor::MemoryMonitor(Limits limits, Metrics *metrics, QObject *parent)
    : QObject(parent), m_limits(limits), m_metrics(metrics), m_sampler(&MemoryProbe::sample)
{
    m_timer.setInterval(m_limits.sampleMs);
    connect(&m_timer, &QTimer::timeout, this, &MemoryMonitor::sampleNow);
}

void MemoryMonitor::start()
{
    sampleNow();
    m_timer.start();
}

void MemoryMonitor::logLimits() const
{
    qCInfo(lcMemory).noquote() << "memory: heap figures from" << MemoryProbe::allocatorName() << "; warn at"
                               << (m_limits.warnBytes >> 20) << "MiB, limit at" << (m_limits.limitBytes >> 20)
                               << "MiB, sampled every" << m_limits.sampleMs / 1000 << "s";
    const std::optional<quint64> max = MemoryProbe::cgroupMemoryMax();
    if (!max)
        return;
    const quint64 maxMiB = *max >> 20;
    if (m_limits.limitBytes >= *max) {
        qCWarning(lcMemory).noquote() << "cgroup memory.max is" << maxMiB
                                      << "MiB, at or below memory_limit_mb (" << (m_limits.limitBytes >> 20)
                                      << "MiB): the kernel would kill the daemon before it refuses sessions";
    } else {
        qCInfo(lcMemory).noquote() << "cgroup memory.max is" << maxMiB << "MiB; memory_limit_mb leaves"
                                   << ((*max - m_limits.limitBytes) >> 20) << "MiB of headroom";
    }
}

void MemoryMonitor::registerCache(MemoryPressure *cache)
{
    m_caches.append(cache);
}

void MemoryMonitor::unregisterCache(MemoryPressure *cache)
{
    m_caches.removeAll(cache);
}

int MemoryMonitor::levelFor(quint64 heap) const
{
    // Rising takes the threshold itself; falling needs the heap clearly below it.
    const auto above = [&](quint64 threshold, int level) {
        return m_pressure >= level ? double(heap) >= double(threshold) * kHysteresis : heap > threshold;
    };
    if (above(m_limits.limitBytes, 2))
        return 2;
    if (above(m_limits.warnBytes, 1))
        return 1;
    return 0;
}

void MemoryMonitor::sampleNow()
{
    m_last = m_sampler();
    if (m_metrics) {
        m_metrics->memoryHeap.Set(double(m_last.heapBytes));
        m_metrics->memoryResident.Set(double(m_last.residentBytes));
        m_metrics->memoryRss.Set(double(m_last.rssBytes));
    }
    const int level = levelFor(m_last.heapBytes);
    if (level == m_pressure)
        return;
    const int previous = m_pressure;
    m_pressure = level;
    if (m_metrics)
        m_metrics->memoryPressure.Set(level);

    if (level > previous && previous == 0) {
        // One warning per episode: the episode ends when the level is back to 0.
        qCWarning(lcMemory).noquote()
            << "heap" << mib(m_last.heapBytes) << "above memory_warn_mb" << mib(m_limits.warnBytes) << "(RSS"
            << mib(m_last.rssBytes) << "); shedding caches";
    }
    if (level == 2) {
        qCWarning(lcMemory).noquote() << "heap" << mib(m_last.heapBytes) << "above memory_limit_mb"
                                      << mib(m_limits.limitBytes) << "; refusing new sessions";
    }
    if (level >= 1 && previous == 0)
        shed();
    if (level == 0)
        qCInfo(lcMemory).noquote() << "memory pressure cleared; heap" << mib(m_last.heapBytes);
    else if (level < previous)
        qCInfo(lcMemory).noquote() << "memory back under memory_limit_mb; accepting new sessions";
    Q_EMIT pressureChanged(level);
}

void MemoryMonitor::shed()
{
    const MemorySample before = m_last;
    quint64 released = 0;
    for (MemoryPressure *cache : std::as_const(m_caches)) {
        const quint64 freed = cache->shed();
        released += freed;
        qCInfo(lcMemory).noquote()
            << QStringLiteral("shed %1: %2").arg(QString::fromUtf8(cache->name()), amount(freed));
    }
    // Last: what the caches just freed is in the allocator's free lists, and only a purge returns
    // those pages to the system.
    MemoryProbe::releaseFreeMemory();
    const MemorySample after = m_sampler();
    qCInfo(lcMemory).noquote() << QStringLiteral(
                                      "shed %1 caches (~%2) and purged arenas; heap %3 -> %4, RSS %5 -> %6")
                                      .arg(m_caches.size())
                                      .arg(amount(released), mib(before.heapBytes), mib(after.heapBytes),
                                           mib(before.rssBytes), mib(after.rssBytes));
}

} // namespace blufio
