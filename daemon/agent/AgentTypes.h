#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace blufio {

// Why the agent would not (or could not) answer, already in HTTP terms: the gateway and the
// WebSocket send it as is.
struct AgentError
{
    AgentError() = default;
    AgentError(int status, QByteArray errorCode, QString text, int retryAfter = -1)
        : httpStatus(status)
        , code(std::move(errorCode))
        , message(std::move(text))
        , retryAfterSecs(retryAfter)
    {
    }

    int httpStatus = 500;
    QByteArray code; // snake_case
    QString message; // translated
    int retryAfterSecs = -1; // Retry-After, when there is one
    QJsonObject extra; // more fields for the error object (e.g. resets_at)
};

// A finished turn: the assistant message as stored, in the reply shape of docs/API.md "POST /v1/messages".
struct AgentReply
{
    QString id;
    QString sessionId;
    QString content;
    qint64 createdAtMs = 0;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    double costUsd = 0;

    QJsonObject toJson() const;
};

} // namespace blufio
