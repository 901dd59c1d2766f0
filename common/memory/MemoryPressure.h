#pragma once

#include <QtGlobal>

namespace blufio {

// A cache or buffer that can give memory back when the daemon crosses memory_warn_mb.
// Implementations register with the MemoryMonitor; shed() runs on the monitor's thread.
class MemoryPressure
{
public:
    virtual ~MemoryPressure() = default;
    virtual const char *name() const = 0;
    // Drop what can be rebuilt; returns an estimate of the bytes released, for the log.
    virtual quint64 shed() = 0;
};

} // namespace blufio
