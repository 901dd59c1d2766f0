#include "HttpListener.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcConnection)

namespace blufio {

HttpListener::HttpListener(const HttpLimits &limits, ConnectionGuard::UpgradeFilter upgradeFilter, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_upgradeFilter(std::move(upgradeFilter))
{
}

QList<QTcpSocket *> HttpListener::sockets() const
{
    return findChildren<QTcpSocket *>();
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
    socket->setReadBufferSize(m_limits.maxHeaderBytes + m_limits.maxBodyBytes + 64 * 1024);
    auto *guard = new ConnectionGuard(socket, m_limits, m_upgradeFilter);
    connect(guard, &ConnectionGuard::rejected, this, &HttpListener::rejected);
    ++m_open;
    connect(socket, &QObject::destroyed, this, [this] { --m_open; });
    if (m_open > m_limits.maxConnections) {
        qCWarning(lcConnection) << "connection limit" << m_limits.maxConnections << "reached; refusing"
                                << socket->peerAddress().toString();
        guard->reject(HttpResponse::error(503, "too_many_connections",
                                          QCoreApplication::translate("HttpListener",
                                                                      "too many open connections (daemon.max_connections)"))
                          .withHeader("Retry-After", "1"));
        return;
    }
    // QHttpServer may re-parent the socket; the count follows the socket's lifetime either way.
    addPendingConnection(socket);
    guard->attachAfterServer();
}

} // namespace blufio
