#pragma once

#include <QString>

#include <functional>

namespace blufio {

// The audit trail of refused authentications (category blufio.auth.audit): one line per failure,
// at most maxLinesPerSecond lines a second overall so that a flood of bad requests cannot flood
// the journal. Lines beyond that are counted, and the next line written says how many were left out.
class AuthAuditLog
{
public:
    using Sink = std::function<void(const QString &line)>;

    // clockMs and sink default to a monotonic clock and qCInfo(blufio.auth.audit).
    explicit AuthAuditLog(int maxLinesPerSecond = 20, std::function<qint64()> clockMs = {}, Sink sink = {});

    void write(const QString &line);
    qint64 suppressed() const { return m_suppressed; }

private:
    int m_maxPerSecond;
    std::function<qint64()> m_clock;
    Sink m_sink;
    qint64 m_windowStart = 0;
    int m_inWindow = 0;
    qint64 m_suppressed = 0;
    bool m_started = false;
};

} // namespace blufio
