#pragma once

#include "ChatCompletion.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace blufio {

// One server-sent event of a streamed POST /v1/chat/completions, in OpenAI's shape: {"id", "object":
// "chat.completion.chunk", "created", "model", "choices": [{"index": 0, "delta": {"role"?, "content"?},
// "finish_reason": null | "stop" | "length"}]}; the usage chunk (stream_options.include_usage) has
// "choices": [] and "usage". A stream is the role chunk, content chunks, the finish chunk, perhaps the
// usage chunk, then "data: [DONE]".
struct ChatCompletionChunk
{
    enum class Kind { Role, Content, Finish, Usage };

    Kind kind = Kind::Content;
    QString id;
    qint64 created = 0; // unix seconds
    QString model;
    QString content; // Content
    QString finishReason; // Finish
    ChatUsage usage; // Usage

    QJsonObject toJson() const;
    // Tells the kind from the fields present: usage with no choices, a finish_reason, a role, else content.
    static ChatCompletionChunk fromJson(const QJsonObject &object);

    // "data: {compact JSON}\n\n"
    QByteArray toEvent() const;
    static QByteArray doneEvent() { return QByteArrayLiteral("data: [DONE]\n\n"); }
};

} // namespace blufio
