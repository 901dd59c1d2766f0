#pragma once

#include "common/net/HealthSnapshot.h"

#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace blufio {

// What one look at a daemon's /health (or /v1/health) found.
struct HealthReport
{
    enum class State { Unreachable, Healthy, Degraded, Unhealthy };

    State state = State::Unreachable;
    int httpStatus = 0;
    // What the daemon said; absent when the reply was not a health document (an error body, a proxy).
    std::optional<HealthSnapshot> health;
    QString error; // why it was unreachable
    QString source; // "/health" or "/v1/health"

    static QString stateName(State state);
};

// One request at a time for /health with a per-request timeout, over an injected
// QNetworkAccessManager. Shared by `blufio status`, `blufio healthcheck` and the tray's poller.
class HealthClient : public QObject
{
    Q_OBJECT

public:
    explicit HealthClient(QNetworkAccessManager *nam, QObject *parent = nullptr);

    // Asks {base}/health, or {base}/v1/health when a bearer token is given. Ignored while a
    // request is already running (no overlapping requests).
    void fetch(const QUrl &base, int timeoutMs, const QByteArray &bearerToken = {});
    bool busy() const { return m_reply != nullptr; }

    // Runs a local event loop until the report is in (for the CLI).
    HealthReport fetchAndWait(const QUrl &base, int timeoutMs, const QByteArray &bearerToken = {});

    static HealthReport parse(int httpStatus, const QByteArray &body, const QString &source);

Q_SIGNALS:
    void finished(const blufio::HealthReport &report);

private:
    QNetworkAccessManager *m_nam;
    QPointer<QNetworkReply> m_reply;
};

} // namespace blufio
