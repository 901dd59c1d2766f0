#include "HttpListener.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcConnection)

namespace blufio {

HttpListener::HttpListener(const HttpLimits &limits, ConnectionGuard::UpgradeFilter upgradeFilter,
                           QObject *parent)
    : QTcpServer(parent), m_limits(limits), m_upgradeFilter(std::move(upgradeFilter))
{ }

QList<QTcpSocket *> HttpListener::sockets() const
{
    return findChildren<QTcpSocket *>();
}

bool HttpListener::isApprovedWebSocket(const QHostAddress &peer, quint16 peerPort) const
{
    for (QTcpSocket *socket : sockets()) {
        if (socket->peerPort() == peerPort && socket->peerAddress() == peer) {
            const ConnectionGuard *guard = ConnectionGuard::of(socket);
            return guard && guard->webSocketApproved();
        }
    }
    return false;
}

std::optional<Caller> HttpListener::webSocketCaller(const QHostAddress &peer, quint16 peerPort) const
{
    for (QTcpSocket *socket : sockets()) {
        if (socket->peerPort() == peerPort && socket->peerAddress() == peer) {
            const ConnectionGuard *guard = ConnectionGuard::of(socket);
            if (guard && guard->webSocketApproved())
                return guard->webSocketCaller();
            return std::nullopt;
        }
    }
    return std::nullopt;
}

void HttpListener::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    // QHttpServer 6.4 keeps a whole request in the socket's buffer until it is complete; cap that
    // buffer at one maximal request so no connection can hold more memory than the limits allow.
    socket->setReadBufferSize(m_limits.maxHeaderBytes + m_limits.maxBodyBytes + qint64(64) * 1024);
    // The guard counts the socket for as long as it lives: QHttpServer's WebSocket hand-over
    // disconnects every signal of the socket, `destroyed` included, but not its children.
    auto *guard = new ConnectionGuard(socket, m_limits, m_upgradeFilter, m_counters);
    connect(guard, &ConnectionGuard::rejected, this, &HttpListener::rejected);
    if (m_counters->open > m_limits.maxConnections) {
        qCWarning(lcConnection) << "connection limit" << m_limits.maxConnections << "reached; refusing"
                                << socket->peerAddress().toString();
        guard->reject(
            HttpResponse::error(503, "too_many_connections",
                                QCoreApplication::translate(
                                    "HttpListener", "too many open connections (daemon.max_connections)"))
                .withHeader("Retry-After", "1"));
        return;
    }
    addPendingConnection(socket);
    guard->attachAfterServer();
}

} // namespace blufio
