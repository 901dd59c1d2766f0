#include "TlsHttpListener.h"

#include <QLoggingCategory>
#include <QSslSocket>

#include <unistd.h>

Q_LOGGING_CATEGORY(lcMetricsTls, "blufio.metrics.tls")

namespace blufio {

namespace {
// Socket properties: the reason decided so far, and whether the failure was already counted.
constexpr char kReason[] = "blufio-tls-reason";
constexpr char kDetail[] = "blufio-tls-detail";
constexpr char kCounted[] = "blufio-tls-counted";
constexpr char kStarted[] = "blufio-tls-started";

// The most specific explanation wins: an untrusted client certificate is often expired as well,
// and "untrusted" is what the operator has to fix.
QString reasonFor(const QList<QSslError> &errors)
{
    bool expired = false;
    bool untrusted = false;
    bool missing = false;
    for (const QSslError &e : errors) {
        switch (e.error()) {
        case QSslError::NoPeerCertificate:
            missing = true;
            break;
        case QSslError::CertificateExpired:
        case QSslError::CertificateNotYetValid:
            expired = true;
            break;
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::CertificateUntrusted:
        case QSslError::CertificateRejected:
        case QSslError::CertificateSignatureFailed:
        case QSslError::InvalidCaCertificate:
        case QSslError::InvalidPurpose:
        case QSslError::CertificateRevoked:
            untrusted = true;
            break;
        default:
            break;
        }
    }
    if (missing)
        return QStringLiteral("no_client_cert");
    if (untrusted)
        return QStringLiteral("untrusted_client_cert");
    if (expired)
        return QStringLiteral("expired_client_cert");
    return QStringLiteral("other");
}
} // namespace

TlsHttpListener::TlsHttpListener(const HttpLimits &limits, QObject *parent)
    : QSslServer(parent), m_limits(limits)
{
    // A client that connects and never finishes the handshake holds a connection slot; do not let
    // it hold it longer than an idle HTTP client could.
    setHandshakeTimeout(qMin(limits.idleTimeoutMs, 10000));

    connect(this, &QSslServer::startedEncryptionHandshake, this, &TlsHttpListener::attachGuard);
    connect(this, &QSslServer::sslErrors, this, [this](QSslSocket *socket, const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &e : errors)
            texts.append(e.errorString());
        noteReason(socket, reasonFor(errors), texts.join(QStringLiteral("; ")));
    });
    connect(
        this, &QSslServer::alertReceived, this,
        [this](QSslSocket *socket, QSsl::AlertLevel level, QSsl::AlertType type, const QString &description) {
            if (level != QSsl::AlertLevel::Fatal)
                return;
            switch (type) {
            case QSsl::AlertType::BadCertificate:
            case QSsl::AlertType::UnsupportedCertificate:
            case QSsl::AlertType::CertificateRevoked:
            case QSsl::AlertType::CertificateExpired:
            case QSsl::AlertType::CertificateUnknown:
            case QSsl::AlertType::UnknownCa:
                // The client refused our certificate: it does not trust the CA, or the names.
                noteReason(socket, QStringLiteral("server_cert_rejected"), description);
                break;
            default:
                noteReason(socket, QStringLiteral("protocol"), description);
                break;
            }
        });
    connect(this, &QSslServer::errorOccurred, this,
            [this](QSslSocket *socket, QAbstractSocket::SocketError error) {
                // QSslServer forwards errors only until the handshake completes: all of these are
                // handshake failures.
                switch (error) {
                case QAbstractSocket::SocketTimeoutError:
                    reportFailure(socket, QStringLiteral("timeout"),
                                  tr("no handshake within %1 ms").arg(handshakeTimeout()));
                    break;
                case QAbstractSocket::SslHandshakeFailedError:
                case QAbstractSocket::SslInternalError:
                case QAbstractSocket::SslInvalidUserDataError:
                    reportFailure(socket, QStringLiteral("protocol"), socket->errorString());
                    break;
                default:
                    reportFailure(socket, QStringLiteral("other"), socket->errorString());
                    break;
                }
            });
}

QStringList TlsHttpListener::failureReasons()
{
    return {QStringLiteral("no_client_cert"),
            QStringLiteral("untrusted_client_cert"),
            QStringLiteral("expired_client_cert"),
            QStringLiteral("server_cert_rejected"),
            QStringLiteral("protocol"),
            QStringLiteral("timeout"),
            QStringLiteral("other")};
}

void TlsHttpListener::incomingConnection(qintptr descriptor)
{
    if (m_open >= m_limits.maxConnections) {
        // Nothing can be said over TLS before a handshake, and a handshake is what a flood costs:
        // close at once. The plain listener answers 503 instead.
        qCWarning(lcMetricsTls) << "connection limit" << m_limits.maxConnections
                                << "reached; closing a new connection";
        ::close(int(descriptor));
        Q_EMIT rejected(503);
        return;
    }
    const QObjectList before = children();
    QSslServer::incomingConnection(descriptor);
    // QSslServer creates the socket as its newest child and gives no other handle on it.
    auto *socket = children().isEmpty() ? nullptr : qobject_cast<QSslSocket *>(children().constLast());
    if (!socket || before.contains(socket))
        return;
    if (socket->state() != QAbstractSocket::ConnectedState) {
        socket->deleteLater(); // setSocketDescriptor failed; QSslServer would keep it forever
        return;
    }
    // The same cap on a request's buffered bytes as the plain listener.
    socket->setReadBufferSize(m_limits.maxHeaderBytes + m_limits.maxBodyBytes + qint64(64) * 1024);
    ++m_open;
    connect(socket, &QObject::destroyed, &m_tracker, [this] { --m_open; });
    // Runs after QSslServer's own check of the first byte. Without a ClientHello QSslServer drops
    // the connection silently; the usual cause is a scraper configured for http://, so say so.
    connect(socket, &QSslSocket::readyRead, &m_tracker, [this, socket] {
        if (!socket->property(kStarted).isValid())
            reportFailure(socket, QStringLiteral("protocol"),
                          tr("not a TLS ClientHello (plain HTTP to the TLS listener?)"));
    });
}

void TlsHttpListener::attachGuard(QSslSocket *socket)
{
    // startServerEncryption() has run: from now on readyRead means decrypted application data.
    socket->setProperty(kStarted, true);
    disconnect(socket, &QSslSocket::readyRead, &m_tracker, nullptr);
    auto *guard = new ConnectionGuard(
        socket, m_limits,
        [](const RequestFramer::Head &, const QHostAddress &, Caller &) {
            return std::optional<HttpResponse>(
                HttpResponse::error(404, "not_found", tr("no WebSocket endpoint here")));
        },
        nullptr);
    connect(guard, &ConnectionGuard::rejected, this, &TlsHttpListener::rejected);
    connect(socket, &QSslSocket::encrypted, guard, [guard] { guard->attachAfterServer(); });
}

void TlsHttpListener::noteReason(QSslSocket *socket, const QString &reason, const QString &detail)
{
    if (!socket || socket->property(kReason).isValid())
        return;
    socket->setProperty(kReason, reason);
    socket->setProperty(kDetail, detail);
}

void TlsHttpListener::reportFailure(QSslSocket *socket, const QString &fallbackReason, const QString &detail)
{
    if (!socket || socket->isEncrypted() || socket->property(kCounted).isValid())
        return;
    // A TCP connect that closes without a word (port probes, load balancer checks) is no handshake.
    if (!socket->property(kStarted).isValid() && fallbackReason == u"other")
        return;
    socket->setProperty(kCounted, true);
    const QVariant noted = socket->property(kReason);
    const QString reason = noted.isValid() ? noted.toString() : fallbackReason;
    const QString why = noted.isValid() ? socket->property(kDetail).toString() : detail;
    qCInfo(lcMetricsTls).noquote() << "TLS handshake with" << socket->peerAddress().toString()
                                   << "failed:" << reason << "-" << why;
    Q_EMIT handshakeFailed(reason, why);
}

} // namespace blufio
