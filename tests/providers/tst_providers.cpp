#include "fakellm/FakeLlmServer.h"
#include "support/TestSupport.h"

#include "common/config/Config.h"
#include "metrics/Metrics.h"
#include "providers/AnthropicProvider.h"
#include "providers/NetworkPool.h"
#include "providers/OpenAiProvider.h"
#include "providers/ProviderFactory.h"
#include "providers/StreamLimits.h"

#include <QJsonArray>
#include <QPointer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace blufio;
using blufio::test::FakeLlmBehaviour;
using blufio::test::FakeLlmServer;
using Kind = blufio::ProviderError::Kind;

namespace {

constexpr int waitMs = 10000;
const QByteArray apiKey = QByteArrayLiteral("sk-test-0123456789");

// One provider of the kind the current data row names, against a fresh fake.
struct Harness
{
    NetworkPool network;
    FakeLlmServer fake;
    std::unique_ptr<LlmProvider> provider;
    bool anthropic = true;

    explicit Harness(const QString &api) : anthropic(api == QLatin1String("anthropic"))
    {
        if (!fake.listen())
            qFatal("fake LLM cannot listen");
        if (anthropic)
            provider = std::make_unique<AnthropicProvider>(&network, QUrl(fake.anthropicBaseUrl()), apiKey);
        else
            provider = std::make_unique<OpenAiProvider>(&network, QUrl(fake.openAiBaseUrl()), apiKey);
    }
};

ProviderRequest sampleRequest()
{
    ProviderRequest request;
    request.model = QStringLiteral("claude-sonnet-4-5");
    request.maxTokens = 321;
    request.systemPrompt = QStringLiteral("You are terse.");
    request.messages = {{QStringLiteral("user"), QStringLiteral("What is 2+2?")},
                        {QStringLiteral("assistant"), QStringLiteral("4")},
                        {QStringLiteral("user"), QStringLiteral("And 3+3?")}};
    return request;
}

// The spies of one call, created before the event loop can deliver anything.
struct Watch
{
    QPointer<ProviderCall> call;
    QSignalSpy deltas;
    QSignalSpy finished;
    QSignalSpy failed;

    explicit Watch(ProviderCall *c)
        : call(c), deltas(c, &ProviderCall::textDelta), finished(c, &ProviderCall::finished),
          failed(c, &ProviderCall::failed)
    { }

    bool waitDone()
    {
        return QTest::qWaitFor([this] { return finished.count() + failed.count() > 0; }, waitMs);
    }
    // Empty values when the call ended the other way, so a wrong outcome fails a comparison
    // instead of crashing the test.
    ProviderResult result() const
    {
        return finished.isEmpty() ? ProviderResult() : finished.first().first().value<ProviderResult>();
    }
    ProviderError error() const
    {
        ProviderError none;
        none.kind = ProviderError::Kind::NotConfigured;
        none.message = QStringLiteral("(the call did not fail)");
        return failed.isEmpty() ? none : failed.first().first().value<ProviderError>();
    }
    QString joinedDeltas() const
    {
        QString out;
        for (const auto &args : deltas)
            out += args.first().toString();
        return out;
    }
};

void addApis()
{
    QTest::addColumn<QString>("api");
    QTest::newRow("anthropic") << QStringLiteral("anthropic");
    QTest::newRow("openai") << QStringLiteral("openai");
}

} // namespace

class TestProviders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void replyAndUsage_data() { addApis(); }
    void replyAndUsage();
    void closeDelimitedStream_data() { addApis(); }
    void closeDelimitedStream();
    void anthropicRequestShape();
    void openAiRequestShape();
    void firstDeltaBeforeTheFakeFinished_data() { addApis(); }
    void firstDeltaBeforeTheFakeFinished();
    void httpErrors_data();
    void httpErrors();
    void brokenStreamFails_data();
    void brokenStreamFails();
    void garbageIsMalformed_data() { addApis(); }
    void garbageIsMalformed();
    void errorEventInsideTheStream_data() { addApis(); }
    void errorEventInsideTheStream();
    void anthropicTextInBlockStart();
    void hugeReplyIsRefused_data();
    void hugeReplyIsRefused();
    void oversizedLineIsMalformed_data() { addApis(); }
    void oversizedLineIsMalformed();
    void wrongContentTypeIsABadResponse_data() { addApis(); }
    void wrongContentTypeIsABadResponse();
    void cancelFromADeltaSlot_data() { addApis(); }
    void cancelFromADeltaSlot();
    void deletingTheCallClosesTheUpstream();
    void destroyingTheProviderAbortsItsCalls();
    void metrics();
    void randomStreamsEndExactlyOnce_data() { addApis(); }
    void randomStreamsEndExactlyOnce();
    void cancelAbortsTheUpstream_data() { addApis(); }
    void cancelAbortsTheUpstream();
    void idleTimeout_data() { addApis(); }
    void idleTimeout();
    void maxDuration_data() { addApis(); }
    void maxDuration();
    void unreachable_data() { addApis(); }
    void unreachable();
    void sequentialCallsReuseTheProvider_data() { addApis(); }
    void sequentialCallsReuseTheProvider();
    void probe_data();
    void probe();
    void factory_data();
    void factory();
};

void TestProviders::initTestCase()
{
    qRegisterMetaType<ProviderResult>();
    qRegisterMetaType<ProviderError>();
}

void TestProviders::replyAndUsage()
{
    QFETCH(QString, api);
    Harness h(api);
    FakeLlmBehaviour behaviour;
    behaviour.reply = QStringLiteral("Four, then six. Ünïcödé ✓ survives.");
    behaviour.inputTokens = 42;
    behaviour.outputTokens = 7;
    behaviour.cacheReadTokens = 5;
    behaviour.cacheWriteTokens = 3;
    h.fake.setBehaviour(behaviour);

    Watch w(h.provider->start(sampleRequest()));
    QVERIFY(w.waitDone());
    QVERIFY2(w.failed.isEmpty(), w.failed.isEmpty() ? "" : qPrintable(w.error().message));
    const ProviderResult result = w.result();
    QCOMPARE(result.text, behaviour.reply);
    QCOMPARE(w.joinedDeltas(), behaviour.reply);
    QVERIFY(w.deltas.count() > 3);
    QCOMPARE(result.usage.inputTokens, 42);
    QCOMPARE(result.usage.outputTokens, 7);
    QCOMPARE(result.usage.cacheReadTokens, 5);
    // OpenAI reports no cache writes.
    QCOMPARE(result.usage.cacheWriteTokens, h.anthropic ? 3 : 0);
    QCOMPARE(result.model, QStringLiteral("claude-sonnet-4-5"));
    QCOMPARE(result.stopReason, h.anthropic ? QStringLiteral("end_turn") : QStringLiteral("stop"));
    QVERIFY(!result.id.isEmpty());
    QVERIFY(result.serverDate.isValid());
    QVERIFY(qAbs(result.serverDate.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    // The call cleans up after itself.
    QTRY_VERIFY_WITH_TIMEOUT(w.call.isNull(), waitMs);
}

void TestProviders::closeDelimitedStream()
{
    QFETCH(QString, api);
    Harness h(api);
    FakeLlmBehaviour behaviour;
    behaviour.closeDelimited = true;
    h.fake.setBehaviour(behaviour);
    Watch w(h.provider->start(sampleRequest()));
    QVERIFY(w.waitDone());
    QCOMPARE(w.failed.count(), 0);
    QCOMPARE(w.result().text, behaviour.reply);
}

void TestProviders::anthropicRequestShape()
{
    Harness h(QStringLiteral("anthropic"));
    Watch w(h.provider->start(sampleRequest()));
    QVERIFY(w.waitDone());
    QCOMPARE(h.fake.requests().size(), 1);
    const auto request = h.fake.lastRequest();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QByteArray("/v1/messages"));
    QCOMPARE(request.header("x-api-key"), apiKey);
    QCOMPARE(request.header("anthropic-version"), QByteArray("2023-06-01"));
    QVERIFY(request.header("content-type").startsWith("application/json"));
    QVERIFY(request.header("authorization").isEmpty());
    const QJsonObject body = request.json();
    QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("claude-sonnet-4-5"));
    QCOMPARE(body.value(QLatin1String("max_tokens")).toInt(), 321);
    QCOMPARE(body.value(QLatin1String("stream")).toBool(), true);
    QCOMPARE(body.value(QLatin1String("system")).toString(), QStringLiteral("You are terse."));
    const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
    QCOMPARE(messages.size(), 3);
    QCOMPARE(messages.at(0).toObject().value(QLatin1String("role")).toString(), QStringLiteral("user"));
    QCOMPARE(messages.at(1).toObject().value(QLatin1String("role")).toString(), QStringLiteral("assistant"));
    QCOMPARE(messages.at(1).toObject().value(QLatin1String("content")).toString(), QStringLiteral("4"));
    QCOMPARE(messages.at(2).toObject().value(QLatin1String("content")).toString(),
             QStringLiteral("And 3+3?"));

    // No system prompt: the key is left out, not sent empty (the API rejects an empty one).
    ProviderRequest bare = sampleRequest();
    bare.systemPrompt.clear();
    QVERIFY(!QJsonDocument::fromJson(AnthropicProvider::requestBody(bare))
                 .object()
                 .contains(QLatin1String("system")));
}

void TestProviders::openAiRequestShape()
{
    Harness h(QStringLiteral("openai"));
    Watch w(h.provider->start(sampleRequest()));
    QVERIFY(w.waitDone());
    const auto request = h.fake.lastRequest();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QByteArray("/v1/chat/completions"));
    QCOMPARE(request.header("authorization"), QByteArray("Bearer ") + apiKey);
    QVERIFY(request.header("x-api-key").isEmpty());
    QVERIFY(request.header("content-type").startsWith("application/json"));
    const QJsonObject body = request.json();
    QCOMPARE(body.value(QLatin1String("stream")).toBool(), true);
    QCOMPARE(
        body.value(QLatin1String("stream_options")).toObject().value(QLatin1String("include_usage")).toBool(),
        true);
    QCOMPARE(body.value(QLatin1String("max_tokens")).toInt(), 321);
    QVERIFY(!body.contains(QLatin1String("system")));
    const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
    QCOMPARE(messages.size(), 4);
    QCOMPARE(messages.at(0).toObject().value(QLatin1String("role")).toString(), QStringLiteral("system"));
    QCOMPARE(messages.at(0).toObject().value(QLatin1String("content")).toString(),
             QStringLiteral("You are terse."));
    QCOMPARE(messages.at(1).toObject().value(QLatin1String("content")).toString(),
             QStringLiteral("What is 2+2?"));
    QCOMPARE(messages.at(3).toObject().value(QLatin1String("role")).toString(), QStringLiteral("user"));
}

void TestProviders::firstDeltaBeforeTheFakeFinished()
{
    QFETCH(QString, api);
    Harness h(api);
    FakeLlmBehaviour behaviour;
    behaviour.holdAfterDeltas = 1;
    h.fake.setBehaviour(behaviour);

    Watch w(h.provider->start(sampleRequest()));
    QTRY_COMPARE_WITH_TIMEOUT(w.deltas.count(), 1, waitMs);
    // The fake is still holding the rest of the reply: the delta was not buffered until the end.
    QCOMPARE(h.fake.heldStreams(), 1);
    QCOMPARE(h.fake.completedResponses(), 0);
    QCOMPARE(w.finished.count(), 0);
    QCOMPARE(w.failed.count(), 0);

    h.fake.release();
    QVERIFY(w.waitDone());
    QCOMPARE(w.failed.count(), 0);
    QCOMPARE(w.result().text, behaviour.reply);
    QTRY_COMPARE_WITH_TIMEOUT(h.fake.completedResponses(), 1, waitMs);
}

void TestProviders::httpErrors_data()
{
    QTest::addColumn<QString>("api");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("retryAfter");
    QTest::addColumn<QString>("upstreamSays");

    for (const QString &api : {QStringLiteral("anthropic"), QStringLiteral("openai")}) {
        const bool anthropic = api == QLatin1String("anthropic");
        const QByteArray prefix = api.toLatin1() + ' ';
        QTest::newRow(QByteArray(prefix + "401").constData())
            << api << QStringLiteral("401") << int(Kind::Unauthorized) << 401 << -1
            << (anthropic ? QStringLiteral("invalid x-api-key") : QStringLiteral("Incorrect API key"));
        QTest::newRow(QByteArray(prefix + "429").constData())
            << api << QStringLiteral("429") << int(Kind::RateLimited) << 429 << 7
            << QStringLiteral("rate limit");
        QTest::newRow(QByteArray(prefix + "500").constData())
            << api << QStringLiteral("500") << int(Kind::ServerError) << 500 << -1 << QStringLiteral("error");
        QTest::newRow(QByteArray(prefix + "overloaded").constData())
            << api << QStringLiteral("529") << int(Kind::ServerError) << (anthropic ? 529 : 503) << -1
            << QStringLiteral("verloaded");
    }
}

void TestProviders::httpErrors()
{
    QFETCH(QString, api);
    QFETCH(QString, mode);
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(int, retryAfter);
    QFETCH(QString, upstreamSays);

    Harness h(api);
    h.fake.setMode(*FakeLlmBehaviour::parseMode(mode));
    Watch w(h.provider->start(sampleRequest()));
    QVERIFY(w.waitDone());
    QCOMPARE(w.finished.count(), 0);
    QCOMPARE(w.deltas.count(), 0);
    const ProviderError error = w.error();
    QCOMPARE(int(error.kind), kind);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.retryAfterSecs, retryAfter);
    QVERIFY2(error.upstreamMessage.contains(upstreamSays, Qt::CaseInsensitive),
             qPrintable(error.upstreamMessage));
    // The human message quotes the upstream and never the key.
    QVERIFY2(error.message.contains(upstreamSays, Qt::CaseInsensitive), qPrintable(error.message));
    QVERIFY(!error.message.contains(QString::fromLatin1(apiKey)));
    QVERIFY(error.code().startsWith(QLatin1String("provider_")));
}

void TestProviders::brokenStreamFails_data()
{
    QTest::addColumn<QString>("api");
    QTest::addColumn<bool>("closeDelimited");
    QTest::newRow("anthropic chunked") << QStringLiteral("anthropic") << false;
    QTest::newRow("anthropic close-delimited") << QStringLiteral("anthropic") << true;
    QTest::newRow("openai chunked") << QStringLiteral("openai") << false;
    QTest::newRow("openai close-delimited") << QStringLiteral("openai") << true;
}

void TestProviders::brokenStreamFails()
{
    QFETCH(QString, api);
    QFETCH(bool, closeDelimited);
    Harness h(api);
    FakeLlmBehaviour behaviour;
    behaviour.mode = FakeLlmBehaviour::Mode::Broken;
    behaviour.closeDelimited = closeDelimited;
    h.fake.setBehaviour(behaviour);

    Watch w(h.provider->start(sampleRequest()));
    QVERIFY(w.waitDone());
    QCOMPARE(w.finished.count(), 0);
    QCOMPARE(w.failed.count(), 1);
    QCOMPARE(w.deltas.count(), 2); // what arrived before the cut was still streamed
    QCOMPARE(w.error().kind, Kind::Network);
    QCOMPARE(w.error().httpStatus, 200);
    // Nothing more arrives later.
    QTRY_VERIFY_WITH_TIMEOUT(w.call.isNull(), waitMs);
    QCOMPARE(w.failed.count(), 1);
}

void TestProviders::garbageIsMalformed()
{
    QFETCH(QString, api);
    Harness h(api);
    h.fake.setMode(FakeLlmBehaviour::Mode::Garbage);
    Watch w(h.provider->start(sampleRequest()));
    QVERIFY(w.waitDone());
    QCOMPARE(w.finished.count(), 0);
    QCOMPARE(w.error().kind, Kind::MalformedStream);
    QCOMPARE(w.error().code(), QStringLiteral("provider_malformed_stream"));
}

void TestProviders::errorEventInsideTheStream()
{
    QFETCH(QString, api);
    Harness h(api);
    h.fake.setMode(FakeLlmBehaviour::Mode::StreamError);
    Watch w(h.provider->start(sampleRequest()));
    QVERIFY(w.waitDone());
    QCOMPARE(w.finished.count(), 0);
    QCOMPARE(w.deltas.count(), 2);
    QCOMPARE(w.error().kind, Kind::ServerError);
    QVERIFY(!w.error().upstreamMessage.isEmpty());
}

void TestProviders::cancelAbortsTheUpstream()
{
    QFETCH(QString, api);
    Harness h(api);
    h.fake.setMode(FakeLlmBehaviour::Mode::Hang);
    QSignalSpy received(&h.fake, &FakeLlmServer::requestReceived);
    Watch w(h.provider->start(sampleRequest()));
    QVERIFY(received.wait(waitMs));
    QCOMPARE(h.fake.openConnections(), 1);

    w.call->cancel();
    QCOMPARE(w.failed.count(), 1);
    QCOMPARE(w.error().kind, Kind::Cancelled);
    QCOMPARE(w.finished.count(), 0);
    // The upstream connection is really closed, not left to time out.
    QTRY_COMPARE_WITH_TIMEOUT(h.fake.closedConnections(), 1, waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(w.call.isNull(), waitMs);
    QCOMPARE(w.failed.count(), 1);
}

void TestProviders::idleTimeout()
{
    QFETCH(QString, api);
    Harness h(api);
    h.fake.setMode(FakeLlmBehaviour::Mode::Hang);
    h.provider->setIdleTimeoutMs(300);
    Watch w(h.provider->start(sampleRequest()));
    QVERIFY(w.waitDone());
    QCOMPARE(w.error().kind, Kind::Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(h.fake.closedConnections(), 1, waitMs);
}

void TestProviders::maxDuration()
{
    QFETCH(QString, api);
    Harness h(api);
    FakeLlmBehaviour behaviour;
    behaviour.delayMs = 100; // steady bytes: the idle timeout never fires
    h.fake.setBehaviour(behaviour);
    h.provider->setMaxDurationMs(350);
    Watch w(h.provider->start(sampleRequest()));
    QVERIFY(w.waitDone());
    QCOMPARE(w.error().kind, Kind::Timeout);
    QVERIFY(w.deltas.count() >= 1);
    QVERIFY(w.error().message.contains(QLatin1String("finish")));
    QTRY_COMPARE_WITH_TIMEOUT(h.fake.closedConnections(), 1, waitMs);
}

void TestProviders::unreachable()
{
    QFETCH(QString, api);
    NetworkPool network;
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/v1").arg(test::freePort()));
    std::unique_ptr<LlmProvider> provider;
    if (api == QLatin1String("anthropic"))
        provider = std::make_unique<AnthropicProvider>(&network, url, apiKey);
    else
        provider = std::make_unique<OpenAiProvider>(&network, url, apiKey);
    Watch w(provider->start(sampleRequest()));
    QVERIFY(w.waitDone());
    QCOMPARE(w.error().kind, Kind::Network);
    QCOMPARE(w.error().httpStatus, 0);
    QVERIFY(w.error().isTransient());
}

void TestProviders::sequentialCallsReuseTheProvider()
{
    QFETCH(QString, api);
    Harness h(api);
    h.fake.enqueue([] {
        FakeLlmBehaviour b;
        b.reply = QStringLiteral("first");
        return b;
    }());
    h.fake.enqueue([] {
        FakeLlmBehaviour b;
        b.mode = FakeLlmBehaviour::Mode::ServerError;
        return b;
    }());
    Watch first(h.provider->start(sampleRequest()));
    QVERIFY(first.waitDone());
    QCOMPARE(first.result().text, QStringLiteral("first"));
    Watch second(h.provider->start(sampleRequest()));
    QVERIFY(second.waitDone());
    QCOMPARE(second.error().kind, Kind::ServerError);
    Watch third(h.provider->start(sampleRequest()));
    QVERIFY(third.waitDone());
    QCOMPARE(third.result().text, FakeLlmBehaviour().reply);
    QCOMPARE(h.fake.requests().size(), 3);
}

void TestProviders::probe_data()
{
    QTest::addColumn<QString>("api");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("kind");
    for (const QString &api : {QStringLiteral("anthropic"), QStringLiteral("openai")}) {
        const QByteArray prefix = api.toLatin1() + ' ';
        QTest::newRow(QByteArray(prefix + "ok").constData()) << api << QStringLiteral("ok") << true << 0;
        QTest::newRow(QByteArray(prefix + "401").constData())
            << api << QStringLiteral("401") << false << int(Kind::Unauthorized);
        QTest::newRow(QByteArray(prefix + "500").constData())
            << api << QStringLiteral("500") << false << int(Kind::ServerError);
    }
}

void TestProviders::probe()
{
    QFETCH(QString, api);
    QFETCH(QString, mode);
    QFETCH(bool, ok);
    QFETCH(int, kind);
    Harness h(api);
    h.fake.setMode(*FakeLlmBehaviour::parseMode(mode));
    Watch w(h.provider->probe());
    QVERIFY(w.waitDone());
    const auto request = h.fake.lastRequest();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.path, QByteArray("/v1/models"));
    if (h.anthropic) {
        QCOMPARE(request.header("x-api-key"), apiKey);
        QCOMPARE(request.header("anthropic-version"), QByteArray("2023-06-01"));
    } else {
        QCOMPARE(request.header("authorization"), QByteArray("Bearer ") + apiKey);
    }
    QCOMPARE(w.finished.count(), ok ? 1 : 0);
    if (ok) {
        QCOMPARE(w.result().stopReason, QStringLiteral("probe"));
        QVERIFY(w.result().serverDate.isValid());
    } else {
        QCOMPARE(int(w.error().kind), kind);
    }
}

void TestProviders::factory_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expectedName"); // empty: not configured
    QTest::addColumn<QString>("missingKey");

    QTest::newRow("anthropic ok") << QStringLiteral("anthropic") << QString() << QStringLiteral("sk-ant")
                                  << QStringLiteral("anthropic") << QString();
    QTest::newRow("anthropic no key") << QStringLiteral("anthropic") << QString() << QString() << QString()
                                      << QStringLiteral("providers.anthropic.api_key");
    QTest::newRow("anthropic unresolved vault")
        << QStringLiteral("anthropic") << QString() << QStringLiteral("vault:anthropic") << QString()
        << QStringLiteral("providers.anthropic.api_key");
    QTest::newRow("anthropic bad url")
        << QStringLiteral("anthropic") << QStringLiteral("ftp://example.com") << QStringLiteral("sk-ant")
        << QString() << QStringLiteral("providers.anthropic.base_url");
    QTest::newRow("openai no url") << QStringLiteral("openai") << QString() << QStringLiteral("sk-oa")
                                   << QString() << QStringLiteral("providers.openai.base_url");
    QTest::newRow("openai ok") << QStringLiteral("openai") << QStringLiteral("https://api.openai.com/v1")
                               << QStringLiteral("sk-oa") << QStringLiteral("openai") << QString();
    QTest::newRow("openai needs key")
        << QStringLiteral("openai") << QStringLiteral("https://api.openai.com/v1") << QString() << QString()
        << QStringLiteral("providers.openai.api_key");
    QTest::newRow("local server, no key")
        << QStringLiteral("openai") << QStringLiteral("http://127.0.0.1:8080/v1") << QString()
        << QStringLiteral("openai") << QString();
}

void TestProviders::factory()
{
    QFETCH(QString, provider);
    QFETCH(QString, baseUrl);
    QFETCH(QString, key);
    QFETCH(QString, expectedName);
    QFETCH(QString, missingKey);

    Config config;
    config.set(QStringLiteral("agent.provider"), ConfigEntry {provider, ConfigSource::File, {}});
    if (!baseUrl.isNull())
        config.set(QStringLiteral("providers.%1.base_url").arg(provider),
                   ConfigEntry {baseUrl, ConfigSource::File, {}});
    if (!key.isNull())
        config.set(QStringLiteral("providers.%1.api_key").arg(provider),
                   ConfigEntry {key, ConfigSource::File, {}});
    NetworkPool network;
    const Result<std::unique_ptr<LlmProvider>> setup = createProvider(config, &network);
    if (expectedName.isEmpty()) {
        QVERIFY(!setup.ok());
        QCOMPARE(setup.code(), ErrorCode::Config);
        // What the agent answers requests with while there is no provider.
        const ProviderError error = ProviderError::notConfigured(setup.error());
        QCOMPARE(error.kind, Kind::NotConfigured);
        QCOMPARE(error.configKey, missingKey);
        QVERIFY2(error.message.contains(missingKey), qPrintable(error.message));
        QCOMPARE(error.message, setup.errorMessage());
        QCOMPARE(error.code(), QStringLiteral("provider_not_configured"));
    } else {
        QVERIFY2(setup.ok(), qPrintable(setup.errorMessage()));
        QCOMPARE((*setup)->name(), expectedName);
    }
}

void TestProviders::anthropicTextInBlockStart()
{
    // Text that arrives in content_block_start (no text_delta at all) is the reply, streamed too.
    Harness h(QStringLiteral("anthropic"));
    FakeLlmBehaviour behaviour;
    behaviour.reply = QStringLiteral("Blocks carry text ✓ as well.");
    behaviour.textInBlockStart = true;
    h.fake.setBehaviour(behaviour);
    Watch w(h.provider->start(sampleRequest()));
    QVERIFY(w.waitDone());
    QCOMPARE(w.error().kind, Kind::NotConfigured); // did not fail
    QCOMPARE(w.result().text, behaviour.reply);
    QCOMPARE(w.joinedDeltas(), behaviour.reply);
    QCOMPARE(w.deltas.count(), 6); // one per block: "Blocks", " carry", ...
}

void TestProviders::hugeReplyIsRefused_data()
{
    QTest::addColumn<QString>("api");
    QTest::addColumn<bool>("inBlockStart");
    QTest::newRow("anthropic text_delta") << QStringLiteral("anthropic") << false;
    QTest::newRow("anthropic content_block_start") << QStringLiteral("anthropic") << true;
    QTest::newRow("openai") << QStringLiteral("openai") << false;
}

void TestProviders::hugeReplyIsRefused()
{
    QFETCH(QString, api);
    QFETCH(bool, inBlockStart);
    Harness h(api);
    // Nine pieces of a million characters: each event stays under the 1 MiB line bound, the sum
    // passes the 8 Mi-character reply cap, so only the cap can stop it.
    const QString word(1000 * 1000, u'x');
    QStringList words;
    for (int i = 0; i < 9; ++i)
        words.append(word);
    FakeLlmBehaviour behaviour;
    behaviour.reply = words.join(u' ');
    QVERIFY(behaviour.reply.size() > StreamLimits::maxReplyChars);
    behaviour.textInBlockStart = inBlockStart;
    h.fake.setBehaviour(behaviour);
    Watch w(h.provider->start(sampleRequest()));
    QVERIFY(w.waitDone());
    QCOMPARE(w.finished.count(), 0);
    QCOMPARE(w.error().kind, Kind::BadResponse);
    QVERIFY2(w.error().message.contains(QLatin1String("exceeds")), qPrintable(w.error().message));
    // Everything let through before the refusal stayed under the cap.
    QVERIFY(w.joinedDeltas().size() <= StreamLimits::maxReplyChars);
    QCOMPARE(w.deltas.count(), 8);
}

void TestProviders::oversizedLineIsMalformed()
{
    QFETCH(QString, api);
    Harness h(api);
    h.fake.setMode(FakeLlmBehaviour::Mode::Oversized);
    Watch w(h.provider->start(sampleRequest()));
    QVERIFY(w.waitDone());
    QCOMPARE(w.finished.count(), 0);
    QCOMPARE(w.error().kind, Kind::MalformedStream);
    // The call stopped reading: the connection is dropped rather than drained.
    QTRY_COMPARE_WITH_TIMEOUT(h.fake.closedConnections(), 1, waitMs);
}

void TestProviders::wrongContentTypeIsABadResponse()
{
    QFETCH(QString, api);
    Harness h(api);
    h.fake.setMode(FakeLlmBehaviour::Mode::Html);
    Watch w(h.provider->start(sampleRequest()));
    QVERIFY(w.waitDone());
    QCOMPARE(w.error().kind, Kind::BadResponse);
    QCOMPARE(w.error().httpStatus, 200);
    QVERIFY2(w.error().message.contains(QLatin1String("text/html")), qPrintable(w.error().message));
}

void TestProviders::cancelFromADeltaSlot()
{
    QFETCH(QString, api);
    Harness h(api);
    FakeLlmBehaviour behaviour;
    behaviour.delayMs = 20;
    h.fake.setBehaviour(behaviour);
    ProviderCall *call = h.provider->start(sampleRequest());
    Watch w(call);
    // As a client disconnect does: cancel while the call is delivering a delta.
    connect(call, &ProviderCall::textDelta, call, &ProviderCall::cancel);
    QVERIFY(w.waitDone());
    QCOMPARE(w.deltas.count(), 1);
    QCOMPARE(w.finished.count(), 0);
    QCOMPARE(w.error().kind, Kind::Cancelled);
    QTRY_COMPARE_WITH_TIMEOUT(h.fake.closedConnections(), 1, waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(w.call.isNull(), waitMs);
    QCOMPARE(w.failed.count(), 1);
    QCOMPARE(h.fake.completedResponses(), 0);
}

void TestProviders::deletingTheCallClosesTheUpstream()
{
    Harness h(QStringLiteral("anthropic"));
    h.fake.setMode(FakeLlmBehaviour::Mode::Hang);
    QSignalSpy received(&h.fake, &FakeLlmServer::requestReceived);
    Watch w(h.provider->start(sampleRequest()));
    QVERIFY(received.wait(waitMs));
    delete w.call.data();
    QTRY_COMPARE_WITH_TIMEOUT(h.fake.closedConnections(), 1, waitMs);
    QCOMPARE(w.failed.count() + w.finished.count(), 0);
}

void TestProviders::destroyingTheProviderAbortsItsCalls()
{
    Harness h(QStringLiteral("openai"));
    h.fake.setMode(FakeLlmBehaviour::Mode::Hang);
    QSignalSpy received(&h.fake, &FakeLlmServer::requestReceived);
    Watch first(h.provider->start(sampleRequest()));
    Watch second(h.provider->start(sampleRequest()));
    QTRY_COMPARE_WITH_TIMEOUT(received.count(), 2, waitMs);
    h.provider.reset();
    QVERIFY(first.call.isNull());
    QVERIFY(second.call.isNull());
    QTRY_COMPARE_WITH_TIMEOUT(h.fake.closedConnections(), 2, waitMs);
}

void TestProviders::metrics()
{
    Metrics metrics(QStringLiteral("test"));
    Harness h(QStringLiteral("anthropic"));
    h.provider->setMetrics(&metrics);
    const auto up = [&metrics] {
        return metrics.dependencyUp(QStringLiteral("provider")).Value();
    };

    Watch ok(h.provider->start(sampleRequest()));
    QVERIFY(ok.waitDone());
    QCOMPARE(up(), 1.0);
    QVERIFY(metrics.render().contains("blufio_provider_request_duration_seconds_count 1"));

    h.fake.enqueue([] {
        FakeLlmBehaviour b;
        b.mode = FakeLlmBehaviour::Mode::ServerError;
        return b;
    }());
    Watch down(h.provider->start(sampleRequest()));
    QVERIFY(down.waitDone());
    QCOMPARE(up(), 0.0);
    // Failures are not latency samples.
    QVERIFY(metrics.render().contains("blufio_provider_request_duration_seconds_count 1"));

    Watch probe(h.provider->probe());
    QVERIFY(probe.waitDone());
    QCOMPARE(up(), 1.0);
}

void TestProviders::randomStreamsEndExactlyOnce()
{
    QFETCH(QString, api);
    // Well-formed pieces of both wire formats mixed with wrong types, absurd numbers and noise,
    // in random order: whatever arrives, a call ends exactly once and nothing crashes.
    static const QByteArrayList pieces = {
        "event: content_block_delta\n",
        "data: {\"type\":\"content_block_delta\",\"delta\":{\"type\":\"text_delta\",\"text\":\"x\"}}\n",
        "data: {\"type\":\"content_block_delta\",\"delta\":{\"type\":\"text_delta\",\"text\":7}}\n",
        "event: message_start\ndata: "
        "{\"message\":{\"usage\":{\"input_tokens\":-5,\"output_tokens\":1e300}}}\n",
        "event: message_delta\ndata: {\"usage\":{\"output_tokens\":\"many\"},\"delta\":[]}\n",
        "event: message_stop\ndata: {}\n",
        "event: error\ndata: {\"error\":\"flat\"}\n",
        "data: {\"choices\":[{\"delta\":{\"content\":null},\"finish_reason\":3}]}\n",
        "data: {\"choices\":\"not an "
        "array\",\"usage\":{\"prompt_tokens\":2,\"prompt_tokens_details\":{\"cached_tokens\":9}}}\n",
        "data: {\"choices\":[{\"delta\":{\"content\":\"y\"}}]}\n",
        "data: {\"error\":5}\n",
        "data: [DONE]\n",
        "data: [1,2,3]\n",
        ": comment\n",
        "\n",
        "\r",
        "\n\n",
        "\xff\x00\xfe",
        "data: {\"unterminated\": \"",
    };
    QRandomGenerator random(api == QLatin1String("anthropic") ? 7 : 11);
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    connect(&server, &QTcpServer::newConnection, &server, [&server, &random] {
        QTcpSocket *socket = server.nextPendingConnection();
        QByteArray stream;
        const int count = int(random.bounded(40));
        for (int i = 0; i < count; ++i)
            stream += pieces.at(random.bounded(int(pieces.size())));
        connect(socket, &QTcpSocket::readyRead, socket, [socket, stream] {
            socket->readAll();
            if (socket->property("answered").toBool())
                return;
            socket->setProperty("answered", true);
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n"
                          + stream);
            socket->disconnectFromHost();
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    });

    NetworkPool network;
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/v1").arg(server.serverPort()));
    std::unique_ptr<LlmProvider> provider;
    if (api == QLatin1String("anthropic"))
        provider = std::make_unique<AnthropicProvider>(&network, url, apiKey);
    else
        provider = std::make_unique<OpenAiProvider>(&network, url, apiKey);
    for (int round = 0; round < 60; ++round) {
        Watch w(provider->start(sampleRequest()));
        QVERIFY(w.waitDone());
        QTRY_VERIFY_WITH_TIMEOUT(w.call.isNull(), waitMs);
        QCOMPARE(w.finished.count() + w.failed.count(), 1);
        if (!w.finished.isEmpty()) {
            QCOMPARE(w.result().text, w.joinedDeltas());
            QVERIFY(w.result().usage.inputTokens >= 0);
            QVERIFY(w.result().usage.outputTokens >= 0);
        }
    }
}

QTEST_GUILESS_MAIN(TestProviders)
#include "tst_providers.moc"
