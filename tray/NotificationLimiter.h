#pragma once

#include <QDateTime>
#include <QHash>

namespace blufio::tray {

// At most one desktop notification per kind within a minimum gap, so a daemon flapping between
// states does not flood the desktop. Kinds are independent: "down" right after "degraded" shows.
class NotificationLimiter
{
public:
    enum class Kind { Down, Degraded, Recovered };

    explicit NotificationLimiter(qint64 minGapMs = 60000) : m_minGapMs(minGapMs) { }

    // True (and remembered) when a notification of this kind may be shown at `now`.
    bool allow(Kind kind, const QDateTime &now = QDateTime::currentDateTimeUtc());
    qint64 minGapMs() const { return m_minGapMs; }

private:
    qint64 m_minGapMs;
    QHash<int, QDateTime> m_last;
};

} // namespace blufio::tray
