#include "AgentHealth.h"

#include "daemon/agent/Agent.h"

namespace blufio {

AgentHealth::AgentHealth(const Agent *agent) : m_agent(agent) { }

void AgentHealth::contribute(HealthSnapshot &snapshot) const
{
    if (!m_agent)
        return;
    snapshot.activeSessions = m_agent->activeSessions();
    if (snapshot.details)
        snapshot.details->queueDepth = m_agent->queueDepth();
}

} // namespace blufio
