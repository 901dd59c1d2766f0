#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace blufio {

// Timestamps of the /v1 API: ISO-8601 UTC with milliseconds, "2026-01-02T03:04:05.678Z".
namespace IsoTime {
QString format(qint64 unixMs);
QString format(const QDateTime &time);
// Invalid when the value is not such a timestamp.
QDateTime parse(const QJsonValue &value);
} // namespace IsoTime

} // namespace blufio
