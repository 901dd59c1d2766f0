#pragma once

#include "HttpLimits.h"
#include "HttpResponse.h"
#include "RequestFramer.h"

#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>
#include <optional>

namespace blufio {

// Rides along one accepted socket, in front of QHttpServer: frames the requests as they arrive
// and answers 431/413/400/408 itself (without buffering the body), enforces the idle timeout,
// answers Expect: 100-continue, and lets a WebSocket upgrade through only when the filter allows.
// Lives as a child of the socket, so it goes when the socket goes.
class ConnectionGuard : public QObject
{
    Q_OBJECT

public:
    // Returns a response to refuse the upgrade with, or nullopt to let it through.
    using UpgradeFilter = std::function<std::optional<HttpResponse>(const RequestFramer::Head &, const QHostAddress &peer)>;

    ConnectionGuard(QTcpSocket *socket, const HttpLimits &limits, UpgradeFilter upgradeFilter);

    static ConnectionGuard *of(QTcpSocket *socket);

    // Connect the slots that must run after QHttpServer's own readyRead handler.
    void attachAfterServer();

    // The HTTP server marks when it is working on a reply, so a slow reply is not an idle connection.
    void replyStarted();
    void replyFinished();
    bool busy() const { return m_outstanding > 0; }
    bool upgraded() const { return m_upgraded; }

    // Answers with this response and closes gracefully: stop reading for the server, send the
    // reply, half-close, discard whatever the client still sends for a short while, then close.
    void reject(const HttpResponse &response);
    // Closes an idle keep-alive connection at shutdown.
    void closeIfIdle();

Q_SIGNALS:
    void rejected(int status);

private:
    void beforeServerRead();
    void afterServerRead();
    void onIdleTimeout();
    void restartIdleTimer();
    bool onHead(const RequestFramer::Head &head);

    QPointer<QTcpSocket> m_socket;
    HttpLimits m_limits;
    UpgradeFilter m_upgradeFilter;
    RequestFramer m_framer;
    QTimer m_idle;
    qint64 m_leftover = 0; // bytes already framed that QHttpServer has not read yet
    int m_outstanding = 0;
    bool m_rejected = false;
    bool m_upgraded = false;
};

} // namespace blufio
