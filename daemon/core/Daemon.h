#pragma once

#include "common/config/Config.h"
#include "common/config/StartupChecks.h"
#include "daemon/auth/AuthPolicy.h"
#include "daemon/auth/KeyDirectory.h"
#include "daemon/core/HealthService.h"
#include "daemon/core/SignalWatcher.h"
#include "daemon/core/SystemdNotifier.h"
#include "daemon/http/CorsPolicy.h"
#include "daemon/http/HttpServer.h"
#include "daemon/http/RequestFramer.h"
#include "daemon/monitor/MemoryMonitor.h"
#include "metrics/Metrics.h"

#include "common/storage/DataDirLock.h"
#include "common/storage/Storage.h"
#include "daemon/agent/Agent.h"
#include "daemon/agent/Budget.h"
#include "daemon/agent/MemoryAdmission.h"
#include "daemon/agent/PrometheusAgentMetrics.h"
#include "providers/LlmProvider.h"
#include "providers/NetworkPool.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace blufio {

class HttpListener;
class MetricsListener;
class SqliteStorage;
class TelegramChannel;

// Owns and wires the daemon's services: listener, routes, memory monitor, health, signals,
// systemd notifications. main.cpp only parses arguments and calls start().
class Daemon : public QObject
{
    Q_OBJECT

public:
    explicit Daemon(Config config, QObject *parent = nullptr);
    ~Daemon() override;

    // A configuration problem is ErrorCode::Config; main.cpp picks the exit status.
    Result<void> start();
    quint16 port() const;

Q_SIGNALS:
    void finished(int exitCode);

private:
    void beginShutdown(int signal);
    void finishShutdown();
    void reload();
    Result<void> setUpGateway();
    Result<void> openStorage();
    Result<void> resolveVaultReferences();
    void setUpAgent();
    // The agent and its health contributors, once, for whichever channel needs it first.
    void ensureAgent();
    Result<void> setUpTelegram();

    Config m_config;
    Metrics m_metrics;
    MemoryMonitor m_memory;
    HealthService m_health;
    HttpServer m_server;
    QPointer<HttpListener> m_listener;
    std::unique_ptr<MetricsListener> m_metricsListener; // metrics.listen, daemon/metrics/
    std::unique_ptr<KeyDirectory> m_keys; // API keys of `blufio keys add`, for m_auth's authenticator
    std::unique_ptr<AuthPolicy> m_auth; // who may use /v1 and /ws; set by setUpGateway()
    std::unique_ptr<DataDirLock> m_lock;
    std::unique_ptr<Storage> m_storage;
    SqliteStorage *m_sqlite = nullptr; // m_storage, registered with m_memory as a cache to shed
    std::unique_ptr<NetworkPool> m_network; // the provider's connections, sized by agent.max_concurrent
    std::unique_ptr<LlmProvider> m_provider;
    std::unique_ptr<Budget> m_budget;
    MemoryAdmission m_admission {m_memory}; // the agent's view of m_memory
    PrometheusAgentMetrics m_agentMetrics {m_metrics};
    QPointer<Agent> m_agent;
    std::unique_ptr<TelegramChannel> m_telegram; // telegram.enabled only
    Result<void> m_priceOverrides; // agent.prices applied, or why not
    CorsPolicy m_cors;
    SystemdNotifier m_systemd;
    SignalWatcher m_signals;
    QTimer m_graceTimer;
    bool m_stopping = false;
};

} // namespace blufio
