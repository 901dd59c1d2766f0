#pragma once

#include "AgentError.h"
#include "AgentTypes.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace blufio {

class Agent;
class ProviderCall;
class TurnSink;

// One user message on its way to an answer; the agent's own bookkeeping behind a TurnHandle. The
// agent owns it. Its sink hears the deltas and the end, until the channel detaches or the deadline
// passes; a turn nobody listens to any more (recovered after a crash, timed out) still runs to the
// end and stores its reply, unless it was cancelled.
class AgentTurn : public QObject
{
    Q_OBJECT

public:
    AgentTurn(Agent *agent, QString sessionId, qint64 queueId, qint64 messageSeq, bool newSession,
              qint64 receivedMs, TurnSink *sink);

    QString sessionId() const { return m_sessionId; }
    // The API key the turn is spent by ([12]); empty: admin credentials from the configuration.
    void setKeyName(const QString &name) { m_keyName = name; }
    QString keyName() const { return m_keyName; }
    qint64 queueId() const { return m_queueId; }
    qint64 messageSeq() const { return m_messageSeq; }
    qint64 receivedMs() const { return m_receivedMs; }
    bool isNewSession() const { return m_newSession; }
    bool hasSink() const { return m_sink != nullptr; }
    bool isCancelled() const { return m_cancelled; }

    // From TurnHandle.
    void cancel(bool notifySink);

    // Used by the agent.
    // A sinkless turn (recovered after a crash) gets one; false when it has one, was cancelled, or
    // already had its last call.
    bool attachSink(TurnSink *sink);
    void startDeadline(int ms);
    void setCall(ProviderCall *call);
    void deliverDelta(const QString &text);
    void deliverCompleted(const AgentReply &reply);
    void deliverFailed(const AgentError &error);

private:
    void onDeadline();

    Agent *m_agent;
    QString m_sessionId;
    QString m_keyName;
    qint64 m_queueId;
    qint64 m_messageSeq;
    qint64 m_receivedMs;
    bool m_newSession;
    bool m_cancelled = false;
    bool m_ended = false; // had its last call (completed or failed), with or without a sink
    TurnSink *m_sink; // null once it had its last call or detached
    QPointer<ProviderCall> m_call;
    QTimer m_deadline;
};

} // namespace blufio
