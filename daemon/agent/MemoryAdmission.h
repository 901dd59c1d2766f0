#pragma once

#include "AgentPorts.h"

#include "daemon/monitor/MemoryMonitor.h"

namespace blufio {

// At the memory limit (pressure 2) existing conversations go on and new ones wait.
class MemoryAdmission final : public SessionAdmission
{
public:
    explicit MemoryAdmission(const MemoryMonitor &memory) : m_memory(memory) { }
    bool acceptsNewSessions() const override { return m_memory.acceptingSessions(); }

private:
    const MemoryMonitor &m_memory;
};

} // namespace blufio
