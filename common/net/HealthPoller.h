#pragma once

#include "HealthClient.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;

namespace blufio {

// Watches a daemon's /health over time (Syncthing Tray's connection idea): one HealthClient on an
// injected QNetworkAccessManager, a single-shot timer re-armed only after a reply, so requests never
// overlap however slow the daemon is; longer waits while it is unreachable. No Widgets dependency:
// the CLI can use it too.
class HealthPoller : public QObject
{
    Q_OBJECT

public:
    using State = HealthReport::State;

    struct Sample
    {
        QDateTime time;
        quint64 heapBytes = 0;
        quint64 rssBytes = 0;
        quint64 warnBytes = 0;
        quint64 limitBytes = 0;
    };
    struct StateChange
    {
        QDateTime time;
        State from = State::Unreachable;
        State to = State::Unreachable;
        QString detail; // the error for an unreachable daemon
        bool initial = false; // the first report: "from" is only a placeholder
    };

    explicit HealthPoller(QNetworkAccessManager *nam, QObject *parent = nullptr);

    void setUrl(const QUrl &url) { m_url = url; }
    QUrl url() const { return m_url; }
    // Time between the end of one reply and the next request.
    void setIntervalMs(int ms);
    int intervalMs() const { return m_intervalMs; }
    void setTimeoutMs(int ms) { m_timeoutMs = qMax(1, ms); }
    int timeoutMs() const { return m_timeoutMs; }
    // Ceiling for the back-off while unreachable (default 60 s; never below the interval).
    void setMaxBackoffMs(int ms) { m_maxBackoffMs = qMax(1, ms); }
    int maxBackoffMs() const { return m_maxBackoffMs; }
    // With a token the poller asks /v1/health, falling back to /health when that is missing or
    // refuses the token. The token is never logged.
    void setBearerToken(const QByteArray &token);
    bool hasBearerToken() const { return !m_token.isEmpty(); }
    // Recorded with every sample so the history graph can draw the lines that applied then.
    void setMemoryLimits(quint64 warnBytes, quint64 limitBytes);
    // How far back samples and state changes are kept (default one hour).
    void setHistoryWindowSecs(qint64 secs) { m_historySecs = qMax<qint64>(1, secs); }

    void start(); // polls now, then keeps polling
    void stop(); // no new request; a running one still reports
    bool isActive() const { return m_active; }
    // Polls at once unless a request is running (then the next reply re-arms as usual): used to
    // apply new settings without waiting a whole interval.
    void pollNow();
    bool busy() const { return m_client.busy(); }

    State state() const { return m_last.state; }
    const HealthReport &lastReport() const { return m_last; }
    int reportCount() const { return m_reportCount; }
    int consecutiveFailures() const { return m_failures; }
    // The delay the timer was last armed with.
    int currentDelayMs() const { return m_currentDelayMs; }
    const QList<Sample> &samples() const { return m_samples; }
    const QList<StateChange> &stateChanges() const { return m_changes; }

Q_SIGNALS:
    void reportReady(const blufio::HealthReport &report);
    void stateChanged(blufio::HealthReport::State oldState, blufio::HealthReport::State newState);
    void nextPollScheduled(int delayMs);

private:
    void request(bool useToken);
    void onFinished(const HealthReport &report);
    void record(const HealthReport &report);
    void prune(const QDateTime &now);
    void schedule();

    HealthClient m_client;
    QTimer m_timer;
    QUrl m_url;
    QByteArray m_token;
    int m_intervalMs = 5000;
    int m_timeoutMs = 3000;
    int m_maxBackoffMs = 60000;
    int m_currentDelayMs = 0;
    qint64 m_historySecs = 3600;
    quint64 m_warnBytes = 150ull << 20;
    quint64 m_limitBytes = 200ull << 20;
    bool m_active = false;
    bool m_retryingWithoutToken = false;
    int m_failures = 0;
    int m_reportCount = 0;
    HealthReport m_last;
    QList<Sample> m_samples;
    QList<StateChange> m_changes;
};

} // namespace blufio
