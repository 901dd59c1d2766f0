// Agent scheduling and its error kinds, in-process: a real SqliteStorage in a temporary directory and
// a scripted LlmProvider (a double of the provider interface; the wire-level fake-llm is for the
// integration suites). Then the gateway's Kind -> HTTP status / Retry-After table.
#include "common/storage/SqliteStorage.h"
#include "daemon/agent/Agent.h"
#include "daemon/agent/AgentTurn.h"
#include "daemon/agent/Budget.h"
#include "daemon/agent/ContextBuilder.h"
#include "daemon/agent/TurnSink.h"
#include "daemon/gateway/ErrorTable.h"
#include "daemon/http/HttpResponse.h"
#include "providers/LlmProvider.h"
#include "providers/ProviderCall.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace blufio;

namespace {

// ProviderCall wants a reply to own; this one is finished from the start and never speaks, so only
// the script drives the call.
class SilentReply : public QNetworkReply
{
public:
    SilentReply()
    {
        open(QIODevice::ReadOnly);
        setFinished(true);
    }
    void abort() override { }

protected:
    qint64 readData(char *, qint64) override { return -1; }
};

class ScriptedCall : public ProviderCall
{
public:
    ScriptedCall(ProviderRequest request, QObject *parent)
        : ProviderCall(new SilentReply, 3600 * 1000, parent), request(std::move(request))
    { }

    void delta(const QString &text) { emitDelta(text); }
    void reply(const QString &text)
    {
        ProviderResult result;
        result.text = text;
        result.model = QStringLiteral("scripted");
        result.usage.inputTokens = 10;
        result.usage.outputTokens = 5;
        complete(result);
    }
    void failWith(const ProviderError &error) { fail(error); }

    const ProviderRequest request;

protected:
    void handleBody(const QByteArray &) override { }
    void handleEnd() override { }
    QByteArray expectedContentType() const override { return {}; }
};

// Hands out calls that wait for the test to answer them, and remembers how many ran at once.
class ScriptedProvider : public LlmProvider
{
public:
    ScriptedProvider()
        : LlmProvider(nullptr, QUrl(QStringLiteral("http://scripted.invalid")), {}, nullptr) { }

    QString name() const override { return QStringLiteral("scripted"); }
    ProviderCall *start(const ProviderRequest &request) override
    {
        auto *call = new ScriptedCall(request, this);
        calls.append(call);
        ++running;
        maxRunning = qMax(maxRunning, running);
        connect(call, &ProviderCall::finished, this, [this] { --running; });
        connect(call, &ProviderCall::failed, this, [this] { --running; });
        return call;
    }
    ProviderCall *probe() override { return nullptr; }

    // The last message of each call's request, in the order the calls started.
    QStringList asked() const
    {
        QStringList out;
        for (const auto &call : calls)
            out.append(call ? call->request.messages.last().content : QStringLiteral("(gone)"));
        return out;
    }
    ScriptedCall *call(int i) const { return calls.value(i); }

    QList<QPointer<ScriptedCall>> calls;
    int running = 0;
    int maxRunning = 0;
};

// Records what a channel would hear.
class RecordingSink : public TurnSink
{
public:
    void onDelta(const QString &text) override { deltas += text; }
    void onCompleted(const AgentReply &reply) override
    {
        replies.append(reply);
        if (onReply)
            onReply(reply);
    }
    void onFailed(const AgentError &error) override { errors.append(error); }
    int ends() const { return int(replies.size() + errors.size()); }

    QString deltas;
    QList<AgentReply> replies;
    QList<AgentError> errors;
    std::function<void(const AgentReply &)> onReply;
};

class ClosedDoor : public SessionAdmission
{
public:
    bool acceptsNewSessions() const override { return false; }
};

TurnRequest message(const QString &content, const QString &session = {}, int timeoutMs = 0)
{
    TurnRequest r;
    r.content = content;
    r.sessionId = session;
    r.channel = QStringLiteral("test");
    r.timeoutMs = timeoutMs;
    return r;
}

} // namespace

class TestAgent : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteStorage> m_storage;
    std::unique_ptr<ScriptedProvider> m_provider;

    Agent::Settings settings(int maxConcurrent, int maxQueue = 64)
    {
        Agent::Settings s;
        s.model = QStringLiteral("scripted");
        s.maxConcurrent = maxConcurrent;
        s.maxQueue = maxQueue;
        return s;
    }

    TurnHandle accept(Agent &agent, const TurnRequest &request, TurnSink &sink)
    {
        auto submitted = agent.submit(request, sink);
        if (const auto *error = std::get_if<AgentError>(&submitted))
            qWarning() << "refused:" << error->code() << error->message;
        return std::holds_alternative<TurnHandle>(submitted) ? std::get<TurnHandle>(submitted) : TurnHandle();
    }

    AgentError refusal(Agent &agent, const TurnRequest &request)
    {
        RecordingSink sink;
        auto submitted = agent.submit(request, sink);
        if (const auto *handle = std::get_if<TurnHandle>(&submitted)) {
            TurnHandle(*handle).detach();
            return AgentError(AgentError::Kind::Storage, QStringLiteral("accepted, not refused"));
        }
        return std::get<AgentError>(submitted);
    }

    int storedMessages(const QString &session)
    {
        const Result<SessionDetail> detail = m_storage->session(session);
        return detail ? int(detail->messages.size()) : -1;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_storage = std::make_unique<SqliteStorage>(m_dir->filePath(QStringLiteral("agent.db")));
        QVERIFY(m_storage->open());
        m_provider = std::make_unique<ScriptedProvider>();
    }

    void cleanup()
    {
        // Calls and turns end with deleteLater: let them go before their owners do.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        m_provider.reset();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        m_storage.reset();
        m_dir.reset();
    }

    void fifoAcrossSessionsWithinTheSlots()
    {
        Agent agent(settings(2), *m_storage, m_provider.get());
        RecordingSink sink;
        for (const char *content : {"a", "b", "c", "d"})
            QVERIFY(accept(agent, message(QString::fromLatin1(content)), sink).isActive());
        QCOMPARE(agent.queueDepth(), 4);
        QTRY_COMPARE(m_provider->calls.size(), 2);
        QCOMPARE(m_provider->asked(), QStringList({QStringLiteral("a"), QStringLiteral("b")}));
        m_provider->call(1)->reply(QStringLiteral("B"));
        QTRY_COMPARE(m_provider->calls.size(), 3);
        QCOMPARE(m_provider->asked().last(), QStringLiteral("c"));
        m_provider->call(0)->reply(QStringLiteral("A"));
        QTRY_COMPARE(m_provider->calls.size(), 4);
        QCOMPARE(m_provider->asked().last(), QStringLiteral("d"));
        QCOMPARE(m_provider->maxRunning, 2);
        QSignalSpy idle(&agent, &Agent::idle);
        m_provider->call(2)->reply(QStringLiteral("C"));
        m_provider->call(3)->reply(QStringLiteral("D"));
        QCOMPARE(idle.size(), 1);
        QCOMPARE(sink.replies.size(), 4);
        QCOMPARE(agent.queueDepth(), 0);
        QCOMPARE(agent.activeSessions(), 0);
    }

    void oneCallPerSessionInOrder()
    {
        Agent agent(settings(4), *m_storage, m_provider.get());
        RecordingSink sink;
        const TurnHandle first = accept(agent, message(QStringLiteral("s1")), sink);
        const QString session = first.sessionId();
        QVERIFY(!session.isEmpty());
        accept(agent, message(QStringLiteral("s2"), session), sink);
        accept(agent, message(QStringLiteral("s3"), session), sink);
        accept(agent, message(QStringLiteral("other")), sink); // another session passes the waiting ones
        QTRY_COMPARE(m_provider->calls.size(), 2);
        QCOMPARE(m_provider->asked(), QStringList({QStringLiteral("s1"), QStringLiteral("other")}));
        QVERIFY(agent.isSessionBusy(session));
        m_provider->call(0)->reply(QStringLiteral("r1"));
        QTRY_COMPARE(m_provider->calls.size(), 3);
        // Only once the first call ended; the session's messages up to its own, nothing after it.
        QCOMPARE(m_provider->asked().last(), QStringLiteral("s2"));
        QCOMPARE(m_provider->call(2)->request.messages.first().content, QStringLiteral("s1"));
        QCOMPARE(m_provider->maxRunning, 2);
        m_provider->call(2)->reply(QStringLiteral("r2"));
        QTRY_COMPARE(m_provider->calls.size(), 4);
        QCOMPARE(m_provider->asked().last(), QStringLiteral("s3"));
        m_provider->call(3)->reply(QStringLiteral("r3"));
        m_provider->call(1)->reply(QStringLiteral("o"));
        QCOMPARE(sink.replies.size(), 4);
        QCOMPARE(storedMessages(session), 6);
        QVERIFY(!agent.isSessionBusy(session));
    }

    void deltasThenOneEnd()
    {
        Agent agent(settings(1), *m_storage, m_provider.get());
        RecordingSink sink;
        const TurnHandle handle = accept(agent, message(QStringLiteral("hi")), sink);
        QTRY_COMPARE(m_provider->calls.size(), 1);
        m_provider->call(0)->delta(QStringLiteral("Hel"));
        m_provider->call(0)->delta(QStringLiteral("lo"));
        QCOMPARE(sink.deltas,
                 QStringLiteral("Hel"
                                "lo"));
        m_provider->call(0)->reply(QStringLiteral("Hello"));
        QCOMPARE(sink.ends(), 1);
        const AgentReply reply = sink.replies.first();
        QCOMPARE(reply.content, QStringLiteral("Hello"));
        QCOMPARE(reply.sessionId, handle.sessionId());
        QCOMPARE(reply.inputTokens, 10LL);
        QCOMPARE(reply.outputTokens, 5LL);
        QVERIFY(!handle.isActive());
        TurnHandle(handle).cancel(); // after the end: nothing happens
        QCOMPARE(sink.ends(), 1);
    }

    void cancelWhileQueued()
    {
        Agent agent(settings(1), *m_storage, m_provider.get());
        RecordingSink running, cancelled, detached;
        accept(agent, message(QStringLiteral("first")), running);
        TurnHandle queued = accept(agent, message(QStringLiteral("second")), cancelled);
        TurnHandle gone = accept(agent, message(QStringLiteral("third")), detached);
        QTRY_COMPARE(m_provider->calls.size(), 1);
        QCOMPARE(agent.queueDepth(), 3);
        queued.cancel();
        QCOMPARE(cancelled.errors.size(), 1);
        QCOMPARE(cancelled.errors.first().kind, AgentError::Kind::Cancelled);
        QCOMPARE(cancelled.errors.first().code(), QByteArray("cancelled"));
        gone.detach();
        QCOMPARE(detached.ends(), 0);
        QCOMPARE(agent.queueDepth(), 1);
        // Neither waits in storage any more: the queue holds only the running message.
        QCOMPARE(*m_storage->queueDepth(), 1LL);
        m_provider->call(0)->reply(QStringLiteral("done"));
        QCOMPARE(running.replies.size(), 1);
        QCoreApplication::processEvents();
        QCOMPARE(m_provider->calls.size(), 1); // no call was made for the cancelled ones
        QCOMPARE(*m_storage->queueDepth(), 0LL);
        // The user's messages stay in their sessions, unanswered.
        QCOMPARE(storedMessages(queued.sessionId()), 1);
        QCOMPARE(storedMessages(gone.sessionId()), 1);
        const Result<QList<QueueItem>> unfinished = m_storage->unfinishedQueueItems();
        QVERIFY(unfinished);
        QVERIFY(unfinished->isEmpty());
    }

    void cancelWhileRunning()
    {
        Agent agent(settings(1), *m_storage, m_provider.get());
        RecordingSink sink;
        TurnHandle handle = accept(agent, message(QStringLiteral("long")), sink);
        QTRY_COMPARE(m_provider->calls.size(), 1);
        QPointer<ScriptedCall> call = m_provider->call(0);
        handle.cancel();
        QCOMPARE(sink.errors.size(), 1);
        QCOMPARE(sink.errors.first().kind, AgentError::Kind::Cancelled);
        QVERIFY(!call || call->isDone()); // the upstream call was aborted
        QCOMPARE(agent.queueDepth(), 0);
        QCOMPARE(*m_storage->queueDepth(), 0LL);
    }

    void completionHandlerSubmitsAgain()
    {
        Agent agent(settings(1), *m_storage, m_provider.get());
        RecordingSink sink;
        int followUps = 0;
        sink.onReply = [&](const AgentReply &reply) {
            if (followUps++ < 2)
                QVERIFY(accept(agent, message(QStringLiteral("again"), reply.sessionId), sink).isActive());
        };
        const TurnHandle first = accept(agent, message(QStringLiteral("start")), sink);
        for (int i = 0; i < 3; ++i) {
            QTRY_COMPARE(m_provider->calls.size(), i + 1);
            m_provider->call(i)->reply(QStringLiteral("reply %1").arg(i));
        }
        QCOMPARE(sink.replies.size(), 3);
        QCOMPARE(sink.errors.size(), 0);
        QCOMPARE(storedMessages(first.sessionId()), 6);
        QCOMPARE(agent.queueDepth(), 0);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("session");
        QTest::addColumn<int>("kind");
        QTest::newRow("empty content")
            << QStringLiteral("  ") << QString() << int(AgentError::Kind::InvalidRequest);
        QTest::newRow("unknown session")
            << QStringLiteral("hi") << QStringLiteral("nope") << int(AgentError::Kind::SessionNotFound);
    }

    void refusals()
    {
        QFETCH(QString, content);
        QFETCH(QString, session);
        QFETCH(int, kind);
        Agent agent(settings(1), *m_storage, m_provider.get());
        QCOMPARE(int(refusal(agent, message(content, session)).kind), kind);
        QCOMPARE(agent.queueDepth(), 0);
    }

    void aMessageNoCallCouldCarryIsRefusedBeforeItIsStored()
    {
        Agent::Settings s = settings(1);
        s.contextTokens = 1000;
        Agent agent(s, *m_storage, m_provider.get());
        QCOMPARE(agent.contextBound(), 1000); // "scripted" has no window of its own
        const AgentError error = refusal(agent, message(QString(4100, u'x')));
        QCOMPARE(error.kind, AgentError::Kind::ContextTooLarge);
        QCOMPARE(error.code(), QByteArray("context_too_large"));
        QVERIFY2(error.message.contains(QStringLiteral("1000")), qPrintable(error.message));
        QCOMPARE(m_storage->sessionCount().value(), 0); // nothing stored, not even a session
        QCOMPARE(agent.queueDepth(), 0);
        QCoreApplication::processEvents();
        QCOMPARE(m_provider->calls.size(), 0);
        // The model's window lowers the bound: claude-haiku-4-5 has 200000, less max_tokens.
        s.model = QStringLiteral("claude-haiku-4-5");
        s.contextTokens = 2000000;
        s.maxTokens = 4000;
        Agent windowed(s, *m_storage, m_provider.get());
        QCOMPARE(windowed.contextBound(), 196000);
    }

    // The scripted call counts like the builder: a reply reports 5 output tokens, so replies of up
    // to 16 bytes are counted at least at their estimate.
    static qint64 requestTokens(const ProviderRequest &r)
    {
        qint64 total = ContextBuilder::estimateText(r.systemPrompt) + ContextBuilder::MessageOverhead;
        for (const ProviderMessage &m : r.messages)
            total += ContextBuilder::estimateText(m.content) + ContextBuilder::MessageOverhead;
        return total;
    }

    void summariesAreMadeStoredAndSentAndAFailureTrims()
    {
        Agent::Settings s = settings(1);
        s.contextTokens = 1000;
        s.systemPrompt = QStringLiteral("You are a test.");
        Agent agent(s, *m_storage, m_provider.get());
        const QString session = m_storage->createSession()->id;
        int summaryCalls = 0;
        int failedOnPurpose = 0;
        for (int i = 0; i < 20; ++i) {
            RecordingSink sink;
            const qsizetype started = m_provider->calls.size();
            TurnHandle handle
                = accept(agent, message(QString(360, QLatin1Char('a' + i % 26)), session), sink);
            QVERIFY(handle.isActive());
            QTRY_COMPARE(m_provider->calls.size(), started + 1);
            ScriptedCall *call = m_provider->calls.last();
            QVERIFY2(requestTokens(call->request) <= 1000,
                     qPrintable(QString::number(requestTokens(call->request))));
            if (call->request.systemPrompt.contains(QStringLiteral("summarising"))) {
                ++summaryCalls;
                QVERIFY(call->request.maxTokens <= 250);
                QCOMPARE(call->request.messages.size(), 1);
                const qsizetype before = m_provider->calls.size();
                if (summaryCalls == 2) {
                    ++failedOnPurpose;
                    call->failWith(ProviderError::fromHttp(500, {}, {}, -1));
                } else {
                    call->reply(QStringLiteral("SUMMARY %1").arg(summaryCalls));
                }
                QTRY_COMPARE(m_provider->calls.size(), before + 1);
                call = m_provider->calls.last();
                QVERIFY(requestTokens(call->request) <= 1000);
                if (summaryCalls == 2) // trimmed: the previous summary still goes first
                    QVERIFY(call->request.systemPrompt.contains(QStringLiteral("SUMMARY 1")));
                else
                    QVERIFY(
                        call->request.systemPrompt.contains(QStringLiteral("SUMMARY %1").arg(summaryCalls)));
            }
            QCOMPARE(call->request.messages.last().content, QString(360, QLatin1Char('a' + i % 26)));
            call->reply(QStringLiteral("ok %1").arg(i));
            QTRY_COMPARE(sink.replies.size(), 1); // answered, whatever the summary did
        }
        QVERIFY2(summaryCalls >= 3, qPrintable(QString::number(summaryCalls)));
        QCOMPARE(failedOnPurpose, 1);
        const auto stored = m_storage->summary(session);
        QVERIFY(stored && stored->has_value());
        QCOMPARE((*stored)->text, QStringLiteral("SUMMARY %1").arg(summaryCalls));
        QCOMPARE((*stored)->tokens, 5);
        QVERIFY((*stored)->coversThroughSeq > 0 && (*stored)->coversThroughSeq < 40);
        // Each summary that succeeded is a ledger row of its own, beside the 20 replies'.
        QCOMPARE(m_storage->costSince(0)->calls, qint64(20 + summaryCalls - 1));
        // The cache sheds, and the next turn is built from storage alone, summary first.
        QVERIFY(agent.contextCache().size() == 1);
        QVERIFY(agent.contextCache().shed() > 0);
        RecordingSink sink;
        const qsizetype before = m_provider->calls.size();
        TurnHandle handle = accept(agent, message(QStringLiteral("after the shed"), session), sink);
        QTRY_COMPARE(m_provider->calls.size(), before + 1);
        ScriptedCall *call = m_provider->calls.last();
        QVERIFY(call->request.systemPrompt.contains((*stored)->text));
        QVERIFY(requestTokens(call->request) <= 1000);
        call->reply(QStringLiteral("ok"));
        QTRY_COMPARE(sink.replies.size(), 1);
    }

    void memoryPressureRefusesNewSessionsOnly()
    {
        ClosedDoor closed;
        Agent agent(settings(1), *m_storage, m_provider.get(), {&closed, nullptr, nullptr});
        QCOMPARE(refusal(agent, message(QStringLiteral("new"))).kind, AgentError::Kind::MemoryPressure);
        const Result<SessionInfo> existing = m_storage->createSession();
        QVERIFY(existing);
        RecordingSink sink;
        QVERIFY(accept(agent, message(QStringLiteral("old"), existing->id), sink).isActive());
    }

    void queueFull()
    {
        Agent agent(settings(1, 2), *m_storage, m_provider.get());
        RecordingSink sink;
        accept(agent, message(QStringLiteral("1")), sink);
        accept(agent, message(QStringLiteral("2")), sink);
        const AgentError error = refusal(agent, message(QStringLiteral("3")));
        QCOMPARE(error.kind, AgentError::Kind::QueueFull);
        QCOMPARE(error.code(), QByteArray("queue_full"));
    }

    void budgetExhausted()
    {
        Budget budget(0.01, std::nullopt, m_storage.get(), nullptr);
        Agent agent(settings(1), *m_storage, m_provider.get(), {nullptr, &budget, nullptr});
        RecordingSink sink;
        const TurnHandle first = accept(agent, message(QStringLiteral("spend")), sink);
        QVERIFY(first.isActive());
        Usage usage;
        usage.model = QStringLiteral("scripted");
        usage.costUsd = 0.02;
        QVERIFY(m_storage->recordCost(first.sessionId(), usage));
        const AgentError error = refusal(agent, message(QStringLiteral("more"), first.sessionId()));
        QCOMPARE(error.kind, AgentError::Kind::BudgetExhausted);
        QVERIFY(error.resetsAtMs > Storage::nowMs());
        QCOMPARE(ErrorTable::shape(error).details.value(QStringLiteral("resets_at")).toString(),
                 QDateTime::fromMSecsSinceEpoch(error.resetsAtMs, Qt::UTC).toString(Qt::ISODate));
    }

    void providerNotConfigured()
    {
        Agent::Settings s = settings(1);
        s.providerKey = QStringLiteral("providers.anthropic.api_key");
        Agent agent(s, *m_storage, nullptr);
        const AgentError error = refusal(agent, message(QStringLiteral("hi")));
        QCOMPARE(error.kind, AgentError::Kind::ProviderNotConfigured);
        QVERIFY2(error.message.contains(QLatin1String("providers.anthropic.api_key")),
                 qPrintable(error.message));
    }

    void storageUnavailable()
    {
        m_storage->close();
        Agent agent(settings(1), *m_storage, m_provider.get());
        QCOMPARE(refusal(agent, message(QStringLiteral("hi"))).kind, AgentError::Kind::StorageUnavailable);
    }

    void storageFailsAfterAcceptance()
    {
        Agent agent(settings(1), *m_storage, m_provider.get());
        RecordingSink sink;
        accept(agent, message(QStringLiteral("hi")), sink);
        m_storage->close(); // before the turn reads its history
        QTRY_COMPARE(sink.ends(), 1);
        QCOMPARE(sink.errors.first().kind, AgentError::Kind::Storage);
        QCOMPARE(sink.errors.first().code(), QByteArray("storage_error"));
        QCOMPARE(m_provider->calls.size(), 0);
    }

    void providerFailures_data()
    {
        QTest::addColumn<ProviderError>("error");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<int>("retryAfter");
        const auto row = [](const char *name, const ProviderError &e, AgentError::Kind k, const char *code,
                            int retry = -1) {
            QTest::newRow(name) << e << int(k) << QByteArray(code) << retry;
        };
        using K = AgentError::Kind;
        row("not configured", ProviderError::notConfigured(QStringLiteral("x")), K::ProviderNotConfigured,
            "provider_not_configured");
        row("unauthorized", ProviderError::fromHttp(401, {}, {}, -1), K::ProviderUnauthorized,
            "provider_unauthorized");
        row("rate limited", ProviderError::fromHttp(429, {}, {}, 7), K::ProviderRateLimited,
            "provider_rate_limited", 7);
        row("invalid request", ProviderError::fromHttp(400, {}, {}, -1), K::ProviderInvalidRequest,
            "provider_invalid_request");
        row("server error", ProviderError::fromHttp(529, {}, {}, 3), K::ProviderServerError,
            "provider_server_error");
        row("bad response", ProviderError::badResponse(QStringLiteral("x")), K::ProviderBadResponse,
            "provider_bad_response");
        row("malformed", ProviderError::malformed(QStringLiteral("x")), K::ProviderMalformedStream,
            "provider_malformed_stream");
        row("network", ProviderError::network(QStringLiteral("refused")), K::ProviderUnreachable,
            "provider_unreachable");
        row("timeout", ProviderError::timeout(1000), K::ProviderTimeout, "provider_timeout");
        row("cancelled", ProviderError::cancelled(), K::Cancelled, "cancelled");
    }

    void providerFailures()
    {
        QFETCH(ProviderError, error);
        QFETCH(int, kind);
        QFETCH(QByteArray, code);
        QFETCH(int, retryAfter);
        Agent agent(settings(1), *m_storage, m_provider.get());
        RecordingSink sink;
        const TurnHandle handle = accept(agent, message(QStringLiteral("hi")), sink);
        QTRY_COMPARE(m_provider->calls.size(), 1);
        m_provider->call(0)->failWith(error);
        QCOMPARE(sink.ends(), 1);
        const AgentError got = sink.errors.first();
        QCOMPARE(int(got.kind), kind);
        QCOMPARE(got.code(), code);
        QCOMPARE(got.retryAfterSecs, retryAfter);
        QCOMPARE(got.message, error.message);
        // The message stays, unanswered and not retried after a restart.
        QCOMPARE(storedMessages(handle.sessionId()), 1);
        QCOMPARE(*m_storage->queueDepth(), 0LL);
    }

    void deadlinePassesAndTheReplyIsStoredLater()
    {
        Agent agent(settings(1), *m_storage, m_provider.get());
        RecordingSink sink;
        const TurnHandle handle = accept(agent, message(QStringLiteral("slow"), {}, 50), sink);
        QTRY_COMPARE(m_provider->calls.size(), 1);
        QTRY_COMPARE(sink.ends(), 1);
        const AgentError error = sink.errors.first();
        QCOMPARE(error.kind, AgentError::Kind::Timeout);
        QCOMPARE(error.code(), QByteArray("timeout"));
        QCOMPARE(error.sessionId, handle.sessionId());
        TurnHandle(handle).detach(); // what a channel does when it lets go: the call goes on
        QVERIFY(m_provider->call(0));
        m_provider->call(0)->reply(QStringLiteral("late"));
        QCOMPARE(sink.ends(), 1);
        QCOMPARE(storedMessages(handle.sessionId()), 2);
    }

    // Issue [12]: a stateless channel brings the conversation; a transient turn stores only its cost.
    void transientTurnStoresOnlyItsCost()
    {
        Agent agent(settings(2), *m_storage, m_provider.get());
        RecordingSink sink;
        TurnRequest request = message(QStringLiteral("second"));
        request.transient = true;
        request.history = QList<ProviderMessage> {{QStringLiteral("user"), QStringLiteral("first")},
                                                  {QStringLiteral("assistant"), QStringLiteral("answer")},
                                                  {QStringLiteral("user"), QStringLiteral("second")}};
        request.systemPrompt = QStringLiteral("be terse");
        request.maxTokens = 5000; // above the agent's 1024: capped
        request.temperature = 0.25;
        const TurnHandle handle = accept(agent, request, sink);
        QVERIFY(handle.isActive());
        QVERIFY(handle.sessionId().isEmpty());
        // Two transient turns do not wait for each other as one session's would.
        RecordingSink other;
        QVERIFY(accept(agent, request, other).isActive());
        QTRY_COMPARE(m_provider->calls.size(), 2);
        const ProviderRequest &sent = m_provider->call(0)->request;
        QCOMPARE(sent.messages.size(), 3);
        QCOMPARE(sent.messages.at(1).content, QStringLiteral("answer"));
        QCOMPARE(sent.systemPrompt, QStringLiteral("be terse"));
        QCOMPARE(sent.maxTokens, 1024);
        QCOMPARE(sent.temperature, std::optional<double>(0.25));
        QCOMPARE(sent.model, QStringLiteral("scripted"));
        m_provider->call(0)->reply(QStringLiteral("done"));
        ProviderError boom;
        boom.kind = ProviderError::Kind::ServerError;
        boom.message = QStringLiteral("boom");
        m_provider->call(1)->failWith(boom);
        QCOMPARE(sink.replies.size(), 1);
        QCOMPARE(sink.replies.first().content, QStringLiteral("done"));
        QVERIFY(sink.replies.first().sessionId.isEmpty());
        QVERIFY(sink.replies.first().id.isEmpty());
        QCOMPARE(sink.replies.first().model, QStringLiteral("scripted"));
        QCOMPARE(other.errors.size(), 1);
        // No session, no message, no queue row; one ledger row for the reply that came.
        QCOMPARE(*m_storage->sessionCount(), 0);
        QCOMPARE(*m_storage->queueDepth(), 0);
        QCOMPARE(m_storage->costSince(0)->calls, 1);
        QCOMPARE(m_storage->costSince(0)->inputTokens, 10);
    }

    void conversationInASession()
    {
        Agent agent(settings(1), *m_storage, m_provider.get());
        RecordingSink sink;
        TurnRequest request = message(QStringLiteral("q"));
        request.history = QList<ProviderMessage> {{QStringLiteral("user"), QStringLiteral("context")},
                                                  {QStringLiteral("user"), QStringLiteral("q")}};
        const TurnHandle handle = accept(agent, request, sink);
        QVERIFY(!handle.sessionId().isEmpty());
        QTRY_COMPARE(m_provider->calls.size(), 1);
        QCOMPARE(m_provider->call(0)->request.messages.size(), 2); // the request's, not the stored one
        QCOMPARE(m_provider->call(0)->request.systemPrompt, Agent::Settings {}.systemPrompt);
        m_provider->call(0)->reply(QStringLiteral("a"));
        QCOMPARE(sink.replies.size(), 1);
        QCOMPARE(sink.replies.first().sessionId, handle.sessionId());
        QCOMPARE(storedMessages(handle.sessionId()), 2); // q and a
    }

    void transientTimeoutNamesNoSession()
    {
        Agent agent(settings(1), *m_storage, m_provider.get());
        RecordingSink sink;
        TurnRequest request = message(QStringLiteral("slow"), {}, 50);
        request.transient = true;
        request.history = QList<ProviderMessage> {{QStringLiteral("user"), QStringLiteral("slow")}};
        QVERIFY(accept(agent, request, sink).isActive());
        QTRY_COMPARE(sink.ends(), 1);
        QCOMPARE(sink.errors.first().kind, AgentError::Kind::Timeout);
        QVERIFY(sink.errors.first().sessionId.isEmpty());
        m_provider->call(0)->reply(QStringLiteral("late"));
        QCOMPARE(m_storage->costSince(0)->calls, 1); // what it cost is still booked
    }

    void errorTable_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("hint");
        QTest::addColumn<int>("retryAfter"); // -1: no header
        using K = AgentError::Kind;
        const auto row = [](K k, const char *code, int status, int hint, int retry) {
            const QByteArray name = code + QByteArray(hint > 0 ? " with hint" : "");
            QTest::newRow(name.constData()) << int(k) << QByteArray(code) << status << hint << retry;
        };
        row(K::InvalidRequest, "invalid_request", 400, -1, -1);
        row(K::SessionNotFound, "session_not_found", 404, -1, -1);
        row(K::MemoryPressure, "memory_pressure", 503, -1, 30);
        row(K::QueueFull, "queue_full", 503, -1, 5);
        row(K::BudgetExhausted, "budget_exhausted", 402, -1, -1);
        row(K::ProviderNotConfigured, "provider_not_configured", 503, -1, -1);
        row(K::ProviderUnauthorized, "provider_unauthorized", 502, -1, -1);
        row(K::ProviderRateLimited, "provider_rate_limited", 503, -1, 30);
        row(K::ProviderRateLimited, "provider_rate_limited", 503, 12, 12);
        row(K::ProviderInvalidRequest, "provider_invalid_request", 502, -1, -1);
        row(K::ProviderServerError, "provider_server_error", 502, 9, -1);
        row(K::ProviderBadResponse, "provider_bad_response", 502, -1, -1);
        row(K::ProviderMalformedStream, "provider_malformed_stream", 502, -1, -1);
        row(K::ProviderUnreachable, "provider_unreachable", 502, -1, -1);
        row(K::ProviderTimeout, "provider_timeout", 504, -1, -1);
        row(K::Timeout, "timeout", 504, -1, -1);
        row(K::Cancelled, "cancelled", 503, -1, -1);
        row(K::StorageUnavailable, "storage_unavailable", 503, -1, -1);
        row(K::Storage, "storage_error", 500, -1, -1);
        row(K::ContextTooLarge, "context_too_large", 413, -1, -1);
    }

    void errorTable()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, code);
        QFETCH(int, status);
        QFETCH(int, hint);
        QFETCH(int, retryAfter);
        AgentError error(AgentError::Kind(kind), QStringLiteral("why"));
        error.retryAfterSecs = hint;
        QCOMPARE(error.code(), code);
        const HttpResponse response = ErrorTable::response(error);
        QCOMPARE(response.status, status);
        QByteArray header;
        for (const auto &h : response.headers) {
            if (h.first == "Retry-After")
                header = h.second;
        }
        QCOMPARE(header, retryAfter > 0 ? QByteArray::number(retryAfter) : QByteArray());
        const QJsonObject body = QJsonDocument::fromJson(response.body).object();
        QCOMPARE(body.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QString::fromLatin1(code));
        QCOMPARE(body.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString(),
                 QStringLiteral("why"));
    }

    void errorTableCoversEveryKind()
    {
        // Each kind is a row of errorTable_data; a new kind without a row fails here.
        QCOMPARE(AgentError::allKinds().size(), 19);
        QSet<QByteArray> codes;
        for (AgentError::Kind kind : AgentError::allKinds())
            codes.insert(AgentError::codeOf(kind));
        QCOMPARE(codes.size(), 19);
    }

    void timeoutShapeNamesTheSession()
    {
        AgentError error(AgentError::Kind::Timeout, QStringLiteral("late"));
        error.sessionId = QStringLiteral("s-1");
        const QJsonObject body = QJsonDocument::fromJson(ErrorTable::response(error).body).object();
        QCOMPARE(
            body.value(QStringLiteral("error")).toObject().value(QStringLiteral("session_id")).toString(),
            QStringLiteral("s-1"));
    }
};

QTEST_GUILESS_MAIN(TestAgent)
#include "tst_agent.moc"
