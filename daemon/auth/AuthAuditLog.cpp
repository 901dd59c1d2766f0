#include "AuthAuditLog.h"

#include <QLoggingCategory>

#include <chrono>

Q_LOGGING_CATEGORY(lcAuthAudit, "blufio.auth.audit")

namespace blufio {

AuthAuditLog::AuthAuditLog(int maxLinesPerSecond, std::function<qint64()> clockMs, Sink sink)
    : m_maxPerSecond(qMax(1, maxLinesPerSecond)), m_clock(std::move(clockMs)), m_sink(std::move(sink))
{
    if (!m_clock) {
        m_clock = [] {
            return qint64(std::chrono::duration_cast<std::chrono::milliseconds>(
                              std::chrono::steady_clock::now().time_since_epoch())
                              .count());
        };
    }
    if (!m_sink)
        m_sink = [](const QString &line) {
            qCInfo(lcAuthAudit).noquote() << line;
        };
}

void AuthAuditLog::write(const QString &line)
{
    const qint64 now = m_clock();
    if (!m_started || now - m_windowStart >= 1000) {
        m_started = true;
        m_windowStart = now;
        m_inWindow = 0;
    }
    if (m_inWindow >= m_maxPerSecond) {
        ++m_suppressed;
        return;
    }
    ++m_inWindow;
    if (m_suppressed > 0) {
        m_sink(QStringLiteral("suppressed %1 audit lines (more than %2 a second)")
                   .arg(m_suppressed)
                   .arg(m_maxPerSecond));
        m_suppressed = 0;
    }
    m_sink(line);
}

} // namespace blufio
