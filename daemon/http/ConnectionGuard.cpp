#include "ConnectionGuard.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSslSocket>

#include <sys/socket.h>

Q_LOGGING_CATEGORY(lcConnection, "blufio.http.connection")

namespace blufio {

namespace {
constexpr int kLingerMs = 2000;
constexpr qsizetype kKeptPeekBytes = qsizetype(16) * 1024;
} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, const HttpLimits &limits, UpgradeFilter upgradeFilter,
                                 std::shared_ptr<ConnectionCounters> counters)
    : QObject(socket), m_socket(socket), m_limits(limits), m_upgradeFilter(std::move(upgradeFilter)),
      m_counters(std::move(counters)), m_framer(limits.maxHeaderBytes, limits.maxBodyBytes)
{
    setObjectName(QStringLiteral("blufio-connection-guard"));
    if (m_counters)
        ++m_counters->open;
    m_framer.onHead = [this](const RequestFramer::Head &head) {
        return onHead(head);
    };
    m_framer.onComplete = [this] {
        m_heads.append(m_current);
        m_continueDue = false; // the body came without waiting for 100 Continue
    };
    // Frame no further ahead than we are willing to queue; the rest waits in the socket buffer
    // (capped by its read buffer size, so TCP pushes back on the client).
    m_framer.pauseAfterRequest = [this] {
        return m_heads.size() >= kMaxQueuedRequests;
    };
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &ConnectionGuard::onIdleTimeout);
    // Connected before QHttpServer sees the socket, so this runs first on every readyRead.
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::beforeServerRead);
    connect(socket, &QTcpSocket::bytesWritten, this, [this] {
        if (!m_replyActive && !m_rejected && !m_webSocket && m_heads.isEmpty() && !m_framer.inRequest()
            && m_socket && m_socket->bytesToWrite() == 0)
            restartIdleTimer();
    });
    restartIdleTimer();
}

ConnectionGuard::~ConnectionGuard()
{
    if (m_counters) {
        --m_counters->open;
        if (m_webSocket)
            --m_counters->webSockets;
    }
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
    if (!m_socket || m_rejected || m_webSocket)
        return;
    if (m_replyActive || m_holding) {
        hold();
        return;
    }
    frameAvailable();
    if (m_socket)
        m_availableBeforeServer = m_socket->bytesAvailable();
}

void ConnectionGuard::afterServerRead()
{
    if (!m_socket || m_rejected || m_webSocket || m_holding)
        return;
    // What QHttpServer read in this emission left the front of the buffer.
    const qint64 readByServer = m_availableBeforeServer - m_socket->bytesAvailable();
    m_framed = qMax<qint64>(0, m_framed - qMax<qint64>(0, readByServer));
    m_availableBeforeServer = m_socket->bytesAvailable();
    if (!m_replyActive)
        frameAvailable();
}

void ConnectionGuard::frameAvailable()
{
    while (m_socket && !m_rejected && !m_webSocket && !m_framer.stopped()
           && m_heads.size() < kMaxQueuedRequests) {
        const qint64 available = m_socket->bytesAvailable();
        if (m_framed >= available)
            return;
        const bool wasIdle = !m_framer.inRequest() && m_heads.isEmpty() && !m_replyActive;
        // Peeked into a buffer kept for the connection: a fresh QByteArray per read was an
        // allocation and a copy on every request.
        m_peekBuffer.resize(available);
        const qint64 peeked = m_socket->peek(m_peekBuffer.data(), available);
        if (peeked <= m_framed)
            return;
        const QByteArrayView fresh = QByteArrayView(m_peekBuffer).first(peeked).sliced(m_framed);
        if (wasIdle) {
            // A request has begun: the whole of it must arrive within the timeout, however it trickles.
            restartIdleTimer();
        }
        const auto error = m_framer.feed(fresh);
        const bool framedAll = m_framer.consumed() == fresh.size();
        // A body's worth is not kept for the life of the connection: only what a request head needs.
        if (m_peekBuffer.capacity() > kKeptPeekBytes)
            m_peekBuffer = QByteArray();
        if (error) {
            qCInfo(lcConnection).noquote() << "refusing request from" << m_socket->peerAddress().toString()
                                           << "with" << error->status << error->code << ":" << error->message;
            reject(HttpResponse::error(error->status, error->code, error->message));
            return;
        }
        m_framed += m_framer.consumed();
        if (framedAll)
            return;
    }
}

void ConnectionGuard::hold()
{
    // QHttpServer reads whatever the socket buffer holds on readyRead. Reading it ourselves
    // inside a read transaction hides it from Qt without losing it: rolling the transaction back
    // in release() puts every byte back, and the buffer's cap stops the socket reading from the
    // kernel meanwhile, so a client pipelining behind a slow reply is pushed back by TCP.
    if (!m_holding) {
        m_holding = true;
        if (!m_socket->isTransactionStarted())
            m_socket->startTransaction();
    }
    m_socket->read(m_socket->bytesAvailable());
}

void ConnectionGuard::release()
{
    m_holding = false;
    if (!m_socket)
        return;
    if (m_socket->isTransactionStarted())
        m_socket->rollbackTransaction();
    // m_framed still holds: nothing was framed while holding, and Qt read nothing.
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(m_socket.data(), &QAbstractSocket::readyRead, Qt::QueuedConnection);
}

std::optional<RequestFramer::Head> ConnectionGuard::takeHead()
{
    if (m_heads.isEmpty())
        return std::nullopt;
    return m_heads.takeFirst();
}

bool ConnectionGuard::onHead(const RequestFramer::Head &head)
{
    if (head.wantsWebSocket()) {
        if (!m_heads.isEmpty() || m_replyActive) {
            reject(HttpResponse::error(
                400, "bad_request",
                QCoreApplication::translate(
                    "ConnectionGuard", "a WebSocket upgrade cannot be pipelined behind another request")));
            return false;
        }
        std::optional<HttpResponse> refusal;
        if (!m_upgradeFilter)
            refusal = HttpResponse::error(
                404, "not_found",
                QCoreApplication::translate("ConnectionGuard", "no WebSocket endpoint here"));
        else
            refusal = m_upgradeFilter(head, m_socket->peerAddress(), m_webSocketCaller);
        if (!refusal && m_counters && m_counters->webSockets >= m_limits.maxWebSockets) {
            refusal = HttpResponse::error(
                          503, "too_many_websockets",
                          QCoreApplication::translate(
                              "ConnectionGuard", "too many open WebSocket sessions (gateway.max_websockets)"))
                          .withHeader("Retry-After", "5");
        }
        if (refusal) {
            reject(*refusal);
            return false;
        }
        // Approved: this socket leaves HTTP. It keeps counting towards the connection cap (the
        // guard lives as long as the socket) and now towards the WebSocket cap too.
        m_webSocket = true;
        if (m_counters)
            ++m_counters->webSockets;
        m_idle.stop();
        m_heads.append(head);
        return false;
    }
    m_current = head;
    // QHttpServer 6.4 ignores Expect; a client waiting for 100 Continue would stall until its own
    // timeout. The limits were already checked, so invite the body, but never in the middle of an
    // earlier reply.
    if (head.expectsContinue() && head.hasBody()) {
        m_continueDue = true;
        sendContinueIfDue(true);
    }
    return true;
}

void ConnectionGuard::sendContinueIfDue(bool atHead)
{
    // atHead: called from onHead, before the framer has moved into the body.
    if (m_continueDue && m_heads.isEmpty() && !m_replyActive && (atHead || m_framer.inBody()) && m_socket) {
        m_continueDue = false;
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    }
}

void ConnectionGuard::replyStarted()
{
    m_replyActive = true;
    m_idle.stop();
}

void ConnectionGuard::replyFinished()
{
    if (!m_replyActive)
        return;
    m_replyActive = false;
    if (m_pendingRejection) {
        const HttpResponse response = *m_pendingRejection;
        m_pendingRejection.reset();
        rejectNow(response);
        return;
    }
    if (m_rejected || m_webSocket)
        return;
    sendContinueIfDue();
    restartIdleTimer();
    if (m_holding)
        release();
}

void ConnectionGuard::restartIdleTimer()
{
    m_idle.start(m_limits.idleTimeoutMs);
}

void ConnectionGuard::onIdleTimeout()
{
    if (!m_socket || m_rejected || m_webSocket || m_replyActive)
        return;
    // A request framed whole that QHttpServer never took counts as incomplete too: whatever Qt
    // is waiting for, the connection does not stay open for it.
    if (m_framer.inRequest() || !m_heads.isEmpty()) {
        reject(HttpResponse::error(
            408, "request_timeout",
            QCoreApplication::translate("ConnectionGuard",
                                        "the request did not arrive within daemon.idle_timeout_secs")));
        return;
    }
    m_socket->disconnectFromHost();
}

void ConnectionGuard::closeIfIdle()
{
    if (m_socket && !m_replyActive && m_heads.isEmpty() && !m_framer.inRequest() && !m_webSocket)
        m_socket->disconnectFromHost();
}

void ConnectionGuard::reject(const HttpResponse &response)
{
    if (!m_socket || m_rejected)
        return;
    m_rejected = true;
    m_idle.stop();
    QTcpSocket *socket = m_socket;
    // Take the socket away from QHttpServer (disconnecting during the emission skips its slot),
    // then keep draining so the kernel does not answer the client's unread bytes with a reset
    // before it read our reply.
    disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
    auto discard = [socket] {
        if (socket->isTransactionStarted())
            socket->commitTransaction();
        socket->skip(socket->bytesAvailable());
    };
    connect(socket, &QTcpSocket::readyRead, this, discard);
    discard();
    if (m_replyActive) {
        // The reply in progress leaves first; the refusal follows it (replyFinished).
        m_pendingRejection = response;
        return;
    }
    rejectNow(response);
}

void ConnectionGuard::rejectNow(const HttpResponse &response)
{
    if (!m_socket)
        return;
    m_rejected = true;
    Q_EMIT rejected(response.status);
    QTcpSocket *socket = m_socket;
    if (socket->state() != QAbstractSocket::ConnectedState) {
        socket->deleteLater();
        return;
    }
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
    QTimer::singleShot(kLingerMs, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
    socket->flush();
    if (!tls)
        halfClose();
}

} // namespace blufio
