#include "HealthPoller.h"

#include <algorithm>

namespace blufio {

HealthPoller::HealthPoller(QNetworkAccessManager *nam, QObject *parent) : QObject(parent), m_client(nam)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { request(!m_token.isEmpty()); });
    connect(&m_client, &HealthClient::finished, this, &HealthPoller::onFinished);
}

void HealthPoller::setIntervalMs(int ms)
{
    m_intervalMs = qMax(1, ms);
}

void HealthPoller::setBearerToken(const QByteArray &token)
{
    m_token = token;
}

void HealthPoller::setMemoryLimits(quint64 warnBytes, quint64 limitBytes)
{
    m_warnBytes = warnBytes;
    m_limitBytes = limitBytes;
}

void HealthPoller::start()
{
    m_active = true;
    pollNow();
}

void HealthPoller::stop()
{
    m_active = false;
    m_timer.stop();
}

void HealthPoller::pollNow()
{
    if (m_client.busy())
        return;
    m_timer.stop();
    request(!m_token.isEmpty());
}

void HealthPoller::request(bool useToken)
{
    m_retryingWithoutToken = !useToken && !m_token.isEmpty();
    m_client.fetch(m_url, m_timeoutMs, useToken ? m_token : QByteArray());
}

void HealthPoller::onFinished(const HealthReport &report)
{
    // A daemon without /v1/health (404), or one that refuses this token (401), still answers
    // /health: ask that once more before reporting, so a stale token does not read as "unhealthy".
    if (!m_retryingWithoutToken && report.source == u"/v1/health"
        && (report.httpStatus == 404 || report.httpStatus == 401)) {
        request(false);
        return;
    }
    m_retryingWithoutToken = false;
    record(report);
    Q_EMIT reportReady(report);
    if (m_active)
        schedule();
}

void HealthPoller::record(const HealthReport &report)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const State old = m_last.state;
    const bool first = m_reportCount == 0;
    m_last = report;
    ++m_reportCount;
    m_failures = report.state == State::Unreachable ? m_failures + 1 : 0;

    if (report.state != State::Unreachable) {
        Sample sample;
        sample.time = now;
        sample.heapBytes = report.health ? quint64(report.health->memoryHeapBytes) : 0;
        sample.rssBytes = report.health ? quint64(report.health->memoryRssBytes) : 0;
        sample.warnBytes = m_warnBytes;
        sample.limitBytes = m_limitBytes;
        m_samples.append(sample);
    }
    // The first report is a change too (from "not known yet"), so the history says what the
    // daemon was doing when watching began.
    if (first || old != report.state)
        m_changes.append(StateChange {now, old, report.state, report.error, first});
    prune(now);
    if (old != report.state)
        Q_EMIT stateChanged(old, report.state);
}

void HealthPoller::prune(const QDateTime &now)
{
    const QDateTime cutoff = now.addSecs(-m_historySecs);
    const auto samplesEnd
        = std::find_if(m_samples.begin(), m_samples.end(), [&](const Sample &s) { return s.time >= cutoff; });
    m_samples.erase(m_samples.begin(), samplesEnd);
    // Keep the latest change even when older than the window: it says what state holds now.
    while (m_changes.size() > 1 && m_changes.first().time < cutoff)
        m_changes.removeFirst();
}

void HealthPoller::schedule()
{
    int delay = m_intervalMs;
    if (m_failures > 0) {
        // Doubling per consecutive failure, capped: a daemon that is down is not hammered, and
        // one that comes back is noticed within the cap.
        const int ceiling = qMax(m_maxBackoffMs, m_intervalMs);
        qint64 d = m_intervalMs;
        for (int i = 0; i < m_failures && d < ceiling; ++i)
            d *= 2;
        delay = int(qMin<qint64>(d, ceiling));
    }
    m_currentDelayMs = delay;
    m_timer.start(delay);
    Q_EMIT nextPollScheduled(delay);
}

} // namespace blufio
