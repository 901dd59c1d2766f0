#include "Daemon.h"

#include "BuildInfo.h"

#include "common/config/StartupChecks.h"
#include "common/log/Logging.h"
#include "common/memory/MemoryProbe.h"
#include "common/storage/SqliteStorage.h"
#include "common/vault/PassphraseReader.h"
#include "common/vault/SecretResolver.h"
#include "daemon/auth/KeyDirectory.h"
#include "daemon/gateway/ErrorTable.h"
#include "daemon/gateway/GatewayRoutes.h"
#include "daemon/gateway/WebSocketChannel.h"
#include "daemon/health/AgentHealth.h"
#include "daemon/health/AuthHealth.h"
#include "daemon/health/BudgetHealth.h"
#include "daemon/health/ProviderHealth.h"
#include "daemon/health/StorageHealth.h"
#include "daemon/health/TelegramHealth.h"
#include "daemon/http/HttpListener.h"
#include "daemon/metrics/MetricsListener.h"
#include "daemon/telegram/TelegramChannel.h"
#include "daemon/telegram/TelegramText.h"
#include "providers/ProviderFactory.h"

#include <QWebSocket>

#include <QDir>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDaemon, "blufio.daemon")

namespace blufio {

Daemon::Daemon(Config config, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_metrics(QStringLiteral(BLUFIO_VERSION)),
      m_memory(MemoryMonitor::Limits::fromSettings(m_config.settings().daemon), &m_metrics),
      m_health(&m_memory, &m_metrics), m_server(&m_metrics), m_cors(m_config.settings().gateway.corsOrigins)
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
    if (m_agent)
        m_memory.unregisterCache(&m_agent->contextCache());
    m_telegram.reset();
    delete m_agent;
    if (m_sqlite)
        m_memory.unregisterCache(m_sqlite);
    if (AuthGate *gate = m_auth ? m_auth->gate() : nullptr) {
        m_memory.unregisterCache(&gate->authenticator());
        m_memory.unregisterCache(&gate->throttle());
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

    GatewayRoutes::registerPublic(m_server.router(), m_health, m_metrics,
                                  m_config.settings().metrics.enabled);
    if (Result<void> gateway = setUpGateway(); !gateway)
        return gateway;
    if (Result<void> telegram = setUpTelegram(); !telegram)
        return telegram;

    const QString bind = m_config.settings().daemon.bind;
    QHostAddress address; // checked by StartupChecks::checkConfiguration()
    if (bind == u"localhost")
        address = QHostAddress::LocalHost;
    else
        address.setAddress(bind);
    const auto port = quint16(m_config.settings().daemon.healthPort);

    // metrics.listen: certificates are checked (exit 78) before anything listens.
    const HttpLimits limits = HttpLimits::fromSettings(m_config.settings());
    m_metricsListener = std::make_unique<MetricsListener>(m_config, limits, &m_health, &m_metrics);
    if (Result<void> listening = m_metricsListener->start(); !listening)
        return listening;

    // Upgrades are decided before QHttpServer sees them: 6.4 hands any upgrade its router accepts
    // to the WebSocket server, so only authenticated /ws requests may get that far.
    auto upgradeFilter = [this](const RequestFramer::Head &head, const QHostAddress &peer, Caller &caller) {
        return m_auth->authorizeUpgrade(head, peer, &caller);
    };
    auto *listener = new HttpListener(limits, upgradeFilter, &m_server);
    listener->setRefusalRenderer([](const QByteArray &target, HttpResponse &response) {
        const qsizetype query = target.indexOf('?');
        if (GatewayRoutes::speaksOpenAi(QString::fromUtf8(query < 0 ? target : target.left(query))))
            ErrorTable::toOpenAi(response);
    });
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
    m_memory.logLimits();
    if (m_agent)
        m_agent->recover();
    // After recover(): the channel claims the turns it resumed for its chats.
    if (m_telegram)
        m_telegram->start();
    m_health.setLifecycle(HealthService::Lifecycle::Running);
    const QString where = QStringLiteral("%1:%2").arg(bind).arg(m_listener->serverPort());
    qCInfo(lcDaemon).noquote() << "blufiod" << BLUFIO_VERSION << "listening on" << where << "data dir"
                               << dataDir
                               << (m_config.filePath().isEmpty()
                                       ? QStringLiteral("(built-in defaults)")
                                       : QStringLiteral("config ") + m_config.filePath());
    // Only now: systemd starts dependants and health checks once READY=1 arrives.
    m_systemd.ready(tr("listening on %1").arg(where));
    return Result<void>::success();
}

Result<void> Daemon::setUpGateway()
{
    // Also without a gateway: the listener's upgrade filter asks the policy, which then refuses all.
    Result<std::unique_ptr<AuthPolicy>> auth
        = AuthPolicy::fromSettings(m_config.settings().gateway, &m_metrics);
    if (!auth)
        return auth.error();
    m_auth = std::move(auth).value();
    if (!m_auth->gate())
        return Result<void>::success();
    m_memory.registerCache(&m_auth->gate()->authenticator());
    m_memory.registerCache(&m_auth->gate()->throttle());
    m_health.addContributor(std::make_unique<AuthHealth>(*m_auth->gate()));
    // API keys from `blufio keys add` ([12]), read per request; each route's scope from its table.
    m_keys = std::make_unique<KeyDirectory>(*m_storage);
    m_auth->gate()->authenticator().setKeyDirectory(m_keys.get());
    m_auth->setScopes(&GatewayRoutes::requiredScope);
    m_server.setGuard([this](HttpRequest &request, const Route &route) {
        return m_auth->authorize(request, route, &request.caller);
    });
    m_server.setPreflight([this](const HttpRequest &request, const QByteArrayList &methods) {
        return m_cors.preflight(request, methods);
    });
    m_server.setDecorator([this](const HttpRequest &request, HttpResponse &response) {
        m_cors.decorate(request, response);
        // The guard's and the router's refusals too, so OpenAI clients raise their usual exceptions.
        if (GatewayRoutes::speaksOpenAi(request.path))
            ErrorTable::toOpenAi(response);
    });
    m_server.setWebSocketPath(QStringLiteral("/ws"));
    ensureAgent();
    if (!m_priceOverrides)
        return m_priceOverrides;
    GatewayRoutes::registerGateway(m_server.router(),
                                   {*m_agent, *m_storage, m_health,
                                    int(m_config.settings().gateway.requestTimeoutSecs * 1000),
                                    m_config.settings().agent.model, m_config.settings().agent.provider});
    connect(&m_server, &QAbstractHttpServer::newWebSocketConnection, this, [this] {
        const WebSocketChannel::Limits limits {m_config.settings().daemon.maxBodyBytes,
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
            const std::optional<Caller> caller
                = m_listener->webSocketCaller(socket->peerAddress(), socket->peerPort());
            auto *channel = new WebSocketChannel(std::move(socket), m_agent, limits, this);
            channel->setCaller(caller.value_or(Caller {}));
        }
    });
    return Result<void>::success();
}

void Daemon::ensureAgent()
{
    if (m_agent)
        return;
    setUpAgent();
    m_health.addContributor(std::make_unique<ProviderHealth>(
        m_config.settings().agent.provider, m_config.settings().agent.model, m_provider.get(),
        &m_metrics.dependencyUp(QStringLiteral("provider"))));
    m_health.addContributor(std::make_unique<BudgetHealth>(m_budget.get(), m_storage.get()));
    m_health.addContributor(std::make_unique<AgentHealth>(m_agent));
}

Result<void> Daemon::setUpTelegram()
{
    const Settings::Telegram &settings = m_config.settings().telegram;
    if (!settings.enabled)
        return Result<void>::success();
    if (settings.botToken.isEmpty())
        return Error {ErrorCode::Config,
                      tr("telegram.enabled is true but telegram.bot_token is not set (the token @BotFather "
                         "gave, or vault:NAME)")};
    ensureAgent();
    if (!m_priceOverrides)
        return m_priceOverrides;
    TelegramChannel::Settings channel;
    channel.apiUrl = QUrl(settings.apiUrl);
    channel.token = settings.botToken.toUtf8();
    channel.allowedChatIds = settings.allowedChatIds;
    channel.pollTimeoutSecs = settings.pollTimeoutSecs;
    auto status = [this] {
        return TelegramText::status(m_health.snapshot(HealthSnapshot::View::Detailed));
    };
    m_telegram = std::make_unique<TelegramChannel>(channel, *m_agent, *m_storage,
                                                   m_metrics.dependencyUp(QStringLiteral("telegram")),
                                                   m_metrics.telegramIgnored, status);
    m_health.addContributor(std::make_unique<TelegramHealth>(m_telegram.get()));
    return Result<void>::success();
}

Result<void> Daemon::openStorage()
{
    auto sqlite = std::make_unique<SqliteStorage>(m_config.databasePath());
    if (const Result<void> opened = sqlite->open(); !opened) {
        // The daemon still starts, so /health can say what is wrong (503 unhealthy).
        qCCritical(lcDaemon).noquote()
            << "cannot use the database" << m_config.databasePath() << ":" << opened.errorMessage();
        sqlite->close();
    } else if (const Result<void> checkpointer = sqlite->checkpointInBackground(); !checkpointer) {
        qCWarning(lcDaemon).noquote()
            << "WAL checkpoints stay on the event loop:" << checkpointer.errorMessage();
    }
    // Its page cache (up to ~2 MiB) is given back when the heap crosses memory_warn_mb.
    m_sqlite = sqlite.get();
    m_memory.registerCache(m_sqlite);
    m_storage = std::move(sqlite);
    m_health.addContributor(std::make_unique<StorageHealth>(m_storage.get(), m_config.databasePath()));
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
        qCInfo(lcDaemon).noquote() << "provider" << m_provider->name() << "at"
                                   << m_provider->baseUrl().toString();
    } else {
        qCWarning(lcDaemon).noquote() << "no LLM provider:" << setup.errorMessage();
    }
    const Settings::Cost &cost = m_config.settings().cost;
    m_budget
        = std::make_unique<Budget>(cost.dailyBudgetUsd, cost.monthlyBudgetUsd, m_storage.get(), &m_metrics);
    m_budget->updateMetrics(Storage::nowMs());
    Agent::Settings settings;
    settings.model = m_config.settings().agent.model;
    settings.maxTokens = int(m_config.settings().agent.maxTokens);
    settings.systemPrompt = m_config.settings().agent.systemPrompt;
    settings.maxConcurrent = int(m_config.settings().agent.maxConcurrent);
    settings.maxQueue = int(m_config.settings().agent.maxQueue);
    settings.contextTokens = m_config.settings().agent.contextTokens;
    if (const std::optional<int> secs = m_config.settings().agent.interruptedAfterSecs)
        settings.interruptedAfterMs = qint64(*secs) * 1000;
    if (!setup) // the agent names the key in its refusals
        settings.providerKey = ProviderError::notConfigured(setup.error()).configKey;
    m_agent = new Agent(settings, *m_storage, m_provider.get(),
                        {&m_admission, m_budget.get(), &m_agentMetrics}, this);
    m_priceOverrides = m_agent->prices().applyOverrides(m_config.settings().agent.prices);
    if (m_priceOverrides) // the same refusal (exit 78) for either table
        m_priceOverrides = m_agent->contextWindows().applyOverrides(m_config.settings().agent.contextWindows);
    m_memory.registerCache(&m_agent->contextCache());
    qCInfo(lcDaemon).noquote() << "context: at most" << m_agent->contextBound() << "tokens per call for model"
                               << settings.model;
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
    if (m_telegram)
        m_telegram->stop(); // no new updates; replies under way still go out during the grace period
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
    qCInfo(lcDaemon) << "waiting up to" << m_config.settings().daemon.shutdownGraceSecs << "s for"
                     << m_server.inFlight() << "replies in flight";
    connect(&m_server, &HttpServer::idle, this, &Daemon::finishShutdown);
    m_graceTimer.start(int(m_config.settings().daemon.shutdownGraceSecs * 1000));
}

void Daemon::finishShutdown()
{
    m_graceTimer.stop();
    disconnect(&m_server, &HttpServer::idle, this, &Daemon::finishShutdown);
    if (m_server.inFlight() > 0)
        qCWarning(lcDaemon) << m_server.inFlight()
                            << "replies still in flight after the grace period; closing";
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
