#pragma once

#include "AgentTurn.h"
#include "AgentTypes.h"
#include "Budget.h"
#include "common/cost/PriceTable.h"

#include "providers/LlmProvider.h"
#include "providers/ProviderError.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>
#include <variant>

namespace blufio {

class MemoryMonitor;
class Metrics;
class Storage;
struct ProviderResult;

// Turns user messages into stored, answered conversations. A message is stored and queued in one
// transaction before anything else happens; the reply, its usage and its cost are stored in one
// transaction before any client sees the end of it. One provider call per session at a time
// (later messages of a session wait in order), at most maxConcurrent calls overall, and a bounded
// queue. Messages left unanswered by a crash are answered after a restart, or marked interrupted
// when they are too old to still matter.
class Agent : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        QString model;
        int maxTokens = 1024;
        QString systemPrompt;
        int maxConcurrent = 4;
        int maxQueue = 64;
        qint64 interruptedAfterMs = 3600 * 1000;
    };

    // provider may be null: then every message gets 503 provider_not_configured naming notConfigured's key.
    Agent(Settings settings, Storage *storage, LlmProvider *provider, ProviderError notConfigured, Budget *budget,
          MemoryMonitor *memory, Metrics *metrics, QObject *parent = nullptr);
    ~Agent() override;

    // Stores the message and queues it; the returned turn reports the reply. sessionId empty
    // starts a new session. channel labels blufio_messages_total ("http", "ws").
    std::variant<AgentTurn *, AgentError> submit(const QString &content, const QString &sessionId,
                                                 const QString &channel);

    // At start: answer what a crash left unanswered, mark the stale ones interrupted.
    void recover();

    int activeSessions() const;
    int queueDepth() const { return int(m_waiting.size()) + m_running; }
    bool providerConfigured() const { return m_provider != nullptr; }
    bool isSessionBusy(const QString &sessionId) const { return m_busySessions.contains(sessionId); }
    PriceTable &prices() { return m_prices; }

    // Called by the daemon's clock in tests.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

Q_SIGNALS:
    void idle(); // nothing queued or running

private:
    void schedule();
    void run(AgentTurn *turn);
    void onFinished(AgentTurn *turn, const ProviderResult &result, qint64 startedMs);
    void onFailed(AgentTurn *turn, const ProviderError &error);
    void release(AgentTurn *turn);
    void updateGauges();
    static AgentError fromProvider(const ProviderError &error);

    Settings m_settings;
    Storage *m_storage;
    QPointer<LlmProvider> m_provider;
    ProviderError m_notConfigured;
    Budget *m_budget;
    MemoryMonitor *m_memory;
    Metrics *m_metrics;
    PriceTable m_prices;
    QQueue<QPointer<AgentTurn>> m_waiting;
    QHash<QString, int> m_busySessions; // session -> turns queued or running
    QSet<QString> m_runningSessions;
    int m_running = 0;
    bool m_scheduling = false;
    bool m_rescheduleNeeded = false;
    std::function<qint64()> m_clock;
};

} // namespace blufio
