#include "MemoryProbe.h"

#include <QFile>

#include <malloc.h>
#include <unistd.h>

#if defined(BLUFIO_HAVE_JEMALLOC)
#include <jemalloc/jemalloc.h>
#endif

namespace blufio::MemoryProbe {

quint64 readRssBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    // statm: size resident shared text lib data dt, in pages.
    const QList<QByteArray> fields = statm.readAll().split(' ');
    if (fields.size() < 2)
        return 0;
    return fields.at(1).toULongLong() * quint64(sysconf(_SC_PAGESIZE));
}

#if defined(BLUFIO_HAVE_JEMALLOC)
namespace {
quint64 readSizeT(const char *name)
{
    size_t value = 0;
    size_t len = sizeof(value);
    if (mallctl(name, &value, &len, nullptr, 0) != 0)
        return 0;
    return value;
}
} // namespace

MemorySample sample()
{
    // Statistics are cached by jemalloc until the epoch advances.
    uint64_t epoch = 1;
    size_t len = sizeof(epoch);
    mallctl("epoch", &epoch, &len, &epoch, len);
    return {readSizeT("stats.allocated"), readSizeT("stats.resident"), readRssBytes()};
}

QString allocatorName()
{
    return QStringLiteral("jemalloc");
}

void releaseFreeMemory()
{
    mallctl("arena." QT_STRINGIFY(MALLCTL_ARENAS_ALL) ".purge", nullptr, nullptr, nullptr, 0);
}
#else
MemorySample sample()
{
    const struct mallinfo2 info = mallinfo2();
    return {quint64(info.uordblks + info.hblkhd), quint64(info.arena + info.hblkhd), readRssBytes()};
}

QString allocatorName()
{
    return QStringLiteral("mallinfo2");
}

void releaseFreeMemory()
{
    malloc_trim(0);
}
#endif

std::optional<quint64> cgroupMemoryMax()
{
    QFile self(QStringLiteral("/proc/self/cgroup"));
    if (!self.open(QIODevice::ReadOnly))
        return std::nullopt;
    // cgroup v2 has a single line "0::/path".
    for (const QByteArray &line : self.readAll().split('\n')) {
        if (!line.startsWith("0::"))
            continue;
        const QString path = QStringLiteral("/sys/fs/cgroup") + QString::fromUtf8(line.mid(3)).trimmed()
            + QStringLiteral("/memory.max");
        QFile max(path);
        if (!max.open(QIODevice::ReadOnly))
            return std::nullopt;
        bool ok = false;
        const quint64 bytes = max.readAll().trimmed().toULongLong(&ok);
        return ok ? std::optional<quint64>(bytes) : std::nullopt;
    }
    return std::nullopt;
}

} // namespace blufio::MemoryProbe
