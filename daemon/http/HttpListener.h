#pragma once

#include "ConnectionGuard.h"
#include "HttpLimits.h"

#include <QTcpServer>

namespace blufio {

// The QTcpServer QHttpServer is bound to. It caps open connections (503 and close beyond
// daemon.max_connections) and puts a ConnectionGuard in front of every socket before QHttpServer
// sees it.
class HttpListener : public QTcpServer
{
    Q_OBJECT

public:
    HttpListener(const HttpLimits &limits, ConnectionGuard::UpgradeFilter upgradeFilter, QObject *parent = nullptr);

    int openConnections() const { return m_open; }
    // Sockets that are still open, for a graceful shutdown.
    QList<QTcpSocket *> sockets() const;

Q_SIGNALS:
    // A request refused before it reached a route (limits, connection cap, refused upgrade).
    void rejected(int status);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    HttpLimits m_limits;
    ConnectionGuard::UpgradeFilter m_upgradeFilter;
    int m_open = 0;
};

} // namespace blufio
