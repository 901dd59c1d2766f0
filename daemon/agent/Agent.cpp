#include "Agent.h"

#include "AgentTurn.h"

#include "common/storage/Storage.h"
#include "providers/LlmProvider.h"
#include "providers/ProviderCall.h"
#include "providers/ProviderRequest.h"
#include "providers/ProviderResult.h"

#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcAgent, "blufio.agent")

namespace blufio {

namespace {
// The estimate of a conversation a client sent whole, as ContextBuilder counts a stored one.
qint64 conversationTokens(const QString &systemPrompt, const QList<ProviderMessage> &messages)
{
    qint64 tokens = 0;
    for (const ProviderMessage &m : messages)
        tokens += ContextBuilder::estimateText(m.content) + ContextBuilder::MessageOverhead;
    return ContextBuilder::callTokens(systemPrompt, tokens);
}
} // namespace

Agent::Agent(Settings settings, Storage &storage, LlmProvider *provider, Collaborators collaborators,
             QObject *parent)
    : QObject(parent), m_settings(std::move(settings)), m_storage(storage), m_provider(provider),
      m_admission(collaborators.admission ? *collaborators.admission : SessionAdmission::always()),
      m_budget(collaborators.budget ? *collaborators.budget : SpendingLimit::unlimited()),
      m_metrics(collaborators.metrics ? *collaborators.metrics : AgentMetrics::none()),
      m_clock(&Storage::nowMs)
{ }

Agent::~Agent() = default;

bool Agent::providerConfigured() const
{
    return m_provider != nullptr;
}

int Agent::activeSessions() const
{
    return int(m_busySessions.size());
}

qint64 Agent::contextBound() const
{
    return m_windows.effectiveBound(m_settings.model, m_settings.contextTokens, m_settings.maxTokens);
}

AgentError Agent::storageError(const QString &why) const
{
    return {AgentError::Kind::Storage, tr("the database refused the operation: %1").arg(why)};
}

std::variant<TurnHandle, AgentError> Agent::submit(const TurnRequest &request, TurnSink &sink)
{
    using K = AgentError::Kind;
    if (request.content.trimmed().isEmpty())
        return AgentError {K::InvalidRequest, tr("\"content\" must be a non-empty string")};
    // A stateless conversation is sent as it came (its client keeps it, so nothing could be folded
    // into a summary): it fits the bound whole or is refused, as OpenAI refuses one over the window.
    if (request.history) {
        const qint64 bound = contextBound();
        const qint64 tokens
            = conversationTokens(request.systemPrompt.value_or(m_settings.systemPrompt), *request.history);
        if (tokens > bound)
            return AgentError {K::ContextTooLarge,
                               tr("the conversation is about %1 tokens, more than one call may be sent (%2 "
                                  "tokens: agent.context_tokens, or the model's context window less "
                                  "agent.max_tokens); send fewer or shorter messages")
                                   .arg(tokens)
                                   .arg(bound)};
    }
    // Before anything is stored: a message no call could carry would fail on every turn after it.
    else if (const qint64 bound = contextBound();
             !ContextBuilder::fitsAlone(m_settings.systemPrompt, request.content, bound))
        return AgentError {
            K::ContextTooLarge,
            tr("the message is about %1 tokens, more than one call may be sent (%2 tokens with the "
               "system prompt: agent.context_tokens, or the model's context window less "
               "agent.max_tokens); shorten it or split it")
                .arg(ContextBuilder::estimateText(request.content))
                .arg(bound)};
    if (!m_provider)
        return AgentError {K::ProviderNotConfigured,
                           tr("no LLM provider is configured: set %1").arg(m_settings.providerKey)};
    if (!m_storage.isOpen())
        return AgentError {K::StorageUnavailable, tr("the database is not available; see `blufio doctor`")};
    const qint64 now = m_clock();
    if (auto exhausted = m_budget.check(now)) {
        m_metrics.sessionRejected(QStringLiteral("budget"));
        return *exhausted;
    }
    if (!request.keyName.isEmpty()) {
        if (auto exhausted = m_budget.checkKey(request.keyName, now)) {
            m_metrics.sessionRejected(QStringLiteral("budget"));
            return *exhausted;
        }
    }

    QString session = request.sessionId;
    const bool newSession = session.isEmpty();
    if (newSession) {
        if (!m_admission.acceptsNewSessions()) {
            m_metrics.sessionRejected(QStringLiteral("memory"));
            return AgentError {
                K::MemoryPressure,
                tr("the daemon is at its memory limit and takes no new sessions; try again later")};
        }
    } else {
        const Result<bool> exists = request.ownSessionsOnly
            ? m_storage.sessionOwnedBy(session, request.keyName)
            : m_storage.sessionExists(session);
        if (!exists)
            return storageError(exists.errorMessage());
        if (!*exists)
            return AgentError {K::SessionNotFound, tr("no session with id %1").arg(session)};
    }
    if (queueDepth() >= m_settings.maxQueue) {
        m_metrics.sessionRejected(QStringLiteral("queue_full"));
        return AgentError {K::QueueFull,
                           tr("%n messages are already waiting (agent.max_queue); try again shortly", nullptr,
                              queueDepth())};
    }
    qint64 queueId = 0;
    qint64 messageSeq = 0;
    if (request.transient) {
        // A key of its own for the one-call-per-session rule, never stored: transient turns run side by side.
        session = QStringLiteral("transient:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    } else {
        if (newSession) {
            const Result<SessionInfo> created = m_storage.createSession(request.keyName);
            if (!created)
                return storageError(created.errorMessage());
            session = created->id;
        }
        const Result<EnqueuedMessage> stored = request.telegram
            ? m_storage.appendChannelMessage(session, request.content, *request.telegram)
            : m_storage.appendUserMessage(session, request.content);
        if (!stored)
            return storageError(stored.errorMessage());
        queueId = stored->queueId;
        messageSeq = stored->message.seq;
    }
    m_metrics.messageAccepted(request.channel);

    auto *turn
        = new AgentTurn(this, session, queueId, messageSeq, newSession && !request.transient, now, &sink);
    turn->setKeyName(request.keyName);
    if (request.transient)
        turn->setTransient();
    if (request.history) {
        ProviderRequest conversation;
        conversation.model = m_settings.model;
        conversation.maxTokens
            = request.maxTokens > 0 ? qMin(request.maxTokens, m_settings.maxTokens) : m_settings.maxTokens;
        conversation.systemPrompt = request.systemPrompt.value_or(m_settings.systemPrompt);
        conversation.messages = *request.history;
        conversation.temperature = request.temperature;
        turn->setConversation(std::move(conversation));
    }
    turn->startDeadline(request.timeoutMs);
    m_waiting.enqueue(turn);
    ++m_busySessions[session];
    updateGauges();
    // The sink hears nothing before submit() returned: the channel holds its handle first.
    QMetaObject::invokeMethod(this, &Agent::schedule, Qt::QueuedConnection);
    return TurnHandle(turn);
}

void Agent::schedule()
{
    // run() can end a turn synchronously (storage error, no provider) and its sink may submit or
    // cancel; release() schedules again: defer that to this loop instead of recursing while
    // m_waiting is walked.
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
    if (!m_provider) { // destroyed since the message was accepted
        fail(turn,
             {AgentError::Kind::ProviderNotConfigured,
              tr("the LLM provider is gone; set %1").arg(m_settings.providerKey)},
             ProviderError::kindName(ProviderError::Kind::NotConfigured));
        return;
    }
    if (turn->isTransient()) {
        // no queue row to mark
    } else if (const Result<void> r = m_storage.markInProgress(turn->queueId()); !r) {
        qCWarning(lcAgent).noquote() << "cannot mark queue item" << turn->queueId()
                                     << "in progress:" << r.errorMessage();
    }
    if (const std::optional<ProviderRequest> &conversation = turn->conversation()) {
        // A stateless channel sent the conversation (checked against the bound in submit()); a
        // session it is stored in keeps its own transcript.
        m_metrics.contextSent(conversationTokens(conversation->systemPrompt, conversation->messages));
        startCall(turn, *conversation);
        return;
    }

    // A bounded context (docs/ARCHITECTURE.md "Context"): the summary and the newest messages up to
    // this one that fit (later messages of the session wait for their own turn).
    const Result<std::shared_ptr<ContextBuilder>> builder = assembleContext(*turn);
    if (!builder) {
        fail(turn, storageError(builder.errorMessage()), QStringLiteral("storage"));
        return;
    }
    // The summary is made before this turn's call rather than after its reply: the call is then sent
    // the summary at once, the session's one-call-at-a-time rule covers the summary call too (no
    // second call of the session in flight, no race with the next message), and a restart in between
    // loses nothing. The price is the summary's latency on the turns that make one, about one in
    // every half-window of conversation. Past the budget no summary is made: the message itself was
    // accepted within it, and trimming costs nothing more.
    if (const std::optional<SummaryRequest> plan = (*builder)->summaryRequest();
        plan && !m_budget.check(m_clock())) {
        summarise(turn, *builder, *plan);
        return;
    }
    send(turn, (*builder)->trimmed());
}

Result<std::shared_ptr<ContextBuilder>> Agent::assembleContext(const AgentTurn &turn)
{
    const QString &session = turn.sessionId();
    const qint64 through = turn.messageSeq();
    const qint64 bound = contextBound();
    const ContextCache::Entry *cached = m_contextCache.find(session);
    if (cached && cached->throughSeq > through)
        cached = nullptr; // an older message answered after a restart: read it from storage
    std::optional<StoredSummary> summary;
    if (cached) {
        summary = cached->summary;
    } else {
        Result<std::optional<StoredSummary>> stored = m_storage.summary(session);
        if (!stored)
            return stored.error();
        summary = *stored;
    }
    auto builder = std::make_shared<ContextBuilder>(
        ContextBuilder::Limits {bound, ContextBuilder::summaryMaxTokensFor(bound, m_settings.maxTokens)},
        m_settings.systemPrompt, summary);
    const qint64 floor = builder->summary() ? builder->summary()->coversThroughSeq : 0;
    bool more = true;
    const auto visit = [&builder, &more](const StoredMessage &m) {
        return more = builder->add(ContextMessage::fromStored(m));
    };
    // Newest first until the builder is full: the messages since the cached context, the cached ones,
    // then older ones from storage only when a summary needs them.
    qint64 next = through; // the newest seq not fed yet
    if (cached) {
        if (Result<void> r = m_storage.recentMessages(session, cached->throughSeq, through, visit); !r)
            return r.error();
        next = cached->throughSeq;
        for (const ContextMessage &m : cached->newestFirst) {
            if (!more)
                break;
            more = builder->add(m);
            next = m.seq - 1;
        }
    }
    if (more && next > floor) {
        if (Result<void> r = m_storage.recentMessages(session, floor, next, visit); !r)
            return r.error();
    }
    cacheContext(session, builder->summary(), builder->trimmed(), through);
    return builder;
}

void Agent::cacheContext(const QString &sessionId, const std::optional<StoredSummary> &summary,
                         const AssembledContext &context, qint64 throughSeq)
{
    ContextCache::Entry entry;
    entry.summary = summary;
    entry.throughSeq = throughSeq;
    entry.newestFirst.reserve(context.messages.size());
    for (auto it = context.messages.crbegin(); it != context.messages.crend(); ++it)
        entry.newestFirst.append(*it);
    m_contextCache.put(sessionId, std::move(entry));
}

void Agent::summarise(AgentTurn *turn, const std::shared_ptr<ContextBuilder> &builder,
                      const SummaryRequest &plan)
{
    ProviderRequest request;
    request.model = m_settings.model;
    request.maxTokens = plan.maxTokens;
    request.systemPrompt = plan.systemPrompt;
    request.messages.append({messageRoleName(MessageRole::User), plan.content});
    qCInfo(lcAgent).noquote() << "summarising" << plan.messages << "messages of session" << turn->sessionId()
                              << "through message" << plan.coversThroughSeq;
    m_metrics.contextSent(plan.tokens);
    ProviderCall *call = m_provider->start(request);
    turn->setCall(call); // cancelling the turn cancels its summary call
    connect(call, &ProviderCall::finished, this,
            [this, turn = QPointer<AgentTurn>(turn), builder, plan](const ProviderResult &result) {
                if (turn)
                    onSummarised(turn, builder, plan, result);
            });
    connect(call, &ProviderCall::failed, this,
            [this, turn = QPointer<AgentTurn>(turn), builder](const ProviderError &error) {
                if (turn)
                    onSummaryFailed(turn, builder, error);
            });
}

void Agent::onSummarised(AgentTurn *turn, const std::shared_ptr<ContextBuilder> &builder,
                         const SummaryRequest &plan, const ProviderResult &result)
{
    Usage usage;
    usage.model = result.model.isEmpty() ? m_settings.model : result.model;
    usage.inputTokens = result.usage.inputTokens;
    usage.outputTokens = result.usage.outputTokens;
    usage.cacheReadTokens = result.usage.cacheReadTokens;
    usage.cacheWriteTokens = result.usage.cacheWriteTokens;
    usage.costUsd = m_prices.cost(usage.model, result.usage);
    usage.keyName = turn->keyName(); // the key whose turn needed it pays for it

    StoredSummary summary;
    summary.sessionId = turn->sessionId();
    summary.text = result.text.trimmed();
    summary.coversThroughSeq = plan.coversThroughSeq;
    summary.tokens = result.usage.outputTokens;
    // The summary and its ledger row in one transaction; the budget hears of it like of a reply.
    Result<void> stored = summary.text.isEmpty()
        ? Result<void>::failure(ErrorCode::Failed, tr("the provider returned an empty summary"))
        : m_storage.storeSummary(summary, usage);
    if (!stored && summary.text.isEmpty())
        (void)m_storage.recordCost(turn->sessionId(), usage);
    else if (!stored)
        (void)m_storage.recordCost(QString(), usage); // paid for all the same
    m_budget.spent(m_clock());
    if (!stored) {
        qCWarning(lcAgent).noquote() << "no summary for session" << turn->sessionId() << ":"
                                     << stored.errorMessage() << "- trimming the context instead";
        m_metrics.summaryFinished(nullptr);
        send(turn, builder->trimmed());
        return;
    }
    m_metrics.summaryFinished(&usage);
    const AssembledContext context = builder->withSummary(summary);
    cacheContext(turn->sessionId(), summary, context, turn->messageSeq());
    send(turn, context);
}

void Agent::onSummaryFailed(AgentTurn *turn, const std::shared_ptr<ContextBuilder> &builder,
                            const ProviderError &error)
{
    if (error.kind == ProviderError::Kind::Cancelled || turn->isCancelled()) {
        onFailed(turn, error);
        return;
    }
    // The user asked a question, not for a summary: answer it with the newest messages that fit.
    qCWarning(lcAgent).noquote() << "the summary call failed in session" << turn->sessionId() << ":"
                                 << error.message << "- trimming the context instead";
    m_metrics.summaryFinished(nullptr);
    send(turn, builder->trimmed());
}

void Agent::send(AgentTurn *turn, const AssembledContext &context)
{
    if (!m_provider) { // destroyed while the summary was made
        fail(turn,
             {AgentError::Kind::ProviderNotConfigured,
              tr("the LLM provider is gone; set %1").arg(m_settings.providerKey)},
             ProviderError::kindName(ProviderError::Kind::NotConfigured));
        return;
    }
    if (context.oversize) { // stored before the bound shrank (a restart with a smaller one)
        fail(turn,
             {AgentError::Kind::ContextTooLarge,
              tr("the message is more than one call may be sent (%1 tokens); it is not answered")
                  .arg(contextBound())},
             QStringLiteral("context"));
        return;
    }
    ProviderRequest request;
    request.model = m_settings.model;
    request.maxTokens = m_settings.maxTokens;
    request.systemPrompt = context.systemPrompt;
    request.messages.reserve(context.messages.size());
    for (const ContextMessage &m : context.messages)
        request.messages.append({messageRoleName(m.role), m.content});
    m_metrics.contextSent(context.tokens);
    startCall(turn, request);
}

void Agent::startCall(AgentTurn *turn, const ProviderRequest &request)
{
    const qint64 startedMs = m_clock();
    ProviderCall *call = m_provider->start(request);
    turn->setCall(call);
    connect(call, &ProviderCall::textDelta, turn, &AgentTurn::deliverDelta);
    connect(call, &ProviderCall::finished, this,
            [this, turn = QPointer<AgentTurn>(turn), startedMs](const ProviderResult &result) {
                if (turn)
                    onFinished(turn, result, startedMs);
            });
    connect(call, &ProviderCall::failed, this,
            [this, turn = QPointer<AgentTurn>(turn)](const ProviderError &error) {
                if (turn)
                    onFailed(turn, error);
            });
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
    usage.keyName = turn->keyName();

    const Result<StoredMessage> stored = turn->isTransient()
        ? ledgerOnly(usage, result.text)
        : m_storage.completeReply(turn->queueId(), result.text, usage);
    const qint64 now = m_clock();
    const qint64 received = turn->receivedMs() ? turn->receivedMs() : startedMs;
    m_metrics.replyStored(usage, double(now - received) / 1000.0);
    m_budget.spent(now);
    if (!stored) {
        m_metrics.turnFailed(QStringLiteral("storage"));
        qCWarning(lcAgent).noquote() << "could not store the reply for queue item" << turn->queueId() << ":"
                                     << stored.errorMessage();
        turn->deliverFailed(storageError(stored.errorMessage()));
    } else {
        if (!turn->hasSink())
            qCInfo(lcAgent).noquote()
                << "stored a reply nobody waited for any more in session" << turn->sessionId();
        AgentReply reply;
        reply.id = QString::number(stored->id);
        reply.sessionId = turn->sessionId();
        reply.content = stored->content;
        reply.createdAtMs = stored->createdAtMs;
        reply.inputTokens = usage.inputTokens;
        reply.outputTokens = usage.outputTokens;
        reply.costUsd = usage.costUsd;
        reply.model = model;
        reply.truncated = result.stopReason == QLatin1String("max_tokens")
            || result.stopReason == QLatin1String("length");
        if (turn->isTransient()) { // stored nowhere: no message id, no session
            reply.id.clear();
            reply.sessionId.clear();
        }
        turn->deliverCompleted(reply);
    }
    release(turn, true);
}

Result<StoredMessage> Agent::ledgerOnly(const Usage &usage, const QString &text)
{
    // A transient turn's cost counts against the budgets like any other, in one ledger row of no session.
    if (const Result<void> r = m_storage.recordCost(QString(), usage); !r)
        return r.error();
    StoredMessage reply;
    reply.role = MessageRole::Assistant;
    reply.content = text;
    reply.createdAtMs = m_clock();
    return reply;
}

void Agent::onFailed(AgentTurn *turn, const ProviderError &error)
{
    if (error.kind == ProviderError::Kind::Cancelled)
        qCInfo(lcAgent).noquote() << "cancelled the provider call in session" << turn->sessionId();
    else
        qCWarning(lcAgent).noquote() << "provider call failed in session" << turn->sessionId() << ":"
                                     << error.message;
    fail(turn, AgentError::fromProvider(error),
         error.kind == ProviderError::Kind::Cancelled ? QString() : ProviderError::kindName(error.kind));
}

void Agent::fail(AgentTurn *turn, const AgentError &error, const QString &metricType)
{
    if (!metricType.isEmpty())
        m_metrics.turnFailed(metricType);
    // The user's message stays in the session; its queue item must not be retried after a restart.
    markInterrupted(turn);
    turn->deliverFailed(error);
    release(turn, true);
}

void Agent::markInterrupted(AgentTurn *turn)
{
    if (turn->isTransient())
        return; // no queue row
    if (const Result<int> r = m_storage.markInterrupted({turn->queueId()}); !r)
        qCWarning(lcAgent).noquote() << "cannot mark queue item" << turn->queueId()
                                     << "interrupted:" << r.errorMessage();
}

void Agent::dropQueued(AgentTurn *turn)
{
    const qsizetype removed = m_waiting.removeIf([turn](const QPointer<AgentTurn> &t) { return t == turn; });
    if (removed == 0)
        return;
    // The client gave up while the message waited: do not spend tokens on it.
    qCInfo(lcAgent).noquote() << "cancelled a queued message in session" << turn->sessionId();
    markInterrupted(turn);
    turn->deliverFailed(
        {AgentError::Kind::Cancelled, tr("the message was cancelled before it was sent to the provider")});
    release(turn, false);
}

void Agent::release(AgentTurn *turn, bool wasRunning)
{
    if (wasRunning) {
        --m_running;
        m_runningSessions.remove(turn->sessionId());
    }
    if (--m_busySessions[turn->sessionId()] <= 0)
        m_busySessions.remove(turn->sessionId());
    turn->deleteLater();
    schedule();
    if (queueDepth() == 0)
        Q_EMIT idle();
}

void Agent::updateGauges()
{
    m_metrics.queueChanged(queueDepth(), activeSessions());
}

void Agent::recover()
{
    if (!m_storage.isOpen())
        return;
    const Result<QList<QueueItem>> items = m_storage.unfinishedQueueItems();
    if (!items) {
        qCWarning(lcAgent).noquote() << "cannot read the queue:" << items.errorMessage();
        return;
    }
    const qint64 now = m_clock();
    QList<qint64> stale;
    int resumed = 0;
    for (const QueueItem &item : *items) {
        if (!m_provider || now - item.createdAtMs > m_settings.interruptedAfterMs || item.messageSeq == 0) {
            stale.append(item.id);
            continue;
        }
        // Nobody waits for these any more: no sink, but the reply is stored.
        auto *turn = new AgentTurn(this, item.sessionId, item.id, item.messageSeq, false, 0, nullptr);
        m_waiting.enqueue(turn);
        ++m_busySessions[item.sessionId];
        ++resumed;
    }
    if (!stale.isEmpty())
        (void)m_storage.markInterrupted(stale);
    if (resumed || !stale.isEmpty())
        qCInfo(lcAgent) << "recovered the queue after a restart:" << resumed << "messages to answer,"
                        << stale.size() << "marked interrupted";
    updateGauges();
    QMetaObject::invokeMethod(this, &Agent::schedule, Qt::QueuedConnection);
}

std::optional<TurnHandle> Agent::claimRecovered(qint64 queueId, TurnSink &sink)
{
    // Recovered turns are the agent's children like every other; a handful at most after a restart.
    for (AgentTurn *turn : findChildren<AgentTurn *>(Qt::FindDirectChildrenOnly)) {
        if (turn->queueId() == queueId && turn->attachSink(&sink))
            return TurnHandle(turn);
    }
    return std::nullopt;
}

} // namespace blufio
