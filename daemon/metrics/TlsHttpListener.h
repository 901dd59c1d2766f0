#pragma once

#include "daemon/http/ConnectionGuard.h"
#include "daemon/http/HttpLimits.h"

#include <QSslServer>
#include <QStringList>

namespace blufio {

// HttpListener's TLS sibling: the QSslServer QHttpServer is bound to for the metrics listener.
// QSslServer hands a socket to QHttpServer only once the handshake succeeded, so this caps open
// connections at accept time (handshakes included) and puts the ConnectionGuard on the socket as
// soon as the handshake starts: the guard's readyRead slot is then connected before QHttpServer's,
// exactly as on the plain listener, and it only ever sees decrypted bytes.
// Failed handshakes are reported once per connection with a reason from failureReasons().
class TlsHttpListener : public QSslServer
{
    Q_OBJECT

public:
    explicit TlsHttpListener(const HttpLimits &limits, QObject *parent = nullptr);

    int openConnections() const { return m_open; }
    // The bounded label set of blufio_tls_handshake_failures_total{reason}.
    static QStringList failureReasons();

Q_SIGNALS:
    void rejected(int status);
    void handshakeFailed(const QString &reason, const QString &detail);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void attachGuard(QSslSocket *socket);
    void noteReason(QSslSocket *socket, const QString &reason, const QString &detail);
    void reportFailure(QSslSocket *socket, const QString &fallbackReason, const QString &detail);

    HttpLimits m_limits;
    // Context for connections to the sockets: QSslServer calls socket->disconnect(this) when the
    // handshake completes, which would drop anything connected with the server as context.
    QObject m_tracker;
    int m_open = 0;
};

} // namespace blufio
