#include "Daemon.h"

#include "common/log/Logging.h"
#include "common/memory/MemoryProbe.h"
#include "daemon/http/HttpListener.h"
#include "daemon/metrics/MetricsListener.h"
#include "daemon/routes/PublicRoutes.h"

#include <QDir>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDaemon, "blufio.daemon")

namespace blufio {

namespace {
MemoryMonitor::Limits memoryLimits(const Config &c)
{
    return {quint64(c.integer(QStringLiteral("daemon.memory_warn_mb"))) << 20,
            quint64(c.integer(QStringLiteral("daemon.memory_limit_mb"))) << 20,
            int(c.integer(QStringLiteral("daemon.memory_sample_secs")) * 1000)};
}

HttpLimits httpLimits(const Config &c)
{
    return {int(c.integer(QStringLiteral("daemon.max_connections"))), c.integer(QStringLiteral("daemon.max_body_bytes")),
            c.integer(QStringLiteral("daemon.max_header_bytes")),
            int(c.integer(QStringLiteral("daemon.idle_timeout_secs")) * 1000)};
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Daemon", text);
}
} // namespace

Daemon::Daemon(Config config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_metrics(QStringLiteral(BLUFIO_VERSION))
    , m_memory(memoryLimits(m_config), &m_metrics)
    , m_health(&m_memory, &m_metrics)
    , m_server(&m_metrics)
    , m_cors(m_config.list(QStringLiteral("gateway.cors_origins")))
{
    connect(&m_signals, &SignalWatcher::stopRequested, this, &Daemon::beginShutdown);
    connect(&m_signals, &SignalWatcher::reloadRequested, this, &Daemon::reload);
    m_graceTimer.setSingleShot(true);
    connect(&m_graceTimer, &QTimer::timeout, this, &Daemon::finishShutdown);
}

Daemon::~Daemon() = default;

quint16 Daemon::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

std::optional<StartError> Daemon::checkGatewayAuth() const
{
    if (!m_config.boolean(QStringLiteral("gateway.enabled")))
        return std::nullopt;
    if (m_config.isSet(QStringLiteral("gateway.bearer_token")) || !m_config.list(QStringLiteral("gateway.device_keys")).isEmpty())
        return std::nullopt;
    // Fail closed: an open gateway on a VPS is somebody else's LLM budget.
    return StartError{78, tr("the gateway is enabled but has no way to authenticate clients: set gateway.bearer_token "
                             "(or BLUFIO_GATEWAY_BEARER_TOKEN, or \"vault:NAME\"), add a key from `blufio keygen` to "
                             "gateway.device_keys, or set gateway.enabled = false")};
}

std::optional<StartError> Daemon::start()
{
    if (auto error = checkGatewayAuth())
        return error;

    const QString dataDir = m_config.dataDir();
    if (!QDir().mkpath(dataDir))
        return StartError{1, tr("cannot create the data directory %1").arg(dataDir)};

    registerPublicRoutes(m_server.router(), m_health, m_metrics, m_config);
    if (auto error = setUpGateway())
        return error;

    const QString bind = m_config.string(QStringLiteral("daemon.bind"));
    QHostAddress address;
    if (bind == u"localhost")
        address = QHostAddress::LocalHost;
    else if (!address.setAddress(bind))
        return StartError{78, tr("daemon.bind: '%1' is not an IP address").arg(bind)};
    const auto port = quint16(m_config.integer(QStringLiteral("daemon.health_port")));

    // metrics.listen: certificates are checked (exit 78) before anything listens.
    m_metricsListener = std::make_unique<MetricsListener>(m_config, httpLimits(m_config), &m_health, &m_metrics);
    if (auto error = m_metricsListener->start())
        return StartError{error->exitCode, error->message};

    // Upgrades are decided before QHttpServer sees them: 6.4 hands any upgrade its router accepts
    // to the WebSocket server, so only authenticated /ws requests may get that far.
    auto upgradeFilter = [this](const RequestFramer::Head &head) { return filterUpgrade(head); };
    auto *listener = new HttpListener(httpLimits(m_config), upgradeFilter, &m_server);
    connect(listener, &HttpListener::rejected, this,
            [this](int status) { m_metrics.observeHttp(QStringLiteral("limits"), status, 0); });
    if (!listener->listen(address, port)) {
        const QString why = listener->errorString();
        delete listener;
        return StartError{1, tr("cannot listen on %1:%2: %3").arg(bind).arg(port).arg(why)};
    }
    m_server.bind(listener);
    m_listener = listener;

    m_memory.start();
    logMemoryLimits();
    m_health.setLifecycle(HealthService::Lifecycle::Running);
    const QString where = QStringLiteral("%1:%2").arg(bind).arg(m_listener->serverPort());
    qCInfo(lcDaemon).noquote() << "blufiod" << BLUFIO_VERSION << "listening on" << where << "data dir" << dataDir
                               << (m_config.filePath().isEmpty() ? QStringLiteral("(built-in defaults)")
                                                                 : QStringLiteral("config ") + m_config.filePath());
    // Only now: systemd starts dependants and health checks once READY=1 arrives.
    m_systemd.ready(tr("listening on %1").arg(where));
    return std::nullopt;
}

std::optional<StartError> Daemon::setUpGateway()
{
    if (!m_config.boolean(QStringLiteral("gateway.enabled")))
        return std::nullopt;
    QByteArray token = m_config.string(QStringLiteral("gateway.bearer_token")).toUtf8();
    m_auth = std::make_unique<Authenticator>(token, m_config.list(QStringLiteral("gateway.device_keys")));
    token.fill('\0');
    if (!m_auth->invalidKeys().isEmpty()) {
        return StartError{78, tr("gateway.device_keys: '%1' is not a base64 Ed25519 public key (make one with `blufio keygen`)")
                                  .arg(m_auth->invalidKeys().first())};
    }
    m_server.setGuard([this](const HttpRequest &request, const Route &route) { return authorize(request, route); });
    m_server.setPreflight([this](const HttpRequest &request, const QByteArrayList &methods) {
        return m_cors.preflight(request, methods);
    });
    m_server.setDecorator([this](const HttpRequest &request, HttpResponse &response) { m_cors.decorate(request, response); });
    m_server.setWebSocketPath(QStringLiteral("/ws"));
    return std::nullopt;
}

HttpResponse Daemon::unauthorized()
{
    // One body for every failure: a client learns nothing about which part was wrong.
    return HttpResponse::error(401, "unauthorized", tr("missing or invalid credentials"))
        .withHeader("WWW-Authenticate", "Bearer realm=\"blufio\"");
}

std::optional<HttpResponse> Daemon::authorize(const HttpRequest &request, const Route &route)
{
    if (!route.pattern.startsWith(QStringLiteral("/v1/")) && route.pattern != u"/ws")
        return std::nullopt;
    const Authenticator::Request auth{request.method, request.pathAndQuery, request.body,
                                      [&request](QByteArrayView name) { return request.header(name); }};
    if (m_auth && m_auth->authenticate(auth))
        return std::nullopt;
    qCInfo(lcDaemon).noquote() << "refused" << request.method << request.path << "from" << request.peer.toString() << ":"
                               << (m_auth ? m_auth->lastReason() : QStringLiteral("gateway disabled"));
    m_metrics.error(QStringLiteral("auth")).Increment();
    return unauthorized();
}

std::optional<HttpResponse> Daemon::filterUpgrade(const RequestFramer::Head &head)
{
    const QByteArray path = head.target.left(head.target.indexOf('?') < 0 ? head.target.size() : head.target.indexOf('?'));
    if (path != "/ws" || !m_auth)
        return HttpResponse::error(404, "not_found", tr("no WebSocket endpoint at %1").arg(QString::fromUtf8(path)));
    if (head.method != "GET")
        return HttpResponse::error(405, "method_not_allowed", tr("WebSocket upgrades use GET")).withHeader("Allow", "GET");
    const Authenticator::Request auth{head.method, head.target, {}, [&head](QByteArrayView name) { return head.header(name); }};
    if (m_auth->authenticate(auth))
        return std::nullopt;
    qCInfo(lcDaemon).noquote() << "refused WebSocket upgrade:" << m_auth->lastReason();
    m_metrics.error(QStringLiteral("auth")).Increment();
    return unauthorized();
}

void Daemon::logMemoryLimits()
{
    const auto limits = m_memory.limits();
    qCInfo(lcDaemon).noquote() << "memory: heap figures from" << MemoryProbe::allocatorName() << "; warn at"
                               << (limits.warnBytes >> 20) << "MiB, limit at" << (limits.limitBytes >> 20)
                               << "MiB, sampled every" << limits.sampleMs / 1000 << "s";
    if (const auto max = MemoryProbe::cgroupMemoryMax()) {
        const quint64 maxMiB = *max >> 20;
        if (limits.limitBytes >= *max) {
            qCWarning(lcDaemon).noquote() << "cgroup memory.max is" << maxMiB << "MiB, at or below memory_limit_mb ("
                                          << (limits.limitBytes >> 20)
                                          << "MiB): the kernel would kill the daemon before it refuses sessions";
        } else {
            qCInfo(lcDaemon).noquote() << "cgroup memory.max is" << maxMiB << "MiB; memory_limit_mb leaves"
                                       << ((*max - limits.limitBytes) >> 20) << "MiB of headroom";
        }
    }
}

void Daemon::beginShutdown(int signal)
{
    if (m_stopping) {
        qCWarning(lcDaemon) << "second stop signal; exiting now";
        finishShutdown();
        return;
    }
    m_stopping = true;
    qCInfo(lcDaemon) << "signal" << signal << "received; stopping";
    m_systemd.stopping();
    m_health.setLifecycle(HealthService::Lifecycle::Stopping);
    if (m_listener) {
        m_listener->close(); // no new connections
        for (QTcpSocket *socket : m_listener->sockets()) {
            if (ConnectionGuard *guard = ConnectionGuard::of(socket))
                guard->closeIfIdle();
        }
    }
    if (m_server.inFlight() == 0) {
        QTimer::singleShot(0, this, &Daemon::finishShutdown);
        return;
    }
    qCInfo(lcDaemon) << "waiting up to" << m_config.integer(QStringLiteral("daemon.shutdown_grace_secs"))
                     << "s for" << m_server.inFlight() << "replies in flight";
    connect(&m_server, &HttpServer::idle, this, &Daemon::finishShutdown);
    m_graceTimer.start(int(m_config.integer(QStringLiteral("daemon.shutdown_grace_secs")) * 1000));
}

void Daemon::finishShutdown()
{
    m_graceTimer.stop();
    disconnect(&m_server, &HttpServer::idle, this, &Daemon::finishShutdown);
    if (m_server.inFlight() > 0)
        qCWarning(lcDaemon) << m_server.inFlight() << "replies still in flight after the grace period; closing";
    qCInfo(lcDaemon) << "stopped";
    Q_EMIT finished(0);
}

void Daemon::reload()
{
    m_systemd.reloading();
    QString error;
    if (!Logging::reopen(&error))
        qCWarning(lcDaemon).noquote() << "cannot reopen the log file:" << error;
    else
        qCInfo(lcDaemon) << "SIGHUP: log file reopened";
    if (m_metricsListener)
        m_metricsListener->reloadCertificates();
    m_systemd.ready(tr("running"));
}

} // namespace blufio
