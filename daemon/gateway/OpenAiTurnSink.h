#pragma once

#include "daemon/agent/TurnHandle.h"
#include "daemon/agent/TurnSink.h"

#include <QObject>
#include <QPointer>

namespace blufio {

class DeferredReply;

// One POST /v1/chat/completions on its way back, in OpenAI's shapes: a chat.completion, or
// chat.completion.chunk events ending "data: [DONE]" (an error after the stream began is a
// "data: {"error": ...}" event, as OpenAI sends it, and no [DONE]). A stored exchange (X-Blufio-Session)
// names its session in an X-Blufio-Session header. A child of its reply, like HttpTurnSink: the client
// leaving detaches the turn.
class OpenAiTurnSink : public QObject, public TurnSink
{
    Q_OBJECT

public:
    struct Options
    {
        bool streaming = false;
        bool includeUsage = false; // stream_options.include_usage
        QString model; // what the chunks and the reply name
    };

    explicit OpenAiTurnSink(Options options);
    ~OpenAiTurnSink() override;

    void attach(const TurnHandle &handle, DeferredReply *reply);

    void onDelta(const QString &text) override;
    void onCompleted(const AgentReply &reply) override;
    void onFailed(const AgentError &error) override;

private:
    void onClientGone();

    Options m_options;
    QString m_id;
    qint64 m_created;
    TurnHandle m_handle;
    QPointer<DeferredReply> m_reply;
};

} // namespace blufio
