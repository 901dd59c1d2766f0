#pragma once

#include "HttpLimits.h"
#include "HttpResponse.h"
#include "RequestFramer.h"
#include "daemon/auth/Caller.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace blufio {

// Open sockets of one listener. Shared with every guard, which outlives nothing it counts: the
// guard is a child of its socket, so the count drops exactly when the socket is destroyed,
// whichever way it went (QHttpServer, the WebSocket server, a refusal, a reset).
struct ConnectionCounters
{
    int open = 0;
    int webSockets = 0;
};

// Rides along one accepted socket, in front of QHttpServer (docs/ARCHITECTURE.md):
// - frames every request with RequestFramer before Qt reads a byte of it, refuses what falls
//   outside the strict grammar (400/413/431) and hands Qt only requests it framed;
// - keeps replies in request order: while a reply is outstanding, Qt is given no further bytes;
// - owns the idle timeout (408 for a request that does not arrive whole in time);
// - answers Expect: 100-continue when nothing is outstanding;
// - lets a WebSocket upgrade through only when the filter approves it, and counts it.
class ConnectionGuard : public QObject
{
    Q_OBJECT

public:
    // Returns a response to refuse the upgrade with, or nullopt to let it through and say in
    // caller who the WebSocket belongs to.
    using UpgradeFilter = std::function<std::optional<HttpResponse>(
        const RequestFramer::Head &, const QHostAddress &peer, Caller &caller)>;

    ConnectionGuard(QTcpSocket *socket, const HttpLimits &limits, UpgradeFilter upgradeFilter,
                    std::shared_ptr<ConnectionCounters> counters);
    ~ConnectionGuard() override;

    static ConnectionGuard *of(QTcpSocket *socket);

    // Connect the slots that must run after QHttpServer's own readyRead handler.
    void attachAfterServer();

    // QHttpServer is handling a request: the head the guard framed for it, or nullopt when Qt
    // parsed a request the guard never approved (a parser disagreement: the caller must refuse).
    std::optional<RequestFramer::Head> takeHead();
    // The HTTP server marks when it is working on a reply; until replyFinished() the guard gives
    // Qt no further bytes of this connection.
    void replyStarted();
    void replyFinished();
    bool replyActive() const { return m_replyActive; }
    bool webSocketApproved() const { return m_webSocket; }
    const Caller &webSocketCaller() const { return m_webSocketCaller; }

    // Answers with this response and closes gracefully: stop reading for the server, send the
    // reply, half-close, discard whatever the client still sends for a short while, then close.
    // With a reply still outstanding, that reply finishes first.
    void reject(const HttpResponse &response);
    // Closes an idle keep-alive connection at shutdown.
    void closeIfIdle();

    static constexpr int kMaxQueuedRequests = 16;

Q_SIGNALS:
    void rejected(int status);

private:
    void beforeServerRead();
    void afterServerRead();
    void frameAvailable();
    void hold();
    void release();
    void onIdleTimeout();
    void restartIdleTimer();
    bool onHead(const RequestFramer::Head &head);
    void rejectNow(const HttpResponse &response);
    void sendContinueIfDue(bool atHead = false);

    QPointer<QTcpSocket> m_socket;
    HttpLimits m_limits;
    UpgradeFilter m_upgradeFilter;
    std::shared_ptr<ConnectionCounters> m_counters;
    RequestFramer m_framer;
    QTimer m_idle;
    QList<RequestFramer::Head> m_heads; // framed whole, not yet taken by QHttpServer
    RequestFramer::Head m_current; // the head whose body is being framed
    qint64 m_framed = 0; // bytes at the front of the socket's buffer the framer has seen
    QByteArray m_peekBuffer; // reused by frameAvailable()
    qint64 m_availableBeforeServer = 0;
    bool m_holding = false; // Qt is kept from reading (a reply is outstanding)
    bool m_replyActive = false;
    bool m_continueDue = false;
    bool m_rejected = false;
    bool m_webSocket = false;
    Caller m_webSocketCaller;
    std::optional<HttpResponse> m_pendingRejection;
};

} // namespace blufio
