#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace blufio {

// The error shape of the /v1 API: {"error": {"code", "message", ...details}} as the body of every
// error reply; SSE error events and WebSocket error frames carry the inner object. The daemon builds
// it once with all its fields; the CLI reads it back with fromJson().
struct ApiError
{
    QString code; // snake_case, stable
    QString message; // translated, for people
    QJsonObject details; // further fields of the inner object: resets_at, session_id, ...

    // The inner object: {"code", "message", ...details}.
    QJsonObject toJson() const;
    // The whole body: {"error": toJson()}.
    QJsonObject toBody() const;
    // Reads a body ({"error": {...}}) or an inner object alike; missing fields stay empty.
    static ApiError fromJson(const QJsonObject &object);
};

} // namespace blufio

Q_DECLARE_METATYPE(blufio::ApiError)
