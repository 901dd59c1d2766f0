#include "fakellm/FakeLlmServer.h"
#include "support/TestSupport.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

#include <sys/socket.h>

using namespace blufio;
using namespace blufio::test;

namespace {
const QByteArray kToken = "test-token-0123456789abcdef";
const QByteArray kApiKey = "sk-test-fake";
const QByteArray kUpgradeHeaders
    = "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
      "Sec-WebSocket-Version: 13\r\n";

// A raw TCP client for exact bytes; it spins the event loop while it waits, so the in-process
// fake LLM keeps answering.
class RawClient
{
public:
    explicit RawClient(quint16 port)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        m_socket.waitForConnected(3000);
    }
    bool connected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }
    void halfClose() { ::shutdown(int(m_socket.socketDescriptor()), SHUT_WR); }
    // Everything received until `until` appears (empty: until the peer closes) or time is up.
    QByteArray readUntil(const QByteArray &until, int timeoutMs)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            if (!until.isEmpty() && m_data.contains(until))
                break;
            if (m_socket.state() != QAbstractSocket::ConnectedState && m_socket.bytesAvailable() == 0)
                break;
            if (!m_socket.waitForReadyRead(20))
                QCoreApplication::processEvents();
            m_data += m_socket.readAll();
        }
        m_data += m_socket.readAll();
        return m_data;
    }
    QByteArray readToClose(int timeoutMs) { return readUntil({}, timeoutMs); }
    bool closedByPeer() const { return m_socket.state() != QAbstractSocket::ConnectedState; }
    QTcpSocket &socket() { return m_socket; }

private:
    QTcpSocket m_socket;
    QByteArray m_data;
};

QByteArray bodyOf(const QByteArray &response)
{
    const qsizetype end = response.indexOf("\r\n\r\n");
    return end < 0 ? QByteArray() : response.mid(end + 4);
}
} // namespace

// Issue [7]: the HTTP front door attacked as the report did, through real sockets against the
// real blufiod (with the fake LLM in this process), and the daemon still serving afterwards.
class TestFrontDoor : public QObject
{
    Q_OBJECT

    FakeLlmServer m_fake;

    void startDaemon(DaemonProcess &d, const QByteArray &gateway = {}, const QByteArray &daemonKeys = {})
    {
        d.setDaemonKeys(daemonKeys);
        d.setExtraConfig("[providers.anthropic]\nbase_url = \"" + m_fake.anthropicBaseUrl().toUtf8()
                         + "\"\napi_key = \"" + kApiKey + "\"\n[gateway]\n" + gateway);
        QVERIFY2(d.start(), d.output().constData());
    }

    static void verifyStillServes(DaemonProcess &d)
    {
        QTRY_COMPARE_WITH_TIMEOUT(http("GET", d.url() + QStringLiteral("/health")).status, 200, 5000);
    }

    QWebSocket *openWebSocket(quint16 port, QObject *parent)
    {
        auto *ws = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, parent);
        QNetworkRequest request(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(port)));
        request.setRawHeader("Authorization", "Bearer " + kToken);
        QSignalSpy connected(ws, &QWebSocket::connected);
        ws->open(request);
        if (!connected.wait(5000)) {
            delete ws;
            return nullptr;
        }
        return ws;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fake.listen());
        m_fake.setExpectedApiKey(kApiKey);
    }

    void init()
    {
        m_fake.setBehaviour(FakeLlmBehaviour {});
        m_fake.clearRequests();
    }

    void smuggledUpgradesNeverUpgrade_data()
    {
        QTest::addColumn<QByteArray>("request");
        const QByteArray upgrade = "GET /ws HTTP/1.1\r\nHost: t\r\n" + kUpgradeHeaders + "\r\n";
        QTest::newRow("folded header")
            << ("GET /ws HTTP/1.1\r\nHost: t\r\nX-A: 1\r\n Upgrade: h2c\r\n" + kUpgradeHeaders + "\r\n");
        QTest::newRow("folded content-length")
            << ("POST /health HTTP/1.1\r\nHost: t\r\nX-A: 1\r\n Content-Length: "
                + QByteArray::number(upgrade.size()) + "\r\n\r\n" + upgrade);
        QTest::newRow("chunked trailer")
            << ("POST /health HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n" + upgrade);
        QTest::newRow("bare LF head") << ("POST /health HTTP/1.1\nContent-Length: "
                                          + QByteArray::number(upgrade.size()) + "\n\n" + upgrade);
        QTest::newRow("chunk extension")
            << ("POST /health HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1;x=\"\r\n\"\r\na\r\n0\r\n\r\n"
                + upgrade);
        QTest::newRow("unauthenticated then pipelined") << (upgrade + upgrade);
    }

    void smuggledUpgradesNeverUpgrade()
    {
        QFETCH(QByteArray, request);
        DaemonProcess d;
        startDaemon(d, "bearer_token = \"" + kToken + "\"\n");
        RawClient client(d.port());
        QVERIFY(client.connected());
        client.send(request);
        // Then what an attacker would send over an upgraded socket.
        client.send(QByteArray("\x81\x9c", 2) + QByteArray(4, '\0') + R"({"type":"message","content":"x"})");
        const QByteArray reply = client.readToClose(5000);
        QVERIFY2(reply.startsWith("HTTP/1.1 400") || reply.startsWith("HTTP/1.1 401"), reply.constData());
        QVERIFY2(!reply.contains("101 Switching"), reply.constData());
        QVERIFY2(client.closedByPeer(), "the connection is closed after the refusal");
        QCOMPARE(m_fake.requests().size(), 0);
        verifyStillServes(d);
    }

    void strictGrammarRefusals_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::newRow("two authorizations")
            << QByteArray("GET /v1/sessions HTTP/1.1\r\nAuthorization: Bearer " + kToken
                          + "\r\nAuthorization: Bearer x\r\n\r\n")
            << 400;
        QTest::newRow("65 header lines")
            << (QByteArray("GET /health HTTP/1.1\r\n") + QByteArray("X-A: 1\r\n").repeated(65) + "\r\n")
            << 431;
        QTest::newRow("101 header lines")
            << (QByteArray("GET /health HTTP/1.1\r\n") + QByteArray("X-A: 1\r\n").repeated(101) + "\r\n")
            << 431;
        QTest::newRow("space before colon") << QByteArray("GET /health HTTP/1.1\r\nHost : t\r\n\r\n") << 400;
        QTest::newRow("two hosts") << QByteArray("GET /health HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") << 400;
        QTest::newRow("chunk end bare LF")
            << QByteArray("POST /health HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1\r\na\r\n0\n\n")
            << 400;
        QTest::newRow("unknown method") << QByteArray("TRACE /health HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("encoded unreserved") << QByteArray("GET /%68ealth HTTP/1.1\r\n\r\n") << 400;
    }

    void strictGrammarRefusals()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        DaemonProcess d;
        startDaemon(d, "bearer_token = \"" + kToken + "\"\n");
        RawClient client(d.port());
        client.send(request);
        const QByteArray reply = client.readToClose(5000);
        QVERIFY2(reply.startsWith(QByteArray("HTTP/1.1 " + QByteArray::number(status))), reply.constData());
        QVERIFY2(bodyOf(reply).contains("\"code\""), "a JSON error body");
        QVERIFY(client.closedByPeer());
        verifyStillServes(d);
    }

    void pipelinedRepliesLeaveInOrder()
    {
        DaemonProcess d;
        startDaemon(d, "bearer_token = \"" + kToken + "\"\n");
        FakeLlmBehaviour slow;
        slow.delayMs = 60; // a reply of a dozen events: well over half a second
        m_fake.setBehaviour(slow);
        const QByteArray body = R"({"content": "first"})";
        RawClient client(d.port());
        // A slow message, then /health, then an Expect: 100-continue POST whose body is withheld,
        // all pipelined on one connection.
        client.send("POST /v1/messages HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer " + kToken
                    + "\r\nContent-Type: application/json\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\n\r\n" + body
                    + "GET /health HTTP/1.1\r\nHost: t\r\n\r\n"
                    + "POST /v1/messages HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer " + kToken
                    + "\r\nExpect: 100-continue\r\nConnection: close\r\nContent-Type: "
                      "application/json\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\n\r\n");
        QByteArray got = client.readUntil("100 Continue", 15000);
        const qsizetype messageReply = got.indexOf("\"session_id\"");
        const qsizetype healthReply = got.indexOf("\"uptime_secs\"");
        const qsizetype invitation = got.indexOf("HTTP/1.1 100 Continue");
        QVERIFY2(messageReply > 0 && healthReply > messageReply && invitation > healthReply, got.constData());
        client.send(body);
        // The last request asked to close: its reply still arrives whole before the close.
        got = client.readToClose(15000);
        QCOMPARE(got.count("HTTP/1.1 200 OK"), 3);
        QVERIFY(client.closedByPeer());
    }

    void headHasNoBody_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<bool>("auth");
        QTest::addColumn<int>("status");
        QTest::newRow("health") << QByteArray("/health") << false << 200;
        QTest::newRow("metrics") << QByteArray("/metrics") << false << 200;
        QTest::newRow("sessions") << QByteArray("/v1/sessions") << true << 200;
        QTest::newRow("sessions unauthenticated") << QByteArray("/v1/sessions") << false << 401;
        QTest::newRow("unknown path") << QByteArray("/nope") << false << 404;
        QTest::newRow("post-only route") << QByteArray("/v1/messages") << true << 405;
    }

    void headHasNoBody()
    {
        QFETCH(QByteArray, target);
        QFETCH(bool, auth);
        QFETCH(int, status);
        DaemonProcess d;
        startDaemon(d, "bearer_token = \"" + kToken + "\"\n");
        RawClient client(d.port());
        client.send("HEAD " + target + " HTTP/1.1\r\nHost: t\r\n"
                    + (auth ? "Authorization: Bearer " + kToken + "\r\n" : QByteArray())
                    + "\r\nGET /health HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
        const QByteArray got = client.readToClose(5000);
        QVERIFY2(got.startsWith(QByteArray("HTTP/1.1 " + QByteArray::number(status))), got.constData());
        // The HEAD reply's head is followed directly by the next reply: no body in between.
        const qsizetype headEnd = got.indexOf("\r\n\r\n");
        QVERIFY2(got.mid(headEnd + 4).startsWith("HTTP/1.1 200"), got.constData());
        QVERIFY2(got.left(headEnd).toLower().contains("content-length: "), "the GET's headers");
    }

    void webSocketsKeepNoSlots()
    {
        DaemonProcess d;
        startDaemon(d, "bearer_token = \"" + kToken + "\"\nmax_websockets = 8\n", "max_connections = 4\n");
        // More WebSocket sessions than there are connection slots, one after the other.
        for (int i = 0; i < 10; ++i) {
            QWebSocket *ws = openWebSocket(d.port(), this);
            QVERIFY2(ws, "upgrade accepted");
            QSignalSpy gone(ws, &QWebSocket::disconnected);
            ws->close();
            QVERIFY(gone.count() > 0 || gone.wait(5000));
            delete ws;
        }
        // And unauthenticated upgrades.
        for (int i = 0; i < 10; ++i) {
            const QByteArray refused
                = rawExchange(d.port(), "GET /ws HTTP/1.1\r\nHost: t\r\n" + kUpgradeHeaders + "\r\n");
            QVERIFY2(refused.startsWith("HTTP/1.1 401"), refused.constData());
        }
        verifyStillServes(d);
        // Open WebSockets count towards daemon.max_connections while they last.
        QList<QWebSocket *> open;
        for (int i = 0; i < 4; ++i) {
            QWebSocket *ws = openWebSocket(d.port(), this);
            QVERIFY(ws);
            open.append(ws);
        }
        QTRY_COMPARE_WITH_TIMEOUT(http("GET", d.url() + QStringLiteral("/health")).status, 503, 5000);
        qDeleteAll(open);
        verifyStillServes(d);
    }

    void webSocketCap()
    {
        DaemonProcess d;
        startDaemon(d, "bearer_token = \"" + kToken + "\"\nmax_websockets = 2\n");
        QWebSocket *a = openWebSocket(d.port(), this);
        QWebSocket *b = openWebSocket(d.port(), this);
        QVERIFY(a && b);
        const QByteArray third = rawExchange(d.port(),
                                             "GET /ws HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer " + kToken
                                                 + "\r\n" + kUpgradeHeaders + "\r\n");
        QVERIFY2(third.startsWith("HTTP/1.1 503") && third.contains("too_many_websockets"),
                 third.constData());
        QSignalSpy gone(a, &QWebSocket::disconnected);
        a->close();
        QVERIFY(gone.count() > 0 || gone.wait(5000));
        delete a;
        // The slot is free once the server side has seen the close.
        QWebSocket *c = nullptr;
        for (int attempt = 0; attempt < 20 && !c; ++attempt) {
            const QByteArray probe = rawExchange(d.port(),
                                                 "GET /ws HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer "
                                                     + kToken + "\r\n" + kUpgradeHeaders + "\r\n",
                                                 300);
            if (probe.startsWith("HTTP/1.1 101"))
                c = openWebSocket(d.port(), this);
            else
                QTest::qWait(100);
        }
        QVERIFY(c);
        delete b;
        delete c;
    }

    void webSocketMessageOverTheLimitCloses1009()
    {
        DaemonProcess d;
        startDaemon(d, "bearer_token = \"" + kToken + "\"\n", "max_body_bytes = 2048\n");
        QWebSocket *ws = openWebSocket(d.port(), this);
        QVERIFY(ws);
        QSignalSpy gone(ws, &QWebSocket::disconnected);
        ws->sendTextMessage(QString(4096, u'x'));
        QVERIFY(gone.wait(5000));
        QCOMPARE(int(ws->closeCode()), 1009);
        delete ws;
        verifyStillServes(d);
    }

    void silentWebSocketIsPingedAndClosed()
    {
        DaemonProcess d;
        startDaemon(d, "bearer_token = \"" + kToken + "\"\n", "idle_timeout_secs = 2\n");
        // A client that completes the handshake and then never answers anything.
        RawClient silent(d.port());
        silent.send("GET /ws HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer " + kToken + "\r\n"
                    + kUpgradeHeaders + "\r\n");
        QElapsedTimer t;
        t.start();
        const QByteArray got = silent.readToClose(12000);
        QVERIFY2(got.startsWith("HTTP/1.1 101"), got.constData());
        QVERIFY2(bodyOf(got).startsWith("\x89"), "pinged first");
        QVERIFY(silent.closedByPeer());
        QVERIFY2(t.elapsed() < 9000, "closed soon after the timeout");
        // A client that answers pings (QWebSocket does) stays connected past the timeout.
        QWebSocket *live = openWebSocket(d.port(), this);
        QVERIFY(live);
        QSignalSpy gone(live, &QWebSocket::disconnected);
        QVERIFY(!gone.wait(5000));
        delete live;
    }

    void incompleteRequestClosedAtIdleTimeout()
    {
        DaemonProcess d;
        startDaemon(d, "bearer_token = \"" + kToken + "\"\n", "idle_timeout_secs = 1\nmax_connections = 6\n");
        QList<RawClient *> clients;
        for (const QByteArray &partial :
             {QByteArray("GET /health HTTP/1.1\r\nHost: t\r\n"),
              QByteArray("POST /health HTTP/1.1\r\nContent-Length: 10\r\n\r\nabc"),
              QByteArray("POST /health HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab")}) {
            clients.append(new RawClient(d.port()));
            clients.last()->send(partial);
        }
        for (RawClient *c : std::as_const(clients)) {
            const QByteArray got = c->readToClose(5000);
            QVERIFY2(got.startsWith("HTTP/1.1 408"), got.constData());
            QVERIFY(c->closedByPeer());
        }
        qDeleteAll(clients);
        verifyStillServes(d);
    }

    void halfClosedClientFreesItsSlot()
    {
        DaemonProcess d;
        startDaemon(d, "bearer_token = \"" + kToken + "\"\n", "max_connections = 2\n");
        QList<RawClient *> clients;
        for (int i = 0; i < 2; ++i) {
            clients.append(new RawClient(d.port()));
            clients.last()->send("GET /heal");
            clients.last()->halfClose();
        }
        verifyStillServes(d);
        qDeleteAll(clients);
    }
};

QTEST_GUILESS_MAIN(TestFrontDoor)
#include "tst_frontdoor.moc"
