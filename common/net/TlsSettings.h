#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>

#include <optional>

namespace blufio {

class Config;

// What the metrics listener needs from metrics.*: where to listen and, when TLS is configured, the
// certificate, key and client CA, already checked. Checked once at start (a problem is a startup
// error, exit 78, before anything listens) and again on SIGHUP (a problem keeps the old settings).
class TlsSettings
{
    Q_DECLARE_TR_FUNCTIONS(TlsSettings)

public:
    enum class Mode { Plain, Tls, MutualTls };

    // Nothing set (no metrics.listen): no settings and no error. A problem is ErrorCode::Config,
    // its message naming the key, the file and the problem.
    static Result<std::optional<TlsSettings>> load(const Config &config);
    // Only the address part, for callers that want to fail early on a bad metrics.listen.
    static std::optional<QHostAddress> parseHost(const QString &host);

    Mode mode() const { return m_mode; }
    QString listen() const { return m_listen; }
    QHostAddress address() const { return m_address; }
    quint16 port() const { return m_port; }
    QList<QSslCertificate> certificateChain() const { return m_chain; }
    QSslKey privateKey() const { return m_key; }
    QList<QSslCertificate> clientCa() const { return m_clientCa; }

    // TLS 1.2 or later; VerifyPeer against clientCa() alone in MutualTls mode, no client
    // certificates asked for in Tls mode.
    QSslConfiguration serverConfiguration() const;
    // Fingerprint of the leaf certificate, for logs that say which certificate is in use.
    QString describe() const;

private:
    Mode m_mode = Mode::Plain;
    QString m_listen;
    QHostAddress m_address;
    quint16 m_port = 0;
    QList<QSslCertificate> m_chain;
    QSslKey m_key;
    QList<QSslCertificate> m_clientCa;
};

} // namespace blufio
