#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace blufio {

struct MemorySample
{
    quint64 heapBytes = 0; // live allocations
    quint64 residentBytes = 0; // allocator pages resident in RAM
    quint64 rssBytes = 0; // whole process, from /proc/self/statm
};

// Reads the allocator's statistics (jemalloc when linked, glibc mallinfo2 otherwise) and RSS.
namespace MemoryProbe {
MemorySample sample();
// "jemalloc" or "mallinfo2": the startup log says which one the figures come from.
QString allocatorName();
// Returns unused dirty pages to the OS (jemalloc arena.<all>.purge, glibc malloc_trim).
void releaseFreeMemory();
// memory.max of this process's cgroup v2, when there is one and it is not "max".
std::optional<quint64> cgroupMemoryMax();
quint64 readRssBytes();
} // namespace MemoryProbe

} // namespace blufio
