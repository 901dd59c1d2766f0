#include "TurnHandle.h"

#include "AgentTurn.h"

namespace blufio {

TurnHandle::TurnHandle(AgentTurn *turn)
    : m_turn(turn), m_sessionId(turn && !turn->isTransient() ? turn->sessionId() : QString()),
      m_newSession(turn && turn->isNewSession())
{ }

bool TurnHandle::isActive() const
{
    return m_turn && m_turn->hasSink();
}

void TurnHandle::cancel()
{
    if (m_turn)
        m_turn->cancel(true);
}

void TurnHandle::detach()
{
    if (m_turn)
        m_turn->cancel(false);
}

} // namespace blufio
