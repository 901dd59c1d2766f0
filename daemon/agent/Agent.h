#pragma once

#include "AgentError.h"
#include "AgentPorts.h"
#include "AgentTypes.h"
#include "ContextCache.h"
#include "TurnHandle.h"
#include "common/cost/ContextWindowTable.h"
#include "common/cost/PriceTable.h"

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

class AgentTurn;
class LlmProvider;
class Storage;
class TurnSink;
struct ProviderError;
struct ProviderRequest;
struct ProviderResult;
struct StoredMessage;
struct Usage;

// Turns user messages into stored, answered conversations, for any channel (docs/ARCHITECTURE.md,
// "Channels"). A message is stored and queued in one transaction before anything else happens; the
// reply, its usage and its cost are stored in one transaction before any sink hears the end of it.
// One provider call per session at a time (later messages of a session wait in order), at most
// maxConcurrent calls overall, and a bounded queue. Messages left unanswered by a crash are answered
// after a restart, or marked interrupted when they are too old to still matter. It knows no
// transport: failures are AgentError kinds.
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
        qint64 interruptedAfterMs = qint64(3600) * 1000;
        // agent.context_tokens: the most one call is sent (the model's window may lower it).
        int contextTokens = 32000;
        // Without a provider every message is refused with provider_not_configured naming this key.
        QString providerKey = QStringLiteral("agent.provider");
    };

    using Collaborators = AgentCollaborators;

    // provider null: not configured (Settings::providerKey says what to set). storage and the
    // collaborators must outlive the agent; the provider is watched (QPointer).
    Agent(Settings settings, Storage &storage, LlmProvider *provider, Collaborators collaborators = {},
          QObject *parent = nullptr);
    ~Agent() override;

    // Stores the message and queues it; sink hears how it goes (never before submit() returned).
    // A refusal is returned at once and the sink hears nothing.
    std::variant<TurnHandle, AgentError> submit(const TurnRequest &request, TurnSink &sink);

    // At start: answer what a crash left unanswered, mark the stale ones interrupted.
    void recover();
    // A channel takes over a message recover() resumed without a sink (its queue item), so that the
    // person who sent it hears the reply: the sink then hears the turn as if it had submitted it.
    // nullopt when no such turn is under way (answered, interrupted, or claimed already).
    std::optional<TurnHandle> claimRecovered(qint64 queueId, TurnSink &sink);

    int activeSessions() const;
    int queueDepth() const { return int(m_waiting.size()) + m_running; }
    bool providerConfigured() const;
    bool isSessionBusy(const QString &sessionId) const { return m_busySessions.contains(sessionId); }
    PriceTable &prices() { return m_prices; }
    ContextWindowTable &contextWindows() { return m_windows; }
    // The contexts of recently active sessions, for the memory monitor to shed.
    ContextCache &contextCache() { return m_contextCache; }
    // What one call of the configured model may be sent, in tokens.
    qint64 contextBound() const;

    // Tests set the clock.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

Q_SIGNALS:
    void idle(); // nothing queued or running

private:
    friend class AgentTurn; // dropQueued()

    void schedule();
    void run(AgentTurn *turn);
    void startCall(AgentTurn *turn, const ProviderRequest &request);
    Result<StoredMessage> ledgerOnly(const Usage &usage, const QString &text);
    // The turn's bounded context, read newest first from the cache and storage (ContextBuilder).
    Result<std::shared_ptr<ContextBuilder>> assembleContext(const AgentTurn &turn);
    void cacheContext(const QString &sessionId, const std::optional<StoredSummary> &summary,
                      const AssembledContext &context, qint64 throughSeq);
    void summarise(AgentTurn *turn, const std::shared_ptr<ContextBuilder> &builder,
                   const SummaryRequest &plan);
    void onSummarised(AgentTurn *turn, const std::shared_ptr<ContextBuilder> &builder,
                      const SummaryRequest &plan, const ProviderResult &result);
    void onSummaryFailed(AgentTurn *turn, const std::shared_ptr<ContextBuilder> &builder,
                         const ProviderError &error);
    void send(AgentTurn *turn, const AssembledContext &context);
    void onFinished(AgentTurn *turn, const ProviderResult &result, qint64 startedMs);
    void onFailed(AgentTurn *turn, const ProviderError &error);
    void fail(AgentTurn *turn, const AgentError &error, const QString &metricType);
    void dropQueued(AgentTurn *turn);
    void markInterrupted(AgentTurn *turn);
    void release(AgentTurn *turn, bool wasRunning);
    void updateGauges();
    AgentError storageError(const QString &why) const;

    Settings m_settings;
    Storage &m_storage;
    QPointer<LlmProvider> m_provider;
    const SessionAdmission &m_admission;
    SpendingLimit &m_budget;
    AgentMetrics &m_metrics;
    PriceTable m_prices;
    ContextWindowTable m_windows;
    ContextCache m_contextCache;
    QQueue<QPointer<AgentTurn>> m_waiting;
    QHash<QString, int> m_busySessions; // session -> turns queued or running
    QSet<QString> m_runningSessions;
    int m_running = 0;
    bool m_scheduling = false;
    bool m_rescheduleNeeded = false;
    std::function<qint64()> m_clock;
};

} // namespace blufio
