#include "AgentTurn.h"

#include "providers/ProviderCall.h"

namespace blufio {

AgentTurn::AgentTurn(QString sessionId, qint64 queueId, qint64 messageSeq, bool newSession, QObject *parent)
    : QObject(parent)
    , m_sessionId(std::move(sessionId))
    , m_queueId(queueId)
    , m_messageSeq(messageSeq)
    , m_newSession(newSession)
{
}

void AgentTurn::detach()
{
    if (m_done)
        return;
    m_abandoned = true;
    m_cancelled = true;
    if (m_call)
        m_call->cancel();
}

void AgentTurn::setCall(ProviderCall *call)
{
    m_call = call;
}

void AgentTurn::finish(const AgentReply &reply)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT completed(reply);
}

void AgentTurn::fail(const AgentError &error)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT failed(error);
}

} // namespace blufio
