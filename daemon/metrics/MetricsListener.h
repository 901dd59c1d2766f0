#pragma once

#include "common/Result.h"
#include "common/net/TlsSettings.h"

#include "common/config/Config.h"
#include "daemon/http/HttpLimits.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace blufio {

class HealthService;
class HttpListener;
class HttpServer;
class Metrics;
class TlsHttpListener;

// metrics.listen: a second listener that serves only GET /metrics (the same exposition as the
// main listener), over plain HTTP, TLS, or TLS with client certificates checked against
// metrics.tls_client_ca alone. Built from the same pieces as the main listener (HttpServer,
// Router, ConnectionGuard, the connection cap), so the same limits apply.
class MetricsListener : public QObject
{
    Q_OBJECT

public:
    MetricsListener(Config config, const HttpLimits &limits, HealthService *health, Metrics *metrics,
                    QObject *parent = nullptr);
    ~MetricsListener() override;

    // Validates the certificates, then listens. Without metrics.listen it does nothing. A problem
    // with the files or certificates is ErrorCode::Config; a port it cannot listen on, Unavailable.
    Result<void> start();
    // SIGHUP: reads the certificate, key and CA again. New connections get the new ones; open
    // connections keep theirs. A problem keeps the current ones, logs why and returns it.
    Result<void> reloadCertificates();
    void close();

    bool isListening() const;
    quint16 port() const;
    TlsSettings::Mode mode() const;

private:
    Config m_config;
    HttpLimits m_limits;
    HealthService *m_health;
    Metrics *m_metrics;
    HttpServer *m_server = nullptr; // owns the listener (QAbstractHttpServer::bind reparents it)
    QPointer<HttpListener> m_plain;
    QPointer<TlsHttpListener> m_tls;
    std::optional<TlsSettings> m_settings;
};

} // namespace blufio
