#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

namespace blufio {

// The token counts of an OpenAI chat completion: {"prompt_tokens", "completion_tokens", "total_tokens"}.
struct ChatUsage
{
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;

    qint64 totalTokens() const { return promptTokens + completionTokens; }
    QJsonObject toJson() const;
    static ChatUsage fromJson(const QJsonObject &object);
};

// The reply of POST /v1/chat/completions without streaming, in OpenAI's shape:
// {"id": "chatcmpl-...", "object": "chat.completion", "created", "model", "choices": [{"index": 0,
// "message": {"role": "assistant", "content"}, "finish_reason": "stop" | "length"}], "usage"}.
struct ChatCompletion
{
    QString id;
    qint64 created = 0; // unix seconds
    QString model;
    QString content;
    QString finishReason = QStringLiteral("stop");
    ChatUsage usage;

    QJsonObject toJson() const;
    // Reads the first choice; fields that are missing stay empty.
    static ChatCompletion fromJson(const QJsonObject &object);

    // "chatcmpl-" and 32 random hex digits: what OpenAI's ids look like, unique per reply.
    static QString newId();
};

} // namespace blufio

Q_DECLARE_METATYPE(blufio::ChatCompletion)
