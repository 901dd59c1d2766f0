#pragma once

#include "daemon/core/HealthContributor.h"

#include <QPointer>

namespace blufio {

class Agent;

// The agent: its active sessions (public) and the depth of its queue (/v1/health's "queue_depth").
class AgentHealth : public HealthContributor
{
public:
    explicit AgentHealth(const Agent *agent);

    QString name() const override { return QStringLiteral("agent"); }
    void contribute(HealthSnapshot &snapshot) const override;

private:
    QPointer<const Agent> m_agent; // a QObject child of the daemon, which may go first
};

} // namespace blufio
