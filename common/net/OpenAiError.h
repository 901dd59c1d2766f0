#pragma once

#include <QJsonObject>
#include <QString>

namespace blufio {

// The error shape of the OpenAI-compatible routes (/v1/chat/completions, /v1/models):
// {"error": {"message", "type", "code", "param"}}, which OpenAI's client libraries turn into their own
// exceptions. param names the request field at fault, or is null.
struct OpenAiError
{
    QString message; // translated, for people
    QString type; // invalid_request_error, authentication_error, insufficient_quota, ...
    QString code; // snake_case, stable
    QString param; // empty: null

    // The inner object.
    QJsonObject toJson() const;
    // The whole body: {"error": toJson()}.
    QJsonObject toBody() const;
    // Reads a body or an inner object alike; missing fields stay empty.
    static OpenAiError fromJson(const QJsonObject &object);
};

} // namespace blufio
