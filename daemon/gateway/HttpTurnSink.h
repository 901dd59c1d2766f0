#pragma once

#include "daemon/agent/TurnHandle.h"
#include "daemon/agent/TurnSink.h"

#include <QObject>
#include <QPointer>

namespace blufio {

class DeferredReply;

// One POST /v1/messages on its way back: as server-sent events (message_start, text_delta,
// message_stop, error) or as one JSON reply. The agent's deadline (gateway.request_timeout_secs)
// arrives as Kind::Timeout like any other failure, so both forms share one timeout path. A child of
// its reply: the client leaving detaches the turn (the upstream call is cancelled) and completes the
// reply, so it is counted and freed.
class HttpTurnSink : public QObject, public TurnSink
{
    Q_OBJECT

public:
    explicit HttpTurnSink(bool streaming);
    ~HttpTurnSink() override;

    // After Agent::submit accepted the message: the reply to write to from now on.
    void attach(const TurnHandle &handle, DeferredReply *reply);

    void onDelta(const QString &text) override;
    void onCompleted(const AgentReply &reply) override;
    void onFailed(const AgentError &error) override;

private:
    void onClientGone();

    bool m_streaming;
    TurnHandle m_handle;
    QPointer<DeferredReply> m_reply;
};

} // namespace blufio
