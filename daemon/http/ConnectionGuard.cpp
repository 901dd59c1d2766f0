#include "ConnectionGuard.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSslSocket>

#include <sys/socket.h>

Q_LOGGING_CATEGORY(lcConnection, "blufio.http.connection")

namespace blufio {

namespace {
constexpr int kLingerMs = 2000;
}

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, const HttpLimits &limits, UpgradeFilter upgradeFilter)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
    , m_upgradeFilter(std::move(upgradeFilter))
    , m_framer(limits.maxHeaderBytes, limits.maxBodyBytes)
{
    setObjectName(QStringLiteral("blufio-connection-guard"));
    m_framer.onHead = [this](const RequestFramer::Head &head) { return onHead(head); };
    m_framer.onComplete = [this] {
        // The request is complete: it is the server's turn, not the client's.
        ++m_outstanding;
        m_idle.stop();
    };
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &ConnectionGuard::onIdleTimeout);
    // Connected before QHttpServer sees the socket, so this runs first on every readyRead.
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::beforeServerRead);
    connect(socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_outstanding == 0 && !m_rejected && !m_upgraded && m_socket && m_socket->bytesToWrite() == 0)
            restartIdleTimer();
    });
    restartIdleTimer();
}

ConnectionGuard *ConnectionGuard::of(QTcpSocket *socket)
{
    return socket ? socket->findChild<ConnectionGuard *>(QStringLiteral("blufio-connection-guard"),
                                                         Qt::FindDirectChildrenOnly)
                  : nullptr;
}

void ConnectionGuard::attachAfterServer()
{
    connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::afterServerRead);
}

void ConnectionGuard::beforeServerRead()
{
    if (!m_socket || m_rejected || m_upgraded)
        return;
    const qint64 available = m_socket->bytesAvailable();
    m_leftover = qMin(m_leftover, available);
    if (available == m_leftover)
        return;
    const bool wasIdle = !m_framer.inRequest() && m_outstanding == 0;
    const QByteArray fresh = m_socket->peek(available).mid(m_leftover);
    m_leftover = available;
    if (wasIdle) {
        // A request has begun: the whole of it must arrive within the timeout, however it trickles.
        restartIdleTimer();
    }
    if (const auto error = m_framer.feed(fresh)) {
        qCInfo(lcConnection).noquote() << "refusing request from" << m_socket->peerAddress().toString() << "with"
                                       << error->status << error->code;
        reject(HttpResponse::error(error->status, error->code, error->message));
    }
}

void ConnectionGuard::afterServerRead()
{
    if (m_socket)
        m_leftover = m_socket->bytesAvailable();
}

bool ConnectionGuard::onHead(const RequestFramer::Head &head)
{
    if (head.wantsWebSocket()) {
        if (m_upgradeFilter) {
            if (std::optional<HttpResponse> refusal = m_upgradeFilter(head, m_socket->peerAddress())) {
                reject(*refusal);
                return false;
            }
        }
        m_upgraded = true;
        m_idle.stop();
        return false;
    }
    // QHttpServer 6.4 ignores Expect; a client waiting for 100 Continue would stall until its own
    // timeout. The limits were already checked, so invite the body.
    if (head.expectsContinue() && (head.contentLength > 0 || head.chunked) && m_socket)
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    return true;
}

void ConnectionGuard::replyStarted()
{
    m_idle.stop();
}

void ConnectionGuard::replyFinished()
{
    if (m_outstanding > 0)
        --m_outstanding;
    if (m_outstanding == 0 && !m_rejected && !m_upgraded)
        restartIdleTimer();
}

void ConnectionGuard::restartIdleTimer()
{
    m_idle.start(m_limits.idleTimeoutMs);
}

void ConnectionGuard::onIdleTimeout()
{
    if (!m_socket || m_rejected || m_upgraded || m_outstanding > 0)
        return;
    if (m_framer.inRequest()) {
        reject(HttpResponse::error(408, "request_timeout",
                                   QCoreApplication::translate("ConnectionGuard",
                                                               "the request did not arrive within daemon.idle_timeout_secs")));
        return;
    }
    m_socket->disconnectFromHost();
}

void ConnectionGuard::closeIfIdle()
{
    if (m_socket && m_outstanding == 0 && !m_framer.inRequest() && !m_upgraded)
        m_socket->disconnectFromHost();
}

void ConnectionGuard::reject(const HttpResponse &response)
{
    if (!m_socket || m_rejected)
        return;
    m_rejected = true;
    m_idle.stop();
    Q_EMIT rejected(response.status);
    QTcpSocket *socket = m_socket;
    // Take the socket away from QHttpServer (disconnecting during the emission skips its slot),
    // then keep draining so the kernel does not answer the client's unread bytes with a reset
    // before it read our reply.
    disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
    connect(socket, &QTcpSocket::readyRead, this, [socket] { socket->skip(socket->bytesAvailable()); });
    socket->skip(socket->bytesAvailable());
    socket->write(response.serialize(false));
    auto *tls = qobject_cast<QSslSocket *>(socket);
    auto halfClose = [socket, tls] {
        if (socket->bytesToWrite() == 0 && (!tls || tls->encryptedBytesToWrite() == 0))
            ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
    };
    // Over TLS (the metrics listener) QSslSocket reports nothing pending before it has even
    // encrypted the reply: half-close only once encrypted bytes went out, or the FIN overtakes them.
    if (tls)
        connect(tls, &QSslSocket::encryptedBytesWritten, this, halfClose);
    else
        connect(socket, &QTcpSocket::bytesWritten, this, halfClose);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(kLingerMs, socket, [socket] { socket->abort(); });
    socket->flush();
    if (!tls)
        halfClose();
}

} // namespace blufio
