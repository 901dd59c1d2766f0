// The fake-llm program as integration tests use it: port on stdout, control and request log over
// HTTP, and the wire framing a real client sees.
#include "fakellm/FakeLlmBehaviour.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>
#include <QTest>

using namespace blufio::test;

class TestFakeLlm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void printsItsPortAndStreamsChunked();
    void controlAndRequestLog();
    void holdAndReleaseOverTheControlApi();
    void rejectsABadMode();
    void behaviourBySystemPrompt();

private:
    QString url(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path);
    }
    bool start(const QStringList &arguments);

    QProcess m_process;
    quint16 m_port = 0;
};

bool TestFakeLlm::start(const QStringList &arguments)
{
    m_process.start(binPath(QStringLiteral("fake-llm")),
                    QStringList {QStringLiteral("--port"), QStringLiteral("0")} + arguments);
    if (!m_process.waitForStarted(5000))
        return false;
    if (!QTest::qWaitFor([this] { return m_process.canReadLine(); }, 5000))
        return false;
    m_port = quint16(m_process.readLine().trimmed().toUInt());
    return m_port != 0;
}

void TestFakeLlm::init()
{
    m_port = 0;
}

void TestFakeLlm::cleanup()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void TestFakeLlm::printsItsPortAndStreamsChunked()
{
    QVERIFY2(start({QStringLiteral("--reply"), QStringLiteral("hi there")}),
             qPrintable(m_process.errorString()));
    const QByteArray body
        = R"({"model":"claude-haiku-4-5","max_tokens":10,"stream":true,"messages":[{"role":"user","content":"x"}]})";
    const QByteArray raw = rawExchange(m_port,
                                       "POST /v1/messages HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                                       "Content-Type: application/json\r\nContent-Length: "
                                           + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QVERIFY2(raw.startsWith("HTTP/1.1 200 OK\r\n"), raw.left(200).constData());
    QVERIFY(raw.contains("Content-Type: text/event-stream"));
    QVERIFY(raw.contains("Date: "));
    QVERIFY(raw.contains("event: message_start\ndata: {"));
    QVERIFY(raw.contains("\"text\":\" there\""));
    QVERIFY(raw.contains("event: message_stop"));
    // Chunked by default, with the terminating zero-length chunk.
    QVERIFY(raw.contains("Transfer-Encoding: chunked"));
    QVERIFY(raw.endsWith("0\r\n\r\n"));
}

void TestFakeLlm::controlAndRequestLog()
{
    QVERIFY(start({QStringLiteral("--api-key"), QStringLiteral("k1")}));
    // Wrong key: 401 in the OpenAI shape.
    HttpReply reply
        = http("POST", url(QStringLiteral("/v1/chat/completions")),
               R"({"model":"m","stream":true,"messages":[]})", {{"Authorization", "Bearer nope"}});
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.json()
                 .object()
                 .value(QLatin1String("error"))
                 .toObject()
                 .value(QLatin1String("code"))
                 .toString(),
             QStringLiteral("invalid_api_key"));

    // One 429, then back to ok.
    reply = http("POST", url(QStringLiteral("/_control")), R"({"mode":"429","retry_after":3,"once":true})");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().object().value(QLatin1String("queued")).toInt(), 1);
    reply = http("GET", url(QStringLiteral("/v1/models")), {}, {{"x-api-key", "k1"}});
    QCOMPARE(reply.status, 429);
    QCOMPARE(reply.headers.value("retry-after"), QByteArray("3"));
    QCOMPARE(reply.json()
                 .object()
                 .value(QLatin1String("error"))
                 .toObject()
                 .value(QLatin1String("type"))
                 .toString(),
             QStringLiteral("rate_limit_error"));
    reply = http("GET", url(QStringLiteral("/v1/models")), {}, {{"x-api-key", "k1"}});
    QCOMPARE(reply.status, 200);

    reply = http("GET", url(QStringLiteral("/_requests")));
    const QJsonArray requests = reply.json().object().value(QLatin1String("requests")).toArray();
    QCOMPARE(requests.size(), 3);
    const QJsonObject first = requests.at(0).toObject();
    QCOMPARE(first.value(QLatin1String("path")).toString(), QStringLiteral("/v1/chat/completions"));
    QCOMPARE(
        first.value(QLatin1String("headers")).toObject().value(QLatin1String("authorization")).toString(),
        QStringLiteral("Bearer nope"));
    QCOMPARE(first.value(QLatin1String("body")).toObject().value(QLatin1String("model")).toString(),
             QStringLiteral("m"));

    QCOMPARE(http("DELETE", url(QStringLiteral("/_requests"))).status, 200);
    reply = http("GET", url(QStringLiteral("/_requests")));
    QCOMPARE(reply.json().object().value(QLatin1String("requests")).toArray().size(), 0);
}

void TestFakeLlm::holdAndReleaseOverTheControlApi()
{
    // What a subprocess test of "the first delta arrives before the provider finished" needs.
    QVERIFY(start({}));
    QCOMPARE(
        http("POST", url(QStringLiteral("/_control")), R"({"hold_after_deltas":1,"reply":"one two three"})")
            .status,
        200);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_port);
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray body
        = R"({"model":"gpt-4o-mini","stream":true,"messages":[{"role":"user","content":"x"}]})";
    socket.write("POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                 "Content-Length: "
                 + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QByteArray received;
    QVERIFY(QTest::qWaitFor(
        [&] {
            socket.waitForReadyRead(50);
            received += socket.readAll();
            return received.contains("\"content\":\"one\"");
        },
        5000));
    QVERIFY(!received.contains("[DONE]"));
    QJsonObject state = http("GET", url(QStringLiteral("/_control"))).json().object();
    QCOMPARE(state.value(QLatin1String("held")).toInt(), 1);
    QCOMPARE(state.value(QLatin1String("completed")).toInt(), 0);

    QCOMPARE(http("POST", url(QStringLiteral("/_control")), R"({"release":true})").status, 200);
    QVERIFY(QTest::qWaitFor(
        [&] {
            socket.waitForReadyRead(50);
            received += socket.readAll();
            return received.endsWith("0\r\n\r\n");
        },
        5000));
    QVERIFY(received.contains("\"content\":\" three\""));
    QVERIFY(received.contains("\"prompt_tokens\""));
    QVERIFY(received.contains("data: [DONE]"));
    state = http("GET", url(QStringLiteral("/_control"))).json().object();
    QCOMPARE(state.value(QLatin1String("completed")).toInt(), 1);
}

void TestFakeLlm::rejectsABadMode()
{
    m_process.start(binPath(QStringLiteral("fake-llm")),
                    {QStringLiteral("--mode"), QStringLiteral("nonsense")});
    QVERIFY(m_process.waitForFinished(5000));
    QCOMPARE(m_process.exitCode(), 2);
}

void TestFakeLlm::behaviourBySystemPrompt()
{
    FakeLlmBehaviour b;
    QString error;
    QVERIFY(b.apply(QJsonObject {{QStringLiteral("system_contains"), QStringLiteral("summarising")},
                                 {QStringLiteral("when_system_contains"),
                                  QJsonObject {{QStringLiteral("mode"), QStringLiteral("500")},
                                               {QStringLiteral("reply"), QStringLiteral("S")}}}},
                    &error));
    QCOMPARE(b.forSystemPrompt(QStringLiteral("You are blufio.")).mode, FakeLlmBehaviour::Mode::Ok);
    const FakeLlmBehaviour matched = b.forSystemPrompt(QStringLiteral("You are summarising a chat."));
    QCOMPARE(matched.mode, FakeLlmBehaviour::Mode::ServerError);
    QCOMPARE(matched.reply, QStringLiteral("S"));
    QCOMPARE(b.toJson().value(QStringLiteral("system_contains")).toString(), QStringLiteral("summarising"));
    // The system prompt where each API puts it.
    QCOMPARE(FakeLlmBehaviour::systemPromptOf(QJsonObject {{QStringLiteral("system"), QStringLiteral("a")}}),
             QStringLiteral("a"));
    const QJsonArray openAi {QJsonObject {{QStringLiteral("role"), QStringLiteral("system")},
                                          {QStringLiteral("content"), QStringLiteral("b")}},
                             QJsonObject {{QStringLiteral("role"), QStringLiteral("user")},
                                          {QStringLiteral("content"), QStringLiteral("c")}}};
    QCOMPARE(FakeLlmBehaviour::systemPromptOf(QJsonObject {{QStringLiteral("messages"), openAi}}),
             QStringLiteral("b"));
    // A bad mode inside is refused like one outside.
    FakeLlmBehaviour bad;
    QVERIFY(!bad.apply(QJsonObject {{QStringLiteral("when_system_contains"),
                                     QJsonObject {{QStringLiteral("mode"), QStringLiteral("nonsense")}}}},
                       &error));
}

QTEST_GUILESS_MAIN(TestFakeLlm)
#include "tst_fakellm.moc"
