#include "BuildInfo.h"
#include "common/crypto/DeviceKey.h"
#include "fakellm/FakeLlmServer.h"
#include "support/TestSupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

#include <signal.h>

using namespace blufio;
using namespace blufio::test;

namespace {
const QByteArray kToken = "test-token-0123456789abcdef";
const QByteArray kApiKey = "sk-test-fake";

QHash<QByteArray, QByteArray> bearer(const QByteArray &token = kToken)
{
    return {{"Authorization", "Bearer " + token}};
}

QString errorCode(const HttpReply &r)
{
    return r.json()
        .object()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

QByteArray messageBody(const QString &content, const QString &session = {})
{
    QJsonObject o;
    o.insert(QStringLiteral("content"), content);
    if (!session.isEmpty())
        o.insert(QStringLiteral("session_id"), session);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QHash<QByteArray, QByteArray> signedHeaders(const DeviceKey &key, const QByteArray &method,
                                            const QByteArray &path, const QByteArray &body,
                                            qint64 now = QDateTime::currentSecsSinceEpoch())
{
    QHash<QByteArray, QByteArray> h;
    for (const auto &pair : RequestSigning::headers(key, method, path, body, now))
        h.insert(pair.first, pair.second);
    return h;
}

// Reads a raw HTTP exchange until `until` appears or the time is up.
QByteArray readUntil(QTcpSocket &socket, const QByteArray &until, int timeoutMs)
{
    QByteArray data;
    QElapsedTimer t;
    t.start();
    while (!data.contains(until) && t.elapsed() < timeoutMs) {
        if (!socket.waitForReadyRead(50))
            QCoreApplication::processEvents(); // let the in-process fake LLM run
        data += socket.readAll();
    }
    return data;
}
} // namespace

// The gateway as clients use it: a real blufiod, the fake LLM (in this process) speaking the
// Anthropic wire protocol, and real HTTP/WebSocket clients.
class TestGateway : public QObject
{
    Q_OBJECT

    FakeLlmServer m_fake;
    DeviceKey m_device = DeviceKey::generate();
    // One daemon for all rows of a data-driven test; reaped when the test case ends.
    std::unique_ptr<DaemonProcess> m_forgeriesDaemon;
    std::unique_ptr<DaemonProcess> m_failuresDaemon;

    QByteArray providerConfig() const
    {
        return "[providers.anthropic]\nbase_url = \"" + m_fake.anthropicBaseUrl().toUtf8()
            + "\"\napi_key = \"" + kApiKey + "\"\n";
    }

    void startDaemon(DaemonProcess &d, const QByteArray &extra = {}, const QByteArray &daemonKeys = {})
    {
        d.setDaemonKeys(daemonKeys);
        d.setExtraConfig(providerConfig() + "[gateway]\ndevice_keys = [\"" + m_device.publicKeyBase64()
                         + "\"]\n" + extra);
        QVERIFY2(d.start(), d.output().constData());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fake.listen());
        m_fake.setExpectedApiKey(kApiKey);
    }

    void cleanupTestCase()
    {
        m_forgeriesDaemon.reset();
        m_failuresDaemon.reset();
    }

    void init()
    {
        m_fake.setBehaviour(FakeLlmBehaviour {});
        m_fake.clearRequests();
    }

    void authForgeries_data()
    {
        QTest::addColumn<QString>("kind");
        for (const char *k : {"no credentials", "wrong token same length", "wrong token other length",
                              "basic auth", "empty bearer", "tampered method", "tampered path",
                              "tampered body", "stale timestamp", "future timestamp", "unknown key",
                              "malformed signature", "missing nonce", "short nonce", "replayed nonce"})
            QTest::newRow(k) << QString::fromLatin1(k);
    }

    void authForgeries()
    {
        QFETCH(QString, kind);
        if (!m_forgeriesDaemon) {
            m_forgeriesDaemon = std::make_unique<DaemonProcess>();
            startDaemon(*m_forgeriesDaemon);
        }
        DaemonProcess *d = m_forgeriesDaemon.get();
        const QString url = d->url() + QStringLiteral("/v1/messages");
        const QByteArray body = messageBody(QStringLiteral("hi"));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QHash<QByteArray, QByteArray> h;
        QByteArray method = "POST";
        if (kind == u"wrong token same length")
            h = bearer(QByteArray(kToken.size(), 'x'));
        else if (kind == u"wrong token other length")
            h = bearer(kToken + "extra");
        else if (kind == u"basic auth")
            h = {{"Authorization", "Basic " + QByteArray("user:" + kToken).toBase64()}};
        else if (kind == u"empty bearer")
            h = {{"Authorization", "Bearer "}};
        else if (kind == u"tampered method")
            h = signedHeaders(m_device, "GET", "/v1/messages", body);
        else if (kind == u"tampered path")
            h = signedHeaders(m_device, "POST", "/v1/sessions", body);
        else if (kind == u"tampered body")
            h = signedHeaders(m_device, "POST", "/v1/messages", messageBody(QStringLiteral("other")));
        else if (kind == u"stale timestamp")
            h = signedHeaders(m_device, "POST", "/v1/messages", body, now - 120);
        else if (kind == u"future timestamp")
            h = signedHeaders(m_device, "POST", "/v1/messages", body, now + 120);
        else if (kind == u"unknown key")
            h = signedHeaders(DeviceKey::generate(), "POST", "/v1/messages", body);
        else if (kind == u"malformed signature") {
            h = signedHeaders(m_device, "POST", "/v1/messages", body);
            h.insert("X-Blufio-Signature", "!!!not-base64!!!");
        } else if (kind == u"missing nonce") {
            h = signedHeaders(m_device, "POST", "/v1/messages", body);
            h.remove("X-Blufio-Nonce");
        } else if (kind == u"short nonce") {
            h = signedHeaders(m_device, "POST", "/v1/messages", body);
            h.insert("X-Blufio-Nonce", QByteArray("short").toBase64());
        } else if (kind == u"replayed nonce") {
            h = signedHeaders(m_device, "POST", "/v1/messages", body);
            QCOMPARE(http(method, url, body, h).status, 200); // the original goes through
        }
        const HttpReply r = http(method, url, body, h);
        QCOMPARE(r.status, 401);
        QCOMPARE(
            r.body,
            QByteArray(R"({"error":{"code":"unauthorized","message":"missing or invalid credentials"}})"));
        QVERIFY(r.headers.value("www-authenticate").startsWith("Bearer"));
    }

    void validCredentials()
    {
        DaemonProcess d;
        startDaemon(d);
        QCOMPARE(http("GET", d.url() + QStringLiteral("/v1/sessions"), {}, bearer()).status, 200);
        QCOMPARE(http("GET", d.url() + QStringLiteral("/v1/sessions"), {},
                      signedHeaders(m_device, "GET", "/v1/sessions", {}))
                     .status,
                 200);
        const QByteArray body = messageBody(QStringLiteral("signed hello"));
        const HttpReply r = http("POST", d.url() + QStringLiteral("/v1/messages"), body,
                                 signedHeaders(m_device, "POST", "/v1/messages", body));
        QCOMPARE(r.status, 200);
        // /health stays open; /v1/health does not.
        QCOMPARE(http("GET", d.url() + QStringLiteral("/v1/health")).status, 401);
        const HttpReply health = http("GET", d.url() + QStringLiteral("/v1/health"), {}, bearer());
        QCOMPARE(health.status, 200);
        const QJsonObject h = health.json().object();
        QCOMPARE(h.value(QStringLiteral("status")).toString(), QStringLiteral("healthy"));
        QCOMPARE(h.value(QStringLiteral("storage")).toObject().value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(h.value(QStringLiteral("provider")).toObject().value(QStringLiteral("configured")).toBool(),
                 true);
        QVERIFY(h.value(QStringLiteral("budget")).toObject().contains(QStringLiteral("daily")));
        QCOMPARE(h.value(QStringLiteral("build")).toObject().value(QStringLiteral("version")).toString(),
                 QStringLiteral(BLUFIO_VERSION));
        QCOMPARE(h.value(QStringLiteral("build")).toObject().value(QStringLiteral("commit")).toString(),
                 QStringLiteral(BLUFIO_GIT_COMMIT));
    }

    void conversation()
    {
        DaemonProcess d;
        startDaemon(d);
        const QString messages = d.url() + QStringLiteral("/v1/messages");
        const HttpReply first
            = http("POST", messages, messageBody(QStringLiteral("What is blufio?")), bearer());
        QCOMPARE(first.status, 200);
        const QJsonObject a = first.json().object();
        QCOMPARE(a.value(QStringLiteral("content")).toString(), FakeLlmBehaviour {}.reply);
        const QString session = a.value(QStringLiteral("session_id")).toString();
        QVERIFY(!session.isEmpty());
        QVERIFY(!a.value(QStringLiteral("id")).toString().isEmpty());
        QVERIFY(QDateTime::fromString(a.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs)
                    .isValid());
        QVERIFY(a.value(QStringLiteral("usage")).toObject().value(QStringLiteral("input_tokens")).toInt()
                > 0);
        QVERIFY(a.value(QStringLiteral("usage")).toObject().value(QStringLiteral("output_tokens")).toInt()
                > 0);
        QVERIFY(a.value(QStringLiteral("cost_usd")).toDouble() > 0); // claude-sonnet-4-5 has a price

        // The provider got the API key, the model and the system prompt.
        const FakeLlmRequest upstream = m_fake.lastRequest();
        QCOMPARE(upstream.header("x-api-key"), kApiKey);
        QCOMPARE(upstream.json().value(QStringLiteral("model")).toString(),
                 QStringLiteral("claude-sonnet-4-5"));
        QVERIFY(!upstream.json().value(QStringLiteral("system")).toString().isEmpty());

        const HttpReply second
            = http("POST", messages, messageBody(QStringLiteral("And why?"), session), bearer());
        QCOMPARE(second.status, 200);
        QCOMPARE(second.json().object().value(QStringLiteral("session_id")).toString(), session);
        // The history went upstream: user, assistant, user.
        const QJsonArray sent = m_fake.lastRequest().json().value(QStringLiteral("messages")).toArray();
        QCOMPARE(sent.size(), 3);
        QCOMPARE(sent.at(0).toObject().value(QStringLiteral("content")).toString(),
                 QStringLiteral("What is blufio?"));
        QCOMPARE(sent.at(1).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("assistant"));
        QCOMPARE(sent.at(2).toObject().value(QStringLiteral("content")).toString(),
                 QStringLiteral("And why?"));

        const HttpReply detail
            = http("GET", d.url() + QStringLiteral("/v1/sessions/") + session, {}, bearer());
        QCOMPARE(detail.status, 200);
        const QJsonArray stored = detail.json().object().value(QStringLiteral("messages")).toArray();
        QCOMPARE(stored.size(), 4);
        QCOMPARE(stored.at(0).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("user"));
        QCOMPARE(stored.at(3).toObject().value(QStringLiteral("role")).toString(),
                 QStringLiteral("assistant"));

        const HttpReply list = http("GET", d.url() + QStringLiteral("/v1/sessions"), {}, bearer());
        const QJsonObject listed
            = list.json().object().value(QStringLiteral("sessions")).toArray().at(0).toObject();
        QCOMPARE(listed.value(QStringLiteral("id")).toString(), session);
        QCOMPARE(listed.value(QStringLiteral("message_count")).toInt(), 4);

        const QByteArray metrics = http("GET", d.url() + QStringLiteral("/metrics")).body;
        QVERIFY(metrics.contains("blufio_messages_total{channel=\"http\"} 2"));
        QVERIFY(metrics.contains("blufio_tokens_total{model=\"claude-sonnet-4-5\",type=\"output\"}"));
        QVERIFY(metrics.contains("route=\"/v1/sessions/{id}\""));

        // A restart keeps the conversation.
        QCOMPARE(d.stop(), 0);
        QVERIFY2(d.start(), d.output().constData());
        QCOMPARE(http("GET", d.url() + QStringLiteral("/v1/sessions/") + session, {}, bearer())
                     .json()
                     .object()
                     .value(QStringLiteral("messages"))
                     .toArray()
                     .size(),
                 4);

        // Unknown sessions, bad input, deletion.
        QCOMPARE(http("POST", messages, messageBody(QStringLiteral("x"), QStringLiteral("no-such-session")),
                      bearer())
                     .status,
                 404);
        const HttpReply badJson = http("POST", messages, "{not json", bearer());
        QCOMPARE(badJson.status, 400);
        QCOMPARE(errorCode(badJson), QStringLiteral("invalid_json"));
        QCOMPARE(errorCode(http("POST", messages, R"({"content": 5})", bearer())),
                 QStringLiteral("invalid_request"));
        QCOMPARE(http("DELETE", d.url() + QStringLiteral("/v1/sessions/") + session, {}, bearer()).status,
                 204);
        QCOMPARE(http("GET", d.url() + QStringLiteral("/v1/sessions/") + session, {}, bearer()).status, 404);
        QCOMPARE(http("PUT", d.url() + QStringLiteral("/v1/sessions/") + session, {}, bearer()).status, 405);
    }

    void sseStreamsAsItArrives()
    {
        DaemonProcess d;
        startDaemon(d);
        FakeLlmBehaviour hold;
        hold.holdAfterDeltas = 1; // the fake stops after one delta until release()
        m_fake.setBehaviour(hold);
        const int heldBefore = m_fake.heldStreams();
        const int completedBefore = m_fake.completedResponses();
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, d.port());
        QVERIFY(socket.waitForConnected(3000));
        const QByteArray body = messageBody(QStringLiteral("stream please"));
        socket.write("POST /v1/messages HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer " + kToken
                     + "\r\nAccept: text/event-stream\r\nContent-Type: application/json\r\nContent-Length: "
                     + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        const QByteArray early = readUntil(socket, "event: text_delta", 10000);
        QVERIFY2(early.contains("event: text_delta"), early.constData());
        QVERIFY(early.contains("Content-Type: text/event-stream"));
        QVERIFY(early.contains("event: message_start"));
        QVERIFY(!early.contains("event: message_stop"));
        // The fake is holding the rest of its stream: it has not finished sending.
        QTRY_COMPARE_WITH_TIMEOUT(m_fake.heldStreams(), heldBefore + 1, 5000);
        QCOMPARE(m_fake.completedResponses(), completedBefore);
        m_fake.release();
        const QByteArray rest = readUntil(socket, "event: message_stop", 10000);
        QVERIFY2(rest.contains("event: message_stop"), rest.constData());
        QVERIFY(rest.contains("\"cost_usd\""));
    }

    void webSocket()
    {
        DaemonProcess d;
        startDaemon(d);
        // Without credentials: 401 and no upgrade.
        const QByteArray refused
            = rawExchange(d.port(),
                          "GET /ws HTTP/1.1\r\nHost: t\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                          "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
        QVERIFY2(refused.startsWith("HTTP/1.1 401"), refused.constData());
        QVERIFY(!refused.contains("101 Switching"));
        // A GET without Upgrade is told to upgrade.
        QCOMPARE(http("GET", d.url() + QStringLiteral("/ws"), {}, bearer()).status, 426);

        QWebSocket ws;
        QNetworkRequest request(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(d.port())));
        request.setRawHeader("Authorization", "Bearer " + kToken);
        QSignalSpy connected(&ws, &QWebSocket::connected);
        QStringList frames;
        connect(&ws, &QWebSocket::textMessageReceived, this,
                [&frames](const QString &f) { frames.append(f); });
        ws.open(request);
        QVERIFY(connected.wait(5000));
        ws.sendTextMessage(QStringLiteral(R"({"type": "message", "content": "hello over ws"})"));
        QTRY_VERIFY_WITH_TIMEOUT(
            !frames.isEmpty() && frames.last().contains(QStringLiteral("message_complete")), 10000);
        QVERIFY(frames.first().contains(QStringLiteral("\"type\":\"text_delta\"")));
        const QJsonObject done = QJsonDocument::fromJson(frames.last().toUtf8()).object();
        QCOMPARE(done.value(QStringLiteral("content")).toString(), FakeLlmBehaviour {}.reply);
        QVERIFY(!done.value(QStringLiteral("session_id")).toString().isEmpty());
        ws.sendTextMessage(QStringLiteral("not json"));
        QTRY_VERIFY_WITH_TIMEOUT(frames.last().contains(QStringLiteral("invalid_json")), 5000);
        ws.close();
    }

    // Qt 6.4 accepts "\ud800x" (a lone surrogate, not text); the daemon refuses unpaired surrogate
    // escapes on every route that reads a JSON body, and on WebSocket frames.
    void unpairedSurrogateEscapesAreInvalidJson()
    {
        DaemonProcess d;
        startDaemon(d);
        const QString messages = d.url() + QStringLiteral("/v1/messages");
        const HttpReply lone = http("POST", messages, R"({"content": "\ud800x"})", bearer());
        QCOMPARE(lone.status, 400);
        QCOMPARE(errorCode(lone), QStringLiteral("invalid_json"));
        const QString message = lone.json()
                                    .object()
                                    .value(QStringLiteral("error"))
                                    .toObject()
                                    .value(QStringLiteral("message"))
                                    .toString();
        QVERIFY2(message.contains(QLatin1String("offset 13")), qPrintable(message));
        QCOMPARE(errorCode(http("POST", messages, R"({"content": "a\udc00"})", bearer())),
                 QStringLiteral("invalid_json"));
        QCOMPARE(errorCode(http("POST", messages, R"({"content": "\ud83d\u0041"})", bearer())),
                 QStringLiteral("invalid_json"));
        // A proper pair, and an escaped backslash before "ud800" (text, not an escape), go through whole.
        const HttpReply pair = http("POST", messages, R"({"content": "smile \ud83d\ude00"})", bearer());
        QCOMPARE(pair.status, 200);
        const QString session = pair.json().object().value(QStringLiteral("session_id")).toString();
        const QJsonArray stored
            = http("GET", d.url() + QStringLiteral("/v1/sessions/") + session, {}, bearer())
                  .json()
                  .object()
                  .value(QStringLiteral("messages"))
                  .toArray();
        QCOMPARE(stored.at(0).toObject().value(QStringLiteral("content")).toString(),
                 QStringLiteral("smile \U0001F600"));
        QCOMPARE(http("POST", messages, R"({"content": "\\ud800x"})", bearer()).status, 200);

        QWebSocket ws;
        QNetworkRequest request(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(d.port())));
        request.setRawHeader("Authorization", "Bearer " + kToken);
        QSignalSpy connected(&ws, &QWebSocket::connected);
        QStringList frames;
        connect(&ws, &QWebSocket::textMessageReceived, this,
                [&frames](const QString &f) { frames.append(f); });
        ws.open(request);
        QVERIFY(connected.wait(5000));
        ws.sendTextMessage(QStringLiteral(R"({"type": "message", "content": "\udbff!"})"));
        QTRY_VERIFY_WITH_TIMEOUT(!frames.isEmpty(), 5000);
        const QJsonObject error = QJsonDocument::fromJson(frames.first().toUtf8()).object();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("invalid_json"));
        QVERIFY2(error.value(QStringLiteral("message")).toString().contains(QLatin1String("offset 32")),
                 qPrintable(frames.first()));
        ws.close();
    }

    void timeoutIs504AndTheReplyIsStoredLater()
    {
        DaemonProcess d;
        startDaemon(d, "request_timeout_secs = 1\n");
        FakeLlmBehaviour slow;
        slow.mode = FakeLlmBehaviour::Mode::Slow;
        slow.delayMs = 300; // ~10 events: about 3 s
        m_fake.setBehaviour(slow);
        const HttpReply r = http("POST", d.url() + QStringLiteral("/v1/messages"),
                                 messageBody(QStringLiteral("slowly")), bearer());
        QCOMPARE(r.status, 504);
        const QString session = r.json()
                                    .object()
                                    .value(QStringLiteral("error"))
                                    .toObject()
                                    .value(QStringLiteral("session_id"))
                                    .toString();
        QVERIFY(!session.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(
            http("GET", d.url() + QStringLiteral("/v1/sessions/") + session, {}, bearer())
                .json()
                .object()
                .value(QStringLiteral("messages"))
                .toArray()
                .size(),
            2, 15000);
    }

    void budgetExhaustedIs402()
    {
        DaemonProcess d;
        startDaemon(d, "[cost]\ndaily_budget_usd = 0.0000001\n");
        QCOMPARE(http("POST", d.url() + QStringLiteral("/v1/messages"), messageBody(QStringLiteral("one")),
                      bearer())
                     .status,
                 200);
        const HttpReply r = http("POST", d.url() + QStringLiteral("/v1/messages"),
                                 messageBody(QStringLiteral("two")), bearer());
        QCOMPARE(r.status, 402);
        QCOMPARE(errorCode(r), QStringLiteral("budget_exhausted"));
        const QString resets = r.json()
                                   .object()
                                   .value(QStringLiteral("error"))
                                   .toObject()
                                   .value(QStringLiteral("resets_at"))
                                   .toString();
        QCOMPARE(QDateTime::fromString(resets, Qt::ISODate).time(), QTime(0, 0));
        QVERIFY(http("GET", d.url() + QStringLiteral("/metrics"))
                    .body.contains("blufio_budget_remaining_usd{period=\"daily\"} 0"));
    }

    void memoryLimitRefusesNewSessionsOnly()
    {
        if (qEnvironmentVariableIsSet("BLUFIO_SKIP_JEMALLOC"))
            QSKIP("needs the allocator's heap figures (jemalloc): the ctest entry tst_gateway_jemalloc runs "
                  "it");
        DaemonProcess d;
        startDaemon(
            d, {},
            "memory_warn_mb = 1\nmemory_limit_mb = 2\nmemory_sample_secs = 1\nidle_timeout_secs = 60\n");
        const HttpReply first = http("POST", d.url() + QStringLiteral("/v1/messages"),
                                     messageBody(QStringLiteral("before")), bearer());
        QCOMPARE(first.status, 200);
        const QString session = first.json().object().value(QStringLiteral("session_id")).toString();
        const QList<QTcpSocket *> load = holdPartialRequests(d.port(), 200, 15000);
        auto release = qScopeGuard([&] { qDeleteAll(load); });
        QTRY_COMPARE_WITH_TIMEOUT(http("GET", d.url() + QStringLiteral("/health"))
                                      .json()
                                      .object()
                                      .value(QStringLiteral("accepting_sessions"))
                                      .toBool(),
                                  false, 5000);
        const HttpReply refused = http("POST", d.url() + QStringLiteral("/v1/messages"),
                                       messageBody(QStringLiteral("new")), bearer());
        QCOMPARE(refused.status, 503);
        QCOMPARE(errorCode(refused), QStringLiteral("memory_pressure"));
        QVERIFY(refused.headers.contains("retry-after"));
        QCOMPARE(http("POST", d.url() + QStringLiteral("/v1/messages"),
                      messageBody(QStringLiteral("still here"), session), bearer())
                     .status,
                 200);
        QVERIFY(http("GET", d.url() + QStringLiteral("/metrics"))
                    .body.contains("blufio_sessions_rejected_total{reason=\"memory\"} 1"));
    }

    void providerFailures_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("401") << int(FakeLlmBehaviour::Mode::Unauthorized) << 502 << "provider_unauthorized";
        QTest::newRow("429") << int(FakeLlmBehaviour::Mode::RateLimited) << 503 << "provider_rate_limited";
        QTest::newRow("500") << int(FakeLlmBehaviour::Mode::ServerError) << 502 << "provider_server_error";
        QTest::newRow("broken") << int(FakeLlmBehaviour::Mode::Broken) << 502 << "provider_unreachable";
        QTest::newRow("garbage") << int(FakeLlmBehaviour::Mode::Garbage) << 502
                                 << "provider_malformed_stream";
    }

    void providerFailures()
    {
        QFETCH(int, mode);
        QFETCH(int, status);
        QFETCH(QString, code);
        if (!m_failuresDaemon) {
            m_failuresDaemon = std::make_unique<DaemonProcess>();
            startDaemon(*m_failuresDaemon);
        }
        DaemonProcess *d = m_failuresDaemon.get();
        FakeLlmBehaviour b;
        b.mode = FakeLlmBehaviour::Mode(mode);
        m_fake.setBehaviour(b);
        const HttpReply r = http("POST", d->url() + QStringLiteral("/v1/messages"),
                                 messageBody(QStringLiteral("fail")), bearer());
        QCOMPARE(r.status, status);
        QCOMPARE(errorCode(r), code);
        QVERIFY(!r.json()
                     .object()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString()
                     .contains(QString::fromLatin1(kApiKey)));
        QVERIFY(http("GET", d->url() + QStringLiteral("/metrics"))
                    .body.contains(QByteArray("blufio_errors_total{type=\"" + code.toLatin1() + "\"}")));
        QCOMPARE(http("GET", d->url() + QStringLiteral("/health")).status, 200); // still alive
    }

    void providerNotConfigured()
    {
        DaemonProcess d;
        QVERIFY2(d.start(), d.output().constData());
        const HttpReply r = http("POST", d.url() + QStringLiteral("/v1/messages"),
                                 messageBody(QStringLiteral("hi")), bearer());
        QCOMPARE(r.status, 503);
        QCOMPARE(errorCode(r), QStringLiteral("provider_not_configured"));
        QVERIFY(r.body.contains("providers.anthropic.api_key"));
    }

    void clientDisconnectCancelsUpstream()
    {
        DaemonProcess d;
        startDaemon(d);
        FakeLlmBehaviour slow;
        slow.mode = FakeLlmBehaviour::Mode::Slow;
        slow.delayMs = 500;
        m_fake.setBehaviour(slow);
        const int closedBefore = m_fake.closedConnections();
        {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, d.port());
            QVERIFY(socket.waitForConnected(3000));
            const QByteArray body = messageBody(QStringLiteral("going away"));
            socket.write("POST /v1/messages HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer " + kToken
                         + "\r\nAccept: text/event-stream\r\nContent-Length: "
                         + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            QVERIFY(readUntil(socket, "event: text_delta", 10000).contains("text_delta"));
            socket.abort();
        }
        // The upstream call is cancelled (its connection closed) and the daemon lives on.
        QTRY_VERIFY_WITH_TIMEOUT(m_fake.closedConnections() > closedBefore, 5000);
        QCOMPARE(http("GET", d.url() + QStringLiteral("/health")).status, 200);
        // Also before any reply byte was written (non-streaming, deferred reply).
        {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, d.port());
            QVERIFY(socket.waitForConnected(3000));
            const QByteArray body = messageBody(QStringLiteral("gone before the reply"));
            socket.write("POST /v1/messages HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer " + kToken
                         + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            socket.waitForBytesWritten(1000);
            QTRY_VERIFY_WITH_TIMEOUT(m_fake.requests().size() >= 2, 5000);
            socket.abort();
        }
        QTest::qWait(1500);
        QCOMPARE(http("GET", d.url() + QStringLiteral("/health")).status, 200);
        QCOMPARE(d.process().state(), QProcess::Running);
    }

    void clientsLeavingWhileQueued()
    {
        // Turns cancelled while they wait finish synchronously inside the scheduler; many at once
        // once crashed it (re-entrant scheduling while the queue was walked).
        DaemonProcess d;
        startDaemon(d, "[agent]\nmax_concurrent = 1\nmax_queue = 1000\n");
        FakeLlmBehaviour slow;
        slow.mode = FakeLlmBehaviour::Mode::Slow;
        slow.delayMs = 100;
        m_fake.setBehaviour(slow);
        QList<QTcpSocket *> clients;
        for (int i = 0; i < 150; ++i) {
            auto *socket = new QTcpSocket(this);
            socket->connectToHost(QHostAddress::LocalHost, d.port());
            QVERIFY(socket->waitForConnected(3000));
            const QByteArray body = messageBody(QStringLiteral("queued %1").arg(i));
            socket->write("POST /v1/messages HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer " + kToken
                          + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            socket->waitForBytesWritten(1000);
            clients.append(socket);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!m_fake.requests().isEmpty(), 5000);
        for (QTcpSocket *socket : clients)
            socket->abort();
        qDeleteAll(clients);
        m_fake.setBehaviour(FakeLlmBehaviour {});
        QTRY_COMPARE_WITH_TIMEOUT(
            http("GET", d.url() + QStringLiteral("/metrics")).body.contains("\nblufio_queue_depth 0\n"), true,
            10000);
        QCOMPARE(d.process().state(), QProcess::Running);
        QCOMPARE(http("POST", d.url() + QStringLiteral("/v1/messages"), messageBody(QStringLiteral("after")),
                      bearer())
                     .status,
                 200);
    }

    void queueFullIs503()
    {
        DaemonProcess d;
        startDaemon(d, "[agent]\nmax_concurrent = 1\nmax_queue = 1\n");
        FakeLlmBehaviour hang;
        hang.mode = FakeLlmBehaviour::Mode::Hang;
        m_fake.setBehaviour(hang);
        QTcpSocket first;
        first.connectToHost(QHostAddress::LocalHost, d.port());
        QVERIFY(first.waitForConnected(3000));
        const QByteArray body = messageBody(QStringLiteral("occupying"));
        first.write("POST /v1/messages HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer " + kToken
                    + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QTRY_VERIFY_WITH_TIMEOUT(!m_fake.requests().isEmpty(), 5000);
        const HttpReply r = http("POST", d.url() + QStringLiteral("/v1/messages"),
                                 messageBody(QStringLiteral("one more")), bearer());
        QCOMPARE(r.status, 503);
        QCOMPARE(errorCode(r), QStringLiteral("queue_full"));
        QVERIFY(http("GET", d.url() + QStringLiteral("/metrics")).body.contains("blufio_queue_depth 1"));
    }

    void crashRecovery()
    {
        DaemonProcess d;
        startDaemon(d);
        FakeLlmBehaviour hold;
        hold.holdAfterDeltas = 1;
        m_fake.setBehaviour(hold);
        const int heldBefore = m_fake.heldStreams();
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, d.port());
        QVERIFY(socket.waitForConnected(3000));
        const QByteArray body = messageBody(QStringLiteral("answer me even if you crash"));
        socket.write("POST /v1/messages HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer " + kToken
                     + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QTRY_COMPARE_WITH_TIMEOUT(m_fake.heldStreams(), heldBefore + 1, 10000);
        ::kill(pid_t(d.pid()), SIGKILL);
        QVERIFY(d.waitForExit(5000));
        m_fake.release();
        m_fake.setBehaviour(FakeLlmBehaviour {});
        QVERIFY2(d.start(), d.output().constData());
        // The message was on disk before the crash; after the restart it gets its answer.
        const HttpReply list = http("GET", d.url() + QStringLiteral("/v1/sessions"), {}, bearer());
        const QString session = list.json()
                                    .object()
                                    .value(QStringLiteral("sessions"))
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(QStringLiteral("id"))
                                    .toString();
        QVERIFY(!session.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(
            http("GET", d.url() + QStringLiteral("/v1/sessions/") + session, {}, bearer())
                .json()
                .object()
                .value(QStringLiteral("messages"))
                .toArray()
                .size(),
            2, 10000);
        QVERIFY(d.output().contains("recovered the queue"));
    }

    void corsOnlyForListedOrigins()
    {
        DaemonProcess d;
        startDaemon(d, "cors_origins = [\"https://app.example\"]\n");
        const QHash<QByteArray, QByteArray> allowed {{"Origin", "https://app.example"},
                                                     {"Access-Control-Request-Method", "POST"}};
        const HttpReply ok = http("OPTIONS", d.url() + QStringLiteral("/v1/messages"), {}, allowed);
        QCOMPARE(ok.status, 204);
        QCOMPARE(ok.headers.value("access-control-allow-origin"), QByteArray("https://app.example"));
        const HttpReply denied
            = http("OPTIONS", d.url() + QStringLiteral("/v1/messages"), {},
                   {{"Origin", "https://evil.example"}, {"Access-Control-Request-Method", "POST"}});
        QCOMPARE(denied.status, 403);
        QVERIFY(!denied.headers.contains("access-control-allow-origin"));
        QHash<QByteArray, QByteArray> h = bearer();
        h.insert("Origin", "https://app.example");
        QCOMPARE(http("GET", d.url() + QStringLiteral("/v1/sessions"), {}, h)
                     .headers.value("access-control-allow-origin"),
                 QByteArray("https://app.example"));
        // Deferred replies (the agent answers later) carry it too, streamed or not.
        const HttpReply message
            = http("POST", d.url() + QStringLiteral("/v1/messages"), messageBody(QStringLiteral("cors")), h);
        QCOMPARE(message.status, 200);
        QCOMPARE(message.headers.value("access-control-allow-origin"), QByteArray("https://app.example"));
        h.insert("Accept", "text/event-stream");
        QCOMPARE(
            http("POST", d.url() + QStringLiteral("/v1/messages"), messageBody(QStringLiteral("cors sse")), h)
                .headers.value("access-control-allow-origin"),
            QByteArray("https://app.example"));
        h.insert("Origin", "https://evil.example");
        QVERIFY(
            !http("POST", d.url() + QStringLiteral("/v1/messages"), messageBody(QStringLiteral("no cors")), h)
                 .headers.contains("access-control-allow-origin"));
    }

    void pricesFromConfig()
    {
        DaemonProcess d;
        startDaemon(d, "[agent]\nprices = [\"claude-sonnet-4-5=1000,2000\"]\n");
        const QJsonObject r = http("POST", d.url() + QStringLiteral("/v1/messages"),
                                   messageBody(QStringLiteral("price me")), bearer())
                                  .json()
                                  .object();
        const QJsonObject usage = r.value(QStringLiteral("usage")).toObject();
        const double expected = (usage.value(QStringLiteral("input_tokens")).toDouble() * 1000
                                 + usage.value(QStringLiteral("output_tokens")).toDouble() * 2000)
            / 1e6;
        QVERIFY(expected > 0);
        QCOMPARE(r.value(QStringLiteral("cost_usd")).toDouble(), expected);

        DaemonProcess bad;
        bad.setExtraConfig(providerConfig() + "[agent]\nprices = [\"claude=cheap\"]\n");
        QVERIFY(!bad.start(5000));
        QVERIFY(bad.waitForExit(5000));
        QCOMPARE(bad.process().exitCode(), 78);
        QVERIFY(bad.output().contains("agent.prices"));
    }

    void sessionsAndHistoryPaginate()
    {
        // [8]: GET /v1/sessions?limit=N&cursor=C and GET /v1/sessions/{id}?limit=N&before=ID.
        DaemonProcess d;
        startDaemon(d, "bearer_token = \"" + kToken + "\"\n");
        QString session;
        for (int i = 0; i < 7; ++i) {
            const HttpReply r = http("POST", d.url() + QStringLiteral("/v1/messages"),
                                     messageBody(QStringLiteral("m%1").arg(i)), bearer());
            QCOMPARE(r.status, 200);
            session = r.json().object().value(QStringLiteral("session_id")).toString();
        }
        for (int i = 0; i < 2; ++i) // the last session gets 3 turns: 6 messages
            QCOMPARE(http("POST", d.url() + QStringLiteral("/v1/messages"),
                          messageBody(QStringLiteral("more"), session), bearer())
                         .status,
                     200);
        QStringList seen;
        QString cursor;
        int pages = 0;
        do {
            const HttpReply r
                = http("GET",
                       d.url() + QStringLiteral("/v1/sessions?limit=3")
                           + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor),
                       {}, bearer());
            QCOMPARE(r.status, 200);
            const QJsonObject o = r.json().object();
            const QJsonArray list = o.value(QStringLiteral("sessions")).toArray();
            QVERIFY(list.size() <= 3);
            for (const QJsonValue &v : list)
                seen.append(v.toObject().value(QStringLiteral("id")).toString());
            QVERIFY(o.contains(QStringLiteral("next_cursor")));
            cursor = o.value(QStringLiteral("next_cursor")).toString();
            ++pages;
        } while (!cursor.isEmpty() && pages < 10);
        QCOMPARE(pages, 3);
        QCOMPARE(seen.size(), 7);
        QCOMPARE(seen.first(), session); // newest updated first
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 7);
        // Bounds and a forged cursor.
        QCOMPARE(errorCode(http("GET", d.url() + QStringLiteral("/v1/sessions?cursor=bm90LWEtY3Vyc29y"), {},
                                bearer())),
                 QStringLiteral("invalid_cursor"));
        QCOMPARE(http("GET", d.url() + QStringLiteral("/v1/sessions?limit=501"), {}, bearer()).status, 400);
        QCOMPARE(http("GET", d.url() + QStringLiteral("/v1/sessions?limit=0"), {}, bearer()).status, 400);
        QCOMPARE(http("GET", d.url() + QStringLiteral("/v1/sessions?limit=500"), {}, bearer()).status, 200);
        // History: the latest N before a message id, oldest first, with has_more.
        const QJsonObject latest
            = http("GET", d.url() + QStringLiteral("/v1/sessions/%1?limit=4").arg(session), {}, bearer())
                  .json()
                  .object();
        const QJsonArray last4 = latest.value(QStringLiteral("messages")).toArray();
        QCOMPARE(last4.size(), 4);
        QVERIFY(latest.value(QStringLiteral("has_more")).toBool());
        QCOMPARE(last4.at(3).toObject().value(QStringLiteral("role")).toString(),
                 QStringLiteral("assistant"));
        const QString before = last4.at(0).toObject().value(QStringLiteral("id")).toString();
        const QJsonObject older
            = http("GET", d.url() + QStringLiteral("/v1/sessions/%1?limit=4&before=%2").arg(session, before),
                   {}, bearer())
                  .json()
                  .object();
        QCOMPARE(older.value(QStringLiteral("messages")).toArray().size(), 2);
        QVERIFY(!older.value(QStringLiteral("has_more")).toBool());
        const QJsonObject whole
            = http("GET", d.url() + QStringLiteral("/v1/sessions/%1").arg(session), {}, bearer())
                  .json()
                  .object();
        QCOMPARE(whole.value(QStringLiteral("messages")).toArray().size(), 6);
        QVERIFY(!whole.contains(QStringLiteral("has_more")));
        const HttpReply health = http("GET", d.url() + QStringLiteral("/v1/health"), {}, bearer());
        QCOMPARE(health.json()
                     .object()
                     .value(QStringLiteral("storage"))
                     .toObject()
                     .value(QStringLiteral("sessions_total"))
                     .toInt(),
                 7);
    }

    void invalidDeviceKeyIsAConfigError()
    {
        DaemonProcess d;
        d.setExtraConfig("[gateway]\ndevice_keys = [\"not-a-key\"]\n");
        QVERIFY(!d.start(5000));
        QVERIFY(d.waitForExit(5000));
        QCOMPARE(d.process().exitCode(), 78);
        QVERIFY(d.output().contains("gateway.device_keys"));
    }
};

QTEST_GUILESS_MAIN(TestGateway)
#include "tst_gateway.moc"
