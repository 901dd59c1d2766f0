#pragma once

#include "AgentTypes.h"

#include <QObject>
#include <QPointer>

namespace blufio {

class ProviderCall;

// One user message on its way to an answer. The agent owns it; listeners (an HTTP reply, a
// WebSocket) connect to its signals and call detach() when they go away, which cancels the
// upstream call unless the turn has already finished. A turn nobody listens to (recovered after a
// crash, or whose client timed out) still runs to the end and stores its reply.
class AgentTurn : public QObject
{
    Q_OBJECT

public:
    AgentTurn(QString sessionId, qint64 queueId, qint64 messageSeq, bool newSession, QObject *parent);

    QString sessionId() const { return m_sessionId; }
    qint64 queueId() const { return m_queueId; }
    qint64 messageSeq() const { return m_messageSeq; }
    bool isNewSession() const { return m_newSession; }
    bool isDone() const { return m_done; }

    // The client is gone: stop spending tokens on it.
    void detach();
    // The client no longer waits (timeout) but the reply should still be stored.
    void abandon() { m_abandoned = true; }
    bool isAbandoned() const { return m_abandoned; }
    bool isCancelled() const { return m_cancelled; }

    // Used by the agent.
    void setCall(ProviderCall *call);
    void finish(const AgentReply &reply);
    void fail(const AgentError &error);
    void emitDelta(const QString &text) { Q_EMIT textDelta(text); }

Q_SIGNALS:
    void started();
    void textDelta(const QString &text);
    void completed(const blufio::AgentReply &reply);
    void failed(const blufio::AgentError &error);

private:
    QString m_sessionId;
    qint64 m_queueId;
    qint64 m_messageSeq;
    bool m_newSession;
    bool m_done = false;
    bool m_abandoned = false;
    bool m_cancelled = false;
    QPointer<ProviderCall> m_call;
};

} // namespace blufio
