#include "Agent.h"

#include "metrics/Metrics.h"
#include "common/storage/Storage.h"
#include "daemon/monitor/MemoryMonitor.h"
#include "providers/LlmProvider.h"
#include "providers/ProviderCall.h"
#include "providers/ProviderRequest.h"
#include "providers/ProviderResult.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAgent, "blufio.agent")

namespace blufio {

namespace {
AgentError storageError(const Error &error)
{
    return AgentError{500, "storage_error", Agent::tr("the database refused the operation: %1").arg(error.message)};
}
} // namespace

Agent::Agent(Settings settings, Storage *storage, LlmProvider *provider, ProviderError notConfigured, Budget *budget,
             MemoryMonitor *memory, Metrics *metrics, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_storage(storage)
    , m_provider(provider)
    , m_notConfigured(std::move(notConfigured))
    , m_budget(budget)
    , m_memory(memory)
    , m_metrics(metrics)
    , m_clock(&Storage::nowMs)
{
}

Agent::~Agent() = default;

int Agent::activeSessions() const
{
    return int(m_busySessions.size());
}

std::variant<AgentTurn *, AgentError> Agent::submit(const QString &content, const QString &sessionId,
                                                    const QString &channel)
{
    if (content.trimmed().isEmpty())
        return AgentError{400, "invalid_request", tr("\"content\" must be a non-empty string")};
    if (!m_provider) {
        return AgentError{503, "provider_not_configured",
                          tr("no LLM provider is configured: set %1").arg(m_notConfigured.configKey.isEmpty()
                                                                             ? QStringLiteral("agent.provider")
                                                                             : m_notConfigured.configKey)};
    }
    if (!m_storage || !m_storage->isOpen())
        return AgentError{503, "storage_unavailable", tr("the database is not available; see `blufio doctor`")};
    const qint64 now = m_clock();
    if (m_budget) {
        if (auto exhausted = m_budget->check(now)) {
            if (m_metrics)
                m_metrics->sessionsRejected(QStringLiteral("budget")).Increment();
            return *exhausted;
        }
    }

    QString session = sessionId;
    const bool newSession = session.isEmpty();
    if (newSession) {
        // At the memory limit existing conversations go on, new ones wait.
        if (m_memory && !m_memory->acceptingSessions()) {
            if (m_metrics)
                m_metrics->sessionsRejected(QStringLiteral("memory")).Increment();
            return AgentError{503, "memory_pressure", tr("the daemon is at its memory limit and takes no new sessions; try again later"),
                              30};
        }
    } else {
        const Result<bool> exists = m_storage->sessionExists(session);
        if (!exists)
            return storageError(exists.error());
        if (!*exists)
            return AgentError{404, "session_not_found", tr("no session with id %1").arg(session)};
    }
    if (queueDepth() >= m_settings.maxQueue) {
        if (m_metrics)
            m_metrics->sessionsRejected(QStringLiteral("queue_full")).Increment();
        return AgentError{503, "queue_full", tr("%n messages are already waiting (agent.max_queue); try again shortly", nullptr,
                                                queueDepth()),
                          5};
    }
    if (newSession) {
        const Result<SessionInfo> created = m_storage->createSession();
        if (!created)
            return storageError(created.error());
        session = created->id;
    }
    const Result<EnqueuedMessage> stored = m_storage->appendUserMessage(session, content);
    if (!stored)
        return storageError(stored.error());
    if (m_metrics)
        m_metrics->messages(channel).Increment();

    auto *turn = new AgentTurn(session, stored->queueId, stored->message.seq, newSession, this);
    turn->setProperty("receivedMs", now);
    m_waiting.enqueue(turn);
    ++m_busySessions[session];
    updateGauges();
    // Let the caller connect to the turn's signals before anything can happen.
    QMetaObject::invokeMethod(this, &Agent::schedule, Qt::QueuedConnection);
    return turn;
}

void Agent::schedule()
{
    // run() can finish a turn synchronously (cancelled while waiting, storage error), and release()
    // schedules again: defer that to this loop instead of recursing while m_waiting is walked.
    if (m_scheduling) {
        m_rescheduleNeeded = true;
        return;
    }
    m_scheduling = true;
    do {
        m_rescheduleNeeded = false;
        // FIFO, skipping turns whose session already has a call running (they keep their place).
        for (qsizetype i = 0; i < m_waiting.size() && m_running < m_settings.maxConcurrent;) {
            const QPointer<AgentTurn> turn = m_waiting.at(i);
            if (!turn) {
                m_waiting.removeAt(i);
                continue;
            }
            if (m_runningSessions.contains(turn->sessionId())) {
                ++i;
                continue;
            }
            m_waiting.removeAt(i);
            run(turn);
        }
    } while (m_rescheduleNeeded);
    m_scheduling = false;
    updateGauges();
}

void Agent::run(AgentTurn *turn)
{
    ++m_running;
    m_runningSessions.insert(turn->sessionId());
    if (turn->isCancelled()) {
        // The client left while the message waited: do not spend tokens on it.
        onFailed(turn, ProviderError::cancelled());
        return;
    }
    if (const Result<void> r = m_storage->markInProgress(turn->queueId()); !r)
        qCWarning(lcAgent).noquote() << "cannot mark queue item" << turn->queueId() << "in progress:" << r.errorMessage();

    // The history up to this message (later messages of the session wait for their own turn), read
    // on the (session_id, seq) index. agent.context_tokens ([11]) is what bounds it by size.
    const Result<QList<StoredMessage>> history = m_storage->history(turn->sessionId(), turn->messageSeq());
    if (!history) {
        onFailed(turn, ProviderError::badResponse(history.errorMessage()));
        return;
    }
    ProviderRequest request;
    request.model = m_settings.model;
    request.maxTokens = m_settings.maxTokens;
    request.systemPrompt = m_settings.systemPrompt;
    request.messages.reserve(history->size());
    for (const StoredMessage &m : *history)
        request.messages.append({messageRoleName(m.role), m.content});
    const qint64 startedMs = m_clock();
    ProviderCall *call = m_provider->start(request);
    turn->setCall(call);
    connect(call, &ProviderCall::textDelta, turn, &AgentTurn::emitDelta);
    connect(call, &ProviderCall::finished, this,
            [this, turn = QPointer<AgentTurn>(turn), startedMs](const ProviderResult &result) {
                if (turn)
                    onFinished(turn, result, startedMs);
            });
    connect(call, &ProviderCall::failed, this, [this, turn = QPointer<AgentTurn>(turn)](const ProviderError &error) {
        if (turn)
            onFailed(turn, error);
    });
    Q_EMIT turn->started();
}

void Agent::onFinished(AgentTurn *turn, const ProviderResult &result, qint64 startedMs)
{
    const QString model = result.model.isEmpty() ? m_settings.model : result.model;
    Usage usage;
    usage.model = model;
    usage.inputTokens = result.usage.inputTokens;
    usage.outputTokens = result.usage.outputTokens;
    usage.cacheReadTokens = result.usage.cacheReadTokens;
    usage.cacheWriteTokens = result.usage.cacheWriteTokens;
    usage.costUsd = m_prices.cost(model, result.usage);

    const Result<StoredMessage> stored = m_storage->completeReply(turn->queueId(), result.text, usage);
    if (m_metrics) {
        m_metrics->tokens(model, QStringLiteral("input")).Increment(double(usage.inputTokens));
        m_metrics->tokens(model, QStringLiteral("output")).Increment(double(usage.outputTokens));
        m_metrics->tokens(model, QStringLiteral("cache_read")).Increment(double(usage.cacheReadTokens));
        m_metrics->tokens(model, QStringLiteral("cache_write")).Increment(double(usage.cacheWriteTokens));
        const qint64 received = turn->property("receivedMs").toLongLong();
        m_metrics->responseLatency.Observe(double(m_clock() - (received ? received : startedMs)) / 1000.0);
    }
    if (m_budget)
        m_budget->updateMetrics(m_clock());
    if (!stored) {
        if (m_metrics)
            m_metrics->error(QStringLiteral("storage")).Increment();
        qCWarning(lcAgent).noquote() << "could not store the reply for queue item" << turn->queueId() << ":"
                                     << stored.errorMessage();
        turn->fail(storageError(stored.error()));
    } else {
        if (turn->isAbandoned())
            qCInfo(lcAgent).noquote() << "stored a reply nobody waited for any more in session" << turn->sessionId();
        AgentReply reply;
        reply.id = QString::number(stored->id);
        reply.sessionId = turn->sessionId();
        reply.content = stored->content;
        reply.createdAtMs = stored->createdAtMs;
        reply.inputTokens = usage.inputTokens;
        reply.outputTokens = usage.outputTokens;
        reply.costUsd = usage.costUsd;
        turn->finish(reply);
    }
    release(turn);
}

void Agent::onFailed(AgentTurn *turn, const ProviderError &error)
{
    if (m_metrics && error.kind != ProviderError::Kind::Cancelled)
        m_metrics->error(ProviderError::kindName(error.kind)).Increment();
    if (error.kind == ProviderError::Kind::Cancelled)
        qCInfo(lcAgent).noquote() << "client left; cancelled the provider call in session" << turn->sessionId();
    else
        qCWarning(lcAgent).noquote() << "provider call failed in session" << turn->sessionId() << ":" << error.message;
    // The user's message stays in the session; its queue item must not be retried after a restart.
    if (const Result<int> r = m_storage->markInterrupted({turn->queueId()}); !r)
        qCWarning(lcAgent).noquote() << "cannot mark queue item" << turn->queueId() << "interrupted:" << r.errorMessage();
    turn->fail(fromProvider(error));
    release(turn);
}

void Agent::release(AgentTurn *turn)
{
    --m_running;
    m_runningSessions.remove(turn->sessionId());
    if (--m_busySessions[turn->sessionId()] <= 0)
        m_busySessions.remove(turn->sessionId());
    turn->deleteLater();
    schedule();
    if (queueDepth() == 0)
        Q_EMIT idle();
}

void Agent::updateGauges()
{
    if (!m_metrics)
        return;
    m_metrics->queueDepth.Set(queueDepth());
    m_metrics->activeSessions.Set(activeSessions());
}

void Agent::recover()
{
    if (!m_storage || !m_storage->isOpen())
        return;
    const Result<QList<QueueItem>> items = m_storage->unfinishedQueueItems();
    if (!items) {
        qCWarning(lcAgent).noquote() << "cannot read the queue:" << items.errorMessage();
        return;
    }
    const qint64 now = m_clock();
    QList<qint64> stale;
    int resumed = 0;
    for (const QueueItem &item : *items) {
        if (!m_provider || now - item.createdAtMs > m_settings.interruptedAfterMs) {
            stale.append(item.id);
            continue;
        }
        if (item.messageSeq == 0) {
            stale.append(item.id);
            continue;
        }
        auto *turn = new AgentTurn(item.sessionId, item.id, item.messageSeq, false, this);
        turn->abandon();
        turn->setProperty("recovered", true);
        m_waiting.enqueue(turn);
        ++m_busySessions[item.sessionId];
        ++resumed;
    }
    if (!stale.isEmpty())
        (void)m_storage->markInterrupted(stale);
    if (resumed || !stale.isEmpty())
        qCInfo(lcAgent) << "recovered the queue after a restart:" << resumed << "messages to answer," << stale.size()
                        << "marked interrupted";
    updateGauges();
    QMetaObject::invokeMethod(this, &Agent::schedule, Qt::QueuedConnection);
}

AgentError Agent::fromProvider(const ProviderError &error)
{
    using K = ProviderError::Kind;
    AgentError out{502, error.code().toLatin1(), error.message};
    switch (error.kind) {
    case K::NotConfigured:
        out.httpStatus = 503;
        break;
    case K::RateLimited:
        out.httpStatus = 503;
        out.retryAfterSecs = error.retryAfterSecs > 0 ? error.retryAfterSecs : 30;
        break;
    case K::Timeout:
        out.httpStatus = 504;
        break;
    case K::Cancelled:
        out.httpStatus = 499;
        break;
    default:
        break;
    }
    return out;
}

} // namespace blufio
