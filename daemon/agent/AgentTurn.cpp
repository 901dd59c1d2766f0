#include "AgentTurn.h"

#include "Agent.h"
#include "TurnSink.h"

#include "providers/ProviderCall.h"

#include <utility>

namespace blufio {

AgentTurn::AgentTurn(Agent *agent, QString sessionId, qint64 queueId, qint64 messageSeq, bool newSession,
                     qint64 receivedMs, TurnSink *sink)
    : QObject(agent), m_agent(agent), m_sessionId(std::move(sessionId)), m_queueId(queueId),
      m_messageSeq(messageSeq), m_receivedMs(receivedMs), m_newSession(newSession), m_sink(sink)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &AgentTurn::onDeadline);
}

bool AgentTurn::attachSink(TurnSink *sink)
{
    if (m_sink || m_cancelled || m_ended || !sink)
        return false;
    m_sink = sink;
    return true;
}

void AgentTurn::startDeadline(int ms)
{
    if (ms > 0)
        m_deadline.start(ms);
}

void AgentTurn::setCall(ProviderCall *call)
{
    m_call = call;
}

void AgentTurn::cancel(bool notifySink)
{
    if (!m_sink)
        return; // finished, timed out or detached: nothing left that the channel could stop
    if (!notifySink)
        m_sink = nullptr;
    m_cancelled = true;
    m_deadline.stop();
    if (m_call)
        m_call->cancel(); // fails the call with Cancelled, synchronously: the agent's usual path
    else
        m_agent->dropQueued(this);
}

void AgentTurn::onDeadline()
{
    AgentError error(
        AgentError::Kind::Timeout,
        Agent::tr("no reply within %n second(s); it will be stored in session %1 when it arrives", nullptr,
                  (m_deadline.interval() + 999) / 1000)
            .arg(m_sessionId));
    error.sessionId = m_sessionId;
    deliverFailed(error);
}

void AgentTurn::deliverDelta(const QString &text)
{
    if (m_sink)
        m_sink->onDelta(text);
}

void AgentTurn::deliverCompleted(const AgentReply &reply)
{
    m_ended = true;
    m_deadline.stop();
    if (TurnSink *sink = std::exchange(m_sink, nullptr))
        sink->onCompleted(reply);
}

void AgentTurn::deliverFailed(const AgentError &error)
{
    m_ended = true;
    m_deadline.stop();
    if (TurnSink *sink = std::exchange(m_sink, nullptr))
        sink->onFailed(error);
}

} // namespace blufio
