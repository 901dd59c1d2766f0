#pragma once

#include "ConnectionGuard.h"
#include "HttpLimits.h"

#include <QTcpServer>

#include <memory>

namespace blufio {

// The QTcpServer QHttpServer is bound to. It caps open connections (503 and close beyond
// daemon.max_connections, WebSockets included) and puts a ConnectionGuard in front of every
// socket before QHttpServer sees it.
class HttpListener : public QTcpServer
{
    Q_OBJECT

public:
    HttpListener(const HttpLimits &limits, ConnectionGuard::UpgradeFilter upgradeFilter,
                 QObject *parent = nullptr);

    int openConnections() const { return m_counters->open; }
    int openWebSockets() const { return m_counters->webSockets; }
    // Sockets that are still open, for a graceful shutdown.
    QList<QTcpSocket *> sockets() const;
    // Whether the guard approved the upgrade of the socket with this peer (the WebSocket server
    // hands us a QWebSocket, not the QTcpSocket underneath; the peer identifies it).
    bool isApprovedWebSocket(const QHostAddress &peer, quint16 peerPort) const;
    // Whom the upgrade of that socket was approved for (nullopt: not approved).
    std::optional<Caller> webSocketCaller(const QHostAddress &peer, quint16 peerPort) const;

Q_SIGNALS:
    // A request refused before it reached a route (limits, connection cap, refused upgrade).
    void rejected(int status);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    HttpLimits m_limits;
    ConnectionGuard::UpgradeFilter m_upgradeFilter;
    std::shared_ptr<ConnectionCounters> m_counters = std::make_shared<ConnectionCounters>();
};

} // namespace blufio
