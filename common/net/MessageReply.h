#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace blufio {

// An answered message as the /v1 API shows it: the body of POST /v1/messages, the data of the SSE
// message_stop event and (with "type": "message_complete") the WebSocket frame.
// {"id", "session_id", "content", "created_at", "usage": {"input_tokens", "output_tokens"}, "cost_usd"}
struct MessageReply
{
    QString id;
    QString sessionId;
    QString content;
    qint64 createdAtMs = 0; // unix ms, UTC; ISO-8601 with milliseconds on the wire
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    double costUsd = 0;

    QJsonObject toJson() const;
    static MessageReply fromJson(const QJsonObject &object);
};

} // namespace blufio

Q_DECLARE_METATYPE(blufio::MessageReply)
