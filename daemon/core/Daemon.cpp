#include "Daemon.h"

#include "BuildInfo.h"

#include "common/config/StartupChecks.h"
#include "common/log/Logging.h"
#include "common/memory/MemoryProbe.h"
#include "common/storage/SqliteStorage.h"
#include "common/vault/PassphraseReader.h"
#include "common/vault/SecretResolver.h"
#include "daemon/gateway/GatewayRoutes.h"
#include "daemon/gateway/WebSocketChannel.h"
#include "daemon/http/HttpListener.h"
#include "daemon/metrics/MetricsListener.h"
#include "providers/ProviderFactory.h"

#include <QJsonObject>
#include <QWebSocket>

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDaemon, "blufio.daemon")

namespace blufio {

namespace {
MemoryMonitor::Limits memoryLimits(const Config &c)
{
    return {quint64(c.settings().daemon.memoryWarnMb) << 20,
            quint64(c.settings().daemon.memoryLimitMb) << 20,
            c.settings().daemon.memorySampleSecs * 1000};
}

// The last X-Forwarded-For field: the one the nearest proxy appended to (an earlier field may
// come from the client itself).
QByteArray lastHeader(const QList<QPair<QByteArray, QByteArray>> &headers, QByteArrayView name)
{
    for (auto it = headers.crbegin(); it != headers.crend(); ++it) {
        if (it->first == name)
            return it->second;
    }
    return {};
}

HttpLimits httpLimits(const Config &c)
{
    return {c.settings().daemon.maxConnections, c.settings().daemon.maxBodyBytes,
            c.settings().daemon.maxHeaderBytes,
            int(c.settings().daemon.idleTimeoutSecs * 1000),
            c.settings().gateway.maxWebsockets};
}
} // namespace

Daemon::Daemon(Config config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_metrics(QStringLiteral(BLUFIO_VERSION))
    , m_memory(memoryLimits(m_config), &m_metrics)
    , m_health(&m_memory, &m_metrics)
    , m_server(&m_metrics)
    , m_cors(m_config.settings().gateway.corsOrigins)
{
    connect(&m_signals, &SignalWatcher::stopRequested, this, &Daemon::beginShutdown);
    connect(&m_signals, &SignalWatcher::reloadRequested, this, &Daemon::reload);
    m_graceTimer.setSingleShot(true);
    connect(&m_graceTimer, &QTimer::timeout, this, &Daemon::finishShutdown);
}

Daemon::~Daemon()
{
    // Before the members it uses (storage, budget, metrics) go: its turns end without a word, and
    // replies and WebSockets destroyed later find their handles empty.
    delete m_agent;
    if (m_sqlite)
        m_memory.unregisterCache(m_sqlite);
    if (m_auth) {
        m_memory.unregisterCache(&m_auth->authenticator());
        m_memory.unregisterCache(&m_auth->throttle());
    }
    if (m_network)
        m_memory.unregisterCache(m_network.get());
}

quint16 Daemon::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

Result<void> Daemon::start()
{
    // The same checks `blufio config validate` runs, before anything is created or listens.
    if (Result<void> checked = StartupChecks::checkConfiguration(m_config); !checked)
        return checked;

    const QString dataDir = m_config.dataDir();
    if (!QDir().mkpath(dataDir))
        return Error {ErrorCode::Io, tr("cannot create the data directory %1").arg(dataDir)};
    m_lock = std::make_unique<DataDirLock>(dataDir);
    if (Result<void> locked = m_lock->tryLock(); !locked)
        return locked;
    if (Result<void> opened = openStorage(); !opened)
        return opened;
    if (Result<void> resolved = resolveVaultReferences(); !resolved)
        return resolved;

    GatewayRoutes::registerPublic(m_server.router(), m_health, m_metrics, m_config.settings().metrics.enabled);
    if (Result<void> gateway = setUpGateway(); !gateway)
        return gateway;

    const QString bind = m_config.settings().daemon.bind;
    QHostAddress address; // checked by StartupChecks::checkConfiguration()
    if (bind == u"localhost")
        address = QHostAddress::LocalHost;
    else
        address.setAddress(bind);
    const auto port = quint16(m_config.settings().daemon.healthPort);

    // metrics.listen: certificates are checked (exit 78) before anything listens.
    m_metricsListener = std::make_unique<MetricsListener>(m_config, httpLimits(m_config), &m_health, &m_metrics);
    if (Result<void> listening = m_metricsListener->start(); !listening)
        return listening;

    // Upgrades are decided before QHttpServer sees them: 6.4 hands any upgrade its router accepts
    // to the WebSocket server, so only authenticated /ws requests may get that far.
    auto upgradeFilter = [this](const RequestFramer::Head &head, const QHostAddress &peer) { return filterUpgrade(head, peer); };
    auto *listener = new HttpListener(httpLimits(m_config), upgradeFilter, &m_server);
    connect(listener, &HttpListener::rejected, this,
            [this](int status) { m_metrics.observeHttp(QStringLiteral("limits"), status, 0); });
    if (!listener->listen(address, port)) {
        const QString why = listener->errorString();
        delete listener;
        return Error {ErrorCode::Unavailable, tr("cannot listen on %1:%2: %3").arg(bind).arg(port).arg(why)};
    }
    m_server.bind(listener);
    m_listener = listener;

    m_memory.start();
    logMemoryLimits();
    if (m_agent)
        m_agent->recover();
    m_health.setLifecycle(HealthService::Lifecycle::Running);
    const QString where = QStringLiteral("%1:%2").arg(bind).arg(m_listener->serverPort());
    qCInfo(lcDaemon).noquote() << "blufiod" << BLUFIO_VERSION << "listening on" << where << "data dir" << dataDir
                               << (m_config.filePath().isEmpty() ? QStringLiteral("(built-in defaults)")
                                                                 : QStringLiteral("config ") + m_config.filePath());
    // Only now: systemd starts dependants and health checks once READY=1 arrives.
    m_systemd.ready(tr("listening on %1").arg(where));
    return Result<void>::success();
}

Result<void> Daemon::setUpGateway()
{
    if (!m_config.settings().gateway.enabled)
        return Result<void>::success();
    QByteArray token = m_config.settings().gateway.bearerToken.toUtf8();
    auto authenticator = std::make_unique<Authenticator>(token, m_config.settings().gateway.deviceKeys);
    token.fill('\0');
    if (!authenticator->invalidKeys().isEmpty()) {
        return Error {
            ErrorCode::Config,
            tr("gateway.device_keys: '%1' is not a base64 Ed25519 public key (make one with `blufio keygen`)")
                .arg(authenticator->invalidKeys().first())};
    }
    AuthThrottle::Settings throttle;
    throttle.maxFailures = int(m_config.settings().gateway.authMaxFailures);
    throttle.lockoutMs = m_config.settings().gateway.authLockoutSecs * 1000;
    throttle.throttleLoopback = m_config.settings().gateway.authThrottleLoopback;
    const auto proxies = AuthThrottle::parseProxies(m_config.settings().gateway.trustedProxies);
    if (!proxies)
        return proxies.error();
    throttle.trustedProxies = *proxies;
    m_auth = std::make_unique<AuthGate>(std::move(authenticator), throttle, &m_metrics);
    m_memory.registerCache(&m_auth->authenticator());
    m_memory.registerCache(&m_auth->throttle());
    m_server.setGuard([this](const HttpRequest &request, const Route &route) { return authorize(request, route); });
    m_server.setPreflight([this](const HttpRequest &request, const QByteArrayList &methods) {
        return m_cors.preflight(request, methods);
    });
    m_server.setDecorator([this](const HttpRequest &request, HttpResponse &response) { m_cors.decorate(request, response); });
    m_server.setWebSocketPath(QStringLiteral("/ws"));
    setUpAgent();
    if (!m_priceOverrides)
        return m_priceOverrides;
    GatewayRoutes::registerGateway(m_server.router(),
                                   {*m_agent, *m_storage, m_health,
                                    int(m_config.settings().gateway.requestTimeoutSecs * 1000),
                                    [this] { return healthDetails(); }});
    connect(&m_server, &QAbstractHttpServer::newWebSocketConnection, this, [this] {
        const WebSocketChannel::Limits limits{m_config.settings().daemon.maxBodyBytes,
                                              int(m_config.settings().daemon.idleTimeoutSecs * 1000)};
        while (m_server.hasPendingWebSocketConnections()) {
            std::unique_ptr<QWebSocket> socket = m_server.nextPendingWebSocketConnection();
            // Defence in depth: only a socket whose upgrade the guard approved becomes a channel.
            if (!m_listener || !m_listener->isApprovedWebSocket(socket->peerAddress(), socket->peerPort())) {
                qCCritical(lcDaemon).noquote() << "dropping a WebSocket the listener never approved, from"
                                               << socket->peerAddress().toString();
                socket->abort();
                continue;
            }
            new WebSocketChannel(std::move(socket), m_agent, limits, this);
        }
    });
    return Result<void>::success();
}

Result<void> Daemon::openStorage()
{
    auto sqlite = std::make_unique<SqliteStorage>(m_config.databasePath());
    if (const Result<void> opened = sqlite->open(); !opened) {
        // The daemon still starts, so /health can say what is wrong (503 unhealthy).
        qCCritical(lcDaemon).noquote() << "cannot use the database" << m_config.databasePath() << ":" << opened.errorMessage();
        sqlite->close();
    } else if (const Result<void> checkpointer = sqlite->checkpointInBackground(); !checkpointer) {
        qCWarning(lcDaemon).noquote()
            << "WAL checkpoints stay on the event loop:" << checkpointer.errorMessage();
    }
    // Its page cache (up to ~2 MiB) is given back when the heap crosses memory_warn_mb.
    m_sqlite = sqlite.get();
    m_memory.registerCache(m_sqlite);
    m_storage = std::move(sqlite);
    m_health.addDependency(QStringLiteral("database"), true, [this] { return m_storage && m_storage->isOpen(); });
    return Result<void>::success();
}

Result<void> Daemon::resolveVaultReferences()
{
    const QStringList references = SecretResolver::references(m_config);
    if (references.isEmpty())
        return Result<void>::success();
    if (!m_storage->isOpen())
        return Error {
            ErrorCode::Config,
            tr("%1 refers to the vault, but the database cannot be opened").arg(references.first())};
    if (Result<void> resolved
        = StartupChecks::resolveVaultReferences(m_config, *m_storage, PassphraseReader());
        !resolved)
        return resolved;
    qCInfo(lcDaemon) << "resolved" << references.size() << "secrets from the vault";
    // Argon2id just used 64 MiB of heap: give it back before the daemon settles.
    MemoryProbe::releaseFreeMemory();
    // What came out of the vault is checked like a value in the file (bearer token length).
    return StartupChecks::checkResolved(m_config);
}

void Daemon::setUpAgent()
{
    // Read once, like the Agent's own limit: SIGHUP reloads neither.
    m_network = std::make_unique<NetworkPool>(int(m_config.settings().agent.maxConcurrent));
    m_memory.registerCache(m_network.get());
    Result<std::unique_ptr<LlmProvider>> setup = createProvider(m_config, m_network.get());
    if (setup) {
        m_provider = std::move(*setup);
        m_provider->setMetrics(&m_metrics);
        m_metrics.dependencyUp(QStringLiteral("provider")).Set(1);
        // The gauge is looked up once: the probe runs on every /health.
        prometheus::Gauge *providerUp = &m_metrics.dependencyUp(QStringLiteral("provider"));
        m_health.addDependency(QStringLiteral("provider"), false, [providerUp] { return providerUp->Value() > 0; });
        qCInfo(lcDaemon).noquote() << "provider" << m_provider->name() << "at" << m_provider->baseUrl().toString();
    } else {
        qCWarning(lcDaemon).noquote() << "no LLM provider:" << setup.errorMessage();
    }
    const Settings::Cost &cost = m_config.settings().cost;
    m_budget = std::make_unique<Budget>(cost.dailyBudgetUsd, cost.monthlyBudgetUsd, m_storage.get(), &m_metrics);
    m_budget->updateMetrics(Storage::nowMs());
    Agent::Settings settings;
    settings.model = m_config.settings().agent.model;
    settings.maxTokens = int(m_config.settings().agent.maxTokens);
    settings.systemPrompt = m_config.settings().agent.systemPrompt;
    settings.maxConcurrent = int(m_config.settings().agent.maxConcurrent);
    settings.maxQueue = int(m_config.settings().agent.maxQueue);
    if (const std::optional<int> secs = m_config.settings().agent.interruptedAfterSecs)
        settings.interruptedAfterMs = qint64(*secs) * 1000;
    if (!setup) // the agent names the key in its refusals
        settings.providerKey = ProviderError::notConfigured(setup.error()).configKey;
    m_agent = new Agent(settings, *m_storage, m_provider.get(), {&m_admission, m_budget.get(), &m_agentMetrics},
                        this);
    m_priceOverrides = m_agent->prices().applyOverrides(m_config.settings().agent.prices);
    m_health.setActiveSessions([this] { return m_agent ? m_agent->activeSessions() : 0; });
}

QJsonObject Daemon::healthDetails()
{
    QJsonObject storage;
    storage.insert(QStringLiteral("path"), m_config.databasePath());
    storage.insert(QStringLiteral("ok"), m_storage && m_storage->isOpen());
    if (m_storage && m_storage->isOpen()) {
        if (const Result<int> version = m_storage->schemaVersion())
            storage.insert(QStringLiteral("schema_version"), *version);
        if (const Result<qint64> count = m_storage->sessionCount())
            storage.insert(QStringLiteral("sessions_total"), *count);
        storage.insert(QStringLiteral("size_bytes"), QFileInfo(m_config.databasePath()).size());
    }
    QJsonObject provider;
    provider.insert(QStringLiteral("name"), m_config.settings().agent.provider);
    provider.insert(QStringLiteral("configured"), m_provider != nullptr);
    provider.insert(QStringLiteral("model"), m_config.settings().agent.model);
    if (m_provider)
        provider.insert(QStringLiteral("base_url"), m_provider->baseUrl().toString());
    provider.insert(QStringLiteral("up"), m_provider != nullptr
                                              && m_metrics.dependencyUp(QStringLiteral("provider")).Value() > 0);
    QJsonObject budget;
    if (m_budget) {
        const qint64 now = Storage::nowMs();
        for (const auto &[name, period] : {std::pair{QStringLiteral("daily"), m_budget->daily(now)},
                                           std::pair{QStringLiteral("monthly"), m_budget->monthly(now)}}) {
            QJsonObject p;
            p.insert(QStringLiteral("spent_usd"), period.spentUsd);
            p.insert(QStringLiteral("budget_usd"), period.budgetUsd ? QJsonValue(*period.budgetUsd) : QJsonValue());
            p.insert(QStringLiteral("resets_at"),
                     QDateTime::fromMSecsSinceEpoch(period.resetsAtMs, Qt::UTC).toString(Qt::ISODate));
            budget.insert(name, p);
        }
    }
    QJsonObject build;
    build.insert(QStringLiteral("version"), QStringLiteral(BLUFIO_VERSION));
    build.insert(QStringLiteral("commit"), QStringLiteral(BLUFIO_GIT_COMMIT));
    build.insert(QStringLiteral("qt"), QString::fromLatin1(qVersion()));
    build.insert(QStringLiteral("allocator"), MemoryProbe::allocatorName());
    QJsonObject limits;
    limits.insert(QStringLiteral("memory_warn_bytes"), qint64(m_memory.limits().warnBytes));
    limits.insert(QStringLiteral("memory_limit_bytes"), qint64(m_memory.limits().limitBytes));
    // What the gateway's own bounded tables hold now (each has a fixed ceiling; see docs/DEPLOYMENT.md).
    QJsonObject memory;
    if (m_auth) {
        memory.insert(QStringLiteral("nonce_cache_bytes"), qint64(m_auth->authenticator().nonceCacheBytes()));
        memory.insert(QStringLiteral("nonce_cache_limit_bytes"), qint64(m_auth->authenticator().nonceCacheMaxBytes()));
        memory.insert(QStringLiteral("nonce_cache_entries"), m_auth->authenticator().rememberedNonces());
        memory.insert(QStringLiteral("auth_throttle_peers"), m_auth->throttle().trackedPeers());
        memory.insert(QStringLiteral("auth_throttle_bytes"), qint64(m_auth->throttle().approximateBytes()));
    }
    QJsonObject o;
    o.insert(QStringLiteral("memory"), memory);
    o.insert(QStringLiteral("storage"), storage);
    o.insert(QStringLiteral("provider"), provider);
    o.insert(QStringLiteral("budget"), budget);
    o.insert(QStringLiteral("build"), build);
    o.insert(QStringLiteral("limits"), limits);
    o.insert(QStringLiteral("queue_depth"), m_agent ? m_agent->queueDepth() : 0);
    return o;
}

HttpResponse Daemon::unauthorized()
{
    // One body for every failure: a client learns nothing about which part was wrong.
    return HttpResponse::error(401, "unauthorized", tr("missing or invalid credentials"))
        .withHeader("WWW-Authenticate", "Bearer realm=\"blufio\"");
}

std::optional<HttpResponse> Daemon::refusal(const AuthGate::Decision &decision)
{
    switch (decision.kind) {
    case AuthGate::Decision::Kind::Allow:
        return std::nullopt;
    case AuthGate::Decision::Kind::Unauthorized:
        return unauthorized();
    case AuthGate::Decision::Kind::Locked:
        return HttpResponse::error(429, "too_many_auth_failures",
                                   tr("too many failed authentications from this address; try again in %n second(s)",
                                      nullptr, decision.retryAfterSecs))
            .withHeader("Retry-After", QByteArray::number(decision.retryAfterSecs));
    case AuthGate::Decision::Kind::Busy:
        return HttpResponse::error(503, "nonce_cache_full",
                                   tr("too many signed requests in the last minute; try again in %n second(s)", nullptr,
                                      decision.retryAfterSecs))
            .withHeader("Retry-After", QByteArray::number(decision.retryAfterSecs));
    }
    return unauthorized();
}

std::optional<HttpResponse> Daemon::authorize(const HttpRequest &request, const Route &route)
{
    if (!route.pattern.startsWith(QStringLiteral("/v1/")) && route.pattern != u"/ws")
        return std::nullopt;
    if (!m_auth)
        return unauthorized();
    const Authenticator::Request auth{request.method, request.pathAndQuery, request.body,
                                      [&request](QByteArrayView name) { return request.header(name); }};
    return refusal(m_auth->check(auth, request.peer, lastHeader(request.headers, "x-forwarded-for"), route.pattern));
}

std::optional<HttpResponse> Daemon::filterUpgrade(const RequestFramer::Head &head, const QHostAddress &peer)
{
    const QByteArray path = head.target.left(head.target.indexOf('?') < 0 ? head.target.size() : head.target.indexOf('?'));
    if (path != "/ws" || !m_auth)
        return HttpResponse::error(404, "not_found", tr("no WebSocket endpoint at %1").arg(QString::fromUtf8(path)));
    if (head.method != "GET")
        return HttpResponse::error(405, "method_not_allowed", tr("WebSocket upgrades use GET")).withHeader("Allow", "GET");
    // head.target is the raw request target, exactly what the client signed.
    const Authenticator::Request auth{head.method, head.target, {}, [&head](QByteArrayView name) { return head.header(name); }};
    return refusal(m_auth->check(auth, peer, lastHeader(head.headers, "x-forwarded-for"), QStringLiteral("/ws")));
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
    qCInfo(lcDaemon) << "waiting up to" << m_config.settings().daemon.shutdownGraceSecs
                     << "s for" << m_server.inFlight() << "replies in flight";
    connect(&m_server, &HttpServer::idle, this, &Daemon::finishShutdown);
    m_graceTimer.start(int(m_config.settings().daemon.shutdownGraceSecs * 1000));
}

void Daemon::finishShutdown()
{
    m_graceTimer.stop();
    disconnect(&m_server, &HttpServer::idle, this, &Daemon::finishShutdown);
    if (m_server.inFlight() > 0)
        qCWarning(lcDaemon) << m_server.inFlight() << "replies still in flight after the grace period; closing";
    if (m_sqlite) {
        m_memory.unregisterCache(m_sqlite);
        m_sqlite = nullptr;
    }
    if (m_storage)
        m_storage->close();
    qCInfo(lcDaemon) << "stopped";
    Q_EMIT finished(0);
}

void Daemon::reload()
{
    m_systemd.reloading();
    if (const Result<void> reopened = Logging::reopen(); !reopened)
        qCWarning(lcDaemon).noquote() << "cannot reopen the log file:" << reopened.errorMessage();
    else
        qCInfo(lcDaemon) << "SIGHUP: log file reopened";
    // A certificate that does not load keeps the current one; the listener logs why.
    if (m_metricsListener)
        (void)m_metricsListener->reloadCertificates();
    m_systemd.ready(tr("running"));
}

} // namespace blufio
