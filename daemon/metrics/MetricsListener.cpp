#include "MetricsListener.h"

#include "TlsHttpListener.h"

#include "daemon/core/HealthService.h"
#include "daemon/http/HttpListener.h"
#include "daemon/http/HttpServer.h"
#include "metrics/Metrics.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcMetricsListener, "blufio.metrics.listener")

namespace blufio {

namespace {
QString modeName(TlsSettings::Mode mode)
{
    switch (mode) {
    case TlsSettings::Mode::Plain:
        return QStringLiteral("plain HTTP");
    case TlsSettings::Mode::Tls:
        return QStringLiteral("TLS");
    case TlsSettings::Mode::MutualTls:
        return QStringLiteral("mutual TLS");
    }
    return {};
}
} // namespace

MetricsListener::MetricsListener(Config config, const HttpLimits &limits, HealthService *health,
                                 Metrics *metrics, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_limits(limits), m_health(health), m_metrics(metrics)
{ }

MetricsListener::~MetricsListener() = default;

Result<void> MetricsListener::start()
{
    Result<std::optional<TlsSettings>> loaded = TlsSettings::load(m_config);
    if (!loaded)
        return loaded.error();
    if (!*loaded)
        return Result<void>::success();
    m_settings = std::move(*loaded);

    m_server = new HttpServer(m_metrics, this);
    const bool enabled = m_config.settings().metrics.enabled;
    // The same handler as the main listener's /metrics (daemon/gateway/MetricsController.cpp): health is
    // rendered first so blufio_health_status and blufio_dependency_up are current in every scrape,
    // whichever listener Prometheus uses.
    m_server->router().add(
        "GET", QStringLiteral("/metrics"), [this, enabled](const HttpRequest &, const auto &) {
            if (!enabled) {
                return RouteResult::now(HttpResponse::error(
                    503, "metrics_disabled", tr("metrics are disabled (metrics.enabled = false)")));
            }
            if (m_health)
                m_health->render();
            HttpResponse response;
            response.contentType = Metrics::contentType();
            response.body = m_metrics->render();
            return RouteResult::now(response);
        });

    QTcpServer *listener = nullptr;
    if (m_settings->mode() == TlsSettings::Mode::Plain) {
        // No WebSocket endpoint here: every upgrade is refused before QHttpServer sees it.
        m_plain = new HttpListener(m_limits, [](const RequestFramer::Head &, const QHostAddress &, Caller &) {
            return std::optional<HttpResponse>(
                HttpResponse::error(404, "not_found", tr("no WebSocket endpoint here")));
        });
        listener = m_plain;
    } else {
        m_tls = new TlsHttpListener(m_limits);
        m_tls->setSslConfiguration(m_settings->serverConfiguration());
        // Every reason at zero from the start, so rate() and alerts work before the first failure.
        for (const QString &reason : TlsHttpListener::failureReasons())
            m_metrics->tlsHandshakeFailure(reason);
        connect(m_tls, &TlsHttpListener::handshakeFailed, this,
                [this](const QString &reason, const QString &) {
                    m_metrics->tlsHandshakeFailure(reason).Increment();
                });
        connect(m_tls, &TlsHttpListener::rejected, this,
                [this](int status) { m_metrics->observeHttp(QStringLiteral("limits"), status, 0); });
        listener = m_tls;
    }
    if (m_plain) {
        connect(m_plain, &HttpListener::rejected, this,
                [this](int status) { m_metrics->observeHttp(QStringLiteral("limits"), status, 0); });
    }
    if (!listener->listen(m_settings->address(), m_settings->port())) {
        const QString why = listener->errorString();
        delete listener;
        return Error {ErrorCode::Unavailable,
                      tr("metrics.listen: cannot listen on %1: %2").arg(m_settings->listen(), why)};
    }
    m_server->bind(listener);
    qCInfo(lcMetricsListener).noquote()
        << QStringLiteral("metrics listener on %1 (%2)%3")
               .arg(m_settings->listen(), modeName(m_settings->mode()),
                    m_settings->describe().isEmpty()
                        ? QString()
                        : QStringLiteral(", certificate ") + m_settings->describe());
    return Result<void>::success();
}

Result<void> MetricsListener::reloadCertificates()
{
    if (!m_tls || !m_settings)
        return Result<void>::success(); // nothing to reload: no listener, or plain HTTP
    Result<std::optional<TlsSettings>> loaded = TlsSettings::load(m_config);
    if (loaded && (!*loaded || (*loaded)->mode() == TlsSettings::Mode::Plain))
        loaded = Error {ErrorCode::Config, tr("metrics.tls_cert: no longer configured")};
    if (!loaded) {
        qCWarning(lcMetricsListener).noquote()
            << "SIGHUP: keeping the current metrics certificate" << m_settings->describe() << "because"
            << loaded.errorMessage();
        return loaded.error();
    }
    m_settings = std::move(*loaded);
    // QSslServer copies the configuration into each socket it accepts: open connections keep the
    // certificate they were accepted with, new ones get this one.
    m_tls->setSslConfiguration(m_settings->serverConfiguration());
    qCInfo(lcMetricsListener).noquote()
        << "SIGHUP: metrics listener now uses certificate" << m_settings->describe();
    return Result<void>::success();
}

void MetricsListener::close()
{
    if (m_plain)
        m_plain->close();
    if (m_tls)
        m_tls->close();
}

bool MetricsListener::isListening() const
{
    return (m_plain && m_plain->isListening()) || (m_tls && m_tls->isListening());
}

quint16 MetricsListener::port() const
{
    return m_plain ? m_plain->serverPort() : m_tls ? m_tls->serverPort() : 0;
}

TlsSettings::Mode MetricsListener::mode() const
{
    return m_settings ? m_settings->mode() : TlsSettings::Mode::Plain;
}

} // namespace blufio
