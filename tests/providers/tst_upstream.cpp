#include "fakellm/FakeLlmServer.h"
#include "metrics/TestCertificates.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include <memory>
#include <vector>

using namespace blufio;
using namespace blufio::test;

namespace {

const QByteArray kToken = "test-token-0123456789abcdef"; // DaemonProcess sets it
const QByteArray kApiKey = "sk-test-upstream";
constexpr int waitMs = 20000;

QByteArray messageRequest(const QString &content)
{
    const QByteArray body
        = QJsonDocument(QJsonObject {{QStringLiteral("content"), content}}).toJson(QJsonDocument::Compact);
    return "POST /v1/messages HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer " + kToken
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\n\r\n" + body;
}

// Clients of blufiod on raw sockets: a QNetworkAccessManager here would itself send only six at
// once, which is the very limit under test.
struct Clients
{
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    std::vector<QByteArray> received;

    bool open(quint16 port, int count)
    {
        for (int i = 0; i < count; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(QHostAddress::LocalHost, port);
            if (!socket->waitForConnected(3000))
                return false;
            // No session_id: each message starts its own session, so none waits for another's.
            socket->write(messageRequest(QStringLiteral("concurrent %1").arg(i)));
            sockets.push_back(std::move(socket));
            received.emplace_back();
        }
        return true;
    }

    // Every client has its whole 200 reply (the body is one JSON object ending the exchange).
    bool allAnswered()
    {
        bool all = true;
        for (size_t i = 0; i < sockets.size(); ++i) {
            received[i] += sockets[i]->readAll();
            const qsizetype headEnd = received[i].indexOf("\r\n\r\n");
            if (headEnd < 0 || !received[i].endsWith("}"))
                all = false;
        }
        return all;
    }

    int okCount() const
    {
        int ok = 0;
        for (const QByteArray &r : received)
            ok += r.startsWith("HTTP/1.1 200 ") && r.contains("\"session_id\"") ? 1 : 0;
        return ok;
    }
};

// A fixed Anthropic Messages stream, as nginx returns it.
const char kSseBody[] = R"(event: message_start
data: {"type":"message_start","message":{"id":"msg_h2","type":"message","role":"assistant","model":"claude-test","content":[],"stop_reason":null,"usage":{"input_tokens":5,"output_tokens":1}}}

event: content_block_start
data: {"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}

event: content_block_delta
data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"over HTTP/2"}}

event: content_block_stop
data: {"type":"content_block_stop","index":0}

event: message_delta
data: {"type":"message_delta","delta":{"stop_reason":"end_turn"},"usage":{"output_tokens":3}}

event: message_stop
data: {"type":"message_stop"}

)";

// nginx on a temporary directory as a TLS upstream; killed with the object.
class Nginx
{
public:
    ~Nginx()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000)) {
                m_process.kill();
                m_process.waitForFinished(5000);
            }
        }
    }

    static QString binary()
    {
        const QString onPath = QStandardPaths::findExecutable(QStringLiteral("nginx"));
        if (!onPath.isEmpty())
            return onPath;
        return QStandardPaths::findExecutable(QStringLiteral("nginx"), {QStringLiteral("/usr/sbin")});
    }

    // nginx -V lists its configure arguments on stderr.
    static bool hasHttp2(const QString &nginx)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(nginx, {QStringLiteral("-V")});
        return p.waitForFinished(10000) && p.readAll().contains("--with-http_v2_module");
    }

    bool start(const QString &nginx, quint16 port, const QString &cert, const QString &key, QString *error)
    {
        const QString dir = m_dir.path();
        QByteArray conf = "daemon off;\nmaster_process off;\nworker_processes 1;\n";
        conf += "pid " + path("nginx.pid") + ";\nerror_log " + path("error.log") + " info;\n";
        conf += "events { worker_connections 256; }\nhttp {\n";
        conf += "  log_format proto '$server_protocol $request_method $uri $status $connection';\n";
        conf += "  access_log " + path("access.log") + " proto;\n";
        for (const char *temp : {"client_body", "proxy", "fastcgi", "uwsgi", "scgi"})
            conf += QByteArray("  ") + temp + "_temp_path " + path(temp) + ";\n";
        conf += "  server {\n    listen 127.0.0.1:" + QByteArray::number(port) + " ssl http2;\n";
        conf += "    ssl_certificate " + cert.toUtf8() + ";\n    ssl_certificate_key " + key.toUtf8() + ";\n";
        conf += "    location = /v1/messages {\n      default_type text/event-stream;\n      return 200 '";
        conf += kSseBody;
        conf += "';\n    }\n  }\n}\n";
        QFile file(dir + QStringLiteral("/nginx.conf"));
        if (!file.open(QIODevice::WriteOnly) || file.write(conf) != conf.size()) {
            *error = QStringLiteral("cannot write nginx.conf");
            return false;
        }
        file.close();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(nginx,
                        {QStringLiteral("-p"), dir, QStringLiteral("-c"), dir + QStringLiteral("/nginx.conf"),
                         QStringLiteral("-e"), QString::fromUtf8(path("error.log"))});
        if (!m_process.waitForStarted(5000)) {
            *error = m_process.errorString();
            return false;
        }
        // Listening once a TCP connection is accepted.
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 10000) {
            if (m_process.state() == QProcess::NotRunning)
                break;
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, port);
            if (probe.waitForConnected(200))
                return true;
            m_process.waitForFinished(100);
        }
        *error = QStringLiteral("nginx did not start: ")
            + QString::fromLocal8Bit(m_process.readAll() + errorLog());
        return false;
    }

    QByteArray accessLog() const { return read("access.log"); }
    QByteArray errorLog() const { return read("error.log"); }

private:
    QByteArray path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)).toUtf8(); }
    QByteArray read(const char *name) const
    {
        QFile file(m_dir.filePath(QString::fromLatin1(name)));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QTemporaryDir m_dir;
    QProcess m_process;
};

} // namespace

// What the upstream sees when many sessions talk to blufiod at once: a real blufiod, the fake LLM
// (in this process) over plain HTTP/1.1, and nginx over TLS with HTTP/2.
class TestUpstream : public QObject
{
    Q_OBJECT

    FakeLlmServer m_fake;

private Q_SLOTS:
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

    void maxConcurrentCallsReachThePlainHttpUpstream_data()
    {
        QTest::addColumn<int>("maxConcurrent");
        QTest::newRow("4") << 4;
        QTest::newRow("16") << 16;
    }

    void maxConcurrentCallsReachThePlainHttpUpstream()
    {
        // agent.max_concurrent calls at once, never more: past Qt's six connections per manager
        // (16), and not beyond the setting (4), with more sessions waiting than either.
        QFETCH(int, maxConcurrent);
        const int clients = maxConcurrent + 4;
        DaemonProcess d;
        d.setExtraConfig("[agent]\nmax_concurrent = " + QByteArray::number(maxConcurrent)
                         + "\nmax_queue = 1000\n[providers.anthropic]\nbase_url = \""
                         + m_fake.anthropicBaseUrl().toUtf8() + "\"\napi_key = \"" + kApiKey + "\"\n");
        QVERIFY2(d.start(), d.output().constData());

        FakeLlmBehaviour hold;
        hold.holdAfterDeltas = 1; // each stream stops after one delta until release()
        m_fake.setBehaviour(hold);
        m_fake.resetPeakInFlight();
        const int heldBefore = m_fake.heldStreams();
        Clients c;
        QVERIFY(c.open(d.port(), clients));
        QTRY_COMPARE_WITH_TIMEOUT(m_fake.heldStreams() - heldBefore, maxConcurrent, waitMs);
        QCOMPARE(m_fake.inFlight(), maxConcurrent);
        // The rest wait in the daemon's queue, not in a network manager's.
        const QByteArray depth = "\nblufio_queue_depth " + QByteArray::number(clients) + "\n";
        QTRY_VERIFY_WITH_TIMEOUT(http("GET", d.url() + QStringLiteral("/metrics")).body.contains(depth),
                                 waitMs);

        m_fake.setBehaviour(FakeLlmBehaviour {}); // the ones still waiting stream straight through
        m_fake.release();
        QTRY_VERIFY_WITH_TIMEOUT(c.allAnswered(), waitMs);
        QCOMPARE(c.okCount(), clients);
        QCOMPARE(int(m_fake.requests().size()), clients);
        QCOMPARE(m_fake.peakInFlight(), maxConcurrent);
        QCOMPARE(d.stop(), 0);
    }

    void http2OverTls()
    {
        const QString nginx = Nginx::binary();
        if (nginx.isEmpty())
            QSKIP("nginx is not installed (scripts/setup.sh installs nginx-light)");
        if (!Nginx::hasHttp2(nginx))
            QSKIP("this nginx has no http_v2_module");
        TestCertificates certs;
        QVERIFY2(certs.generate(), qPrintable(certs.error()));
        Nginx server;
        const quint16 port = freePort();
        QString error;
        QVERIFY2(server.start(nginx, port, certs.path(QStringLiteral("server.crt")),
                              certs.path(QStringLiteral("server.key")), &error),
                 qPrintable(error));

        DaemonProcess d;
        // There is no configuration key for an upstream CA: the test CA is trusted through OpenSSL's
        // default verify paths, which Qt's OpenSSL backend loads and SSL_CERT_FILE redirects.
        d.environment().insert(QStringLiteral("SSL_CERT_FILE"), certs.path(QStringLiteral("ca.crt")));
        d.setExtraConfig("[agent]\nmax_concurrent = 6\n[providers.anthropic]\nbase_url = \"https://127.0.0.1:"
                         + QByteArray::number(port) + "\"\napi_key = \"" + kApiKey + "\"\n");
        QVERIFY2(d.start(), d.output().constData());

        constexpr int calls = 6;
        Clients c;
        QVERIFY(c.open(d.port(), calls));
        QTRY_VERIFY_WITH_TIMEOUT(c.allAnswered(), waitMs);
        QVERIFY2(c.okCount() == calls, c.received.front().constData());
        QVERIFY(c.received.front().contains("\"content\":\"over HTTP/2\""));

        // nginx's own record of the protocol each request came in.
        QTRY_COMPARE_WITH_TIMEOUT(server.accessLog().count('\n'), calls, waitMs);
        const QByteArray log = server.accessLog();
        QSet<QByteArray> connections;
        for (const QByteArray &line : log.trimmed().split('\n')) {
            const QList<QByteArray> fields = line.split(' ');
            QCOMPARE(fields.size(), 5);
            QCOMPARE(fields.at(0), QByteArray("HTTP/2.0"));
            QCOMPARE(fields.at(1), QByteArray("POST"));
            QCOMPARE(fields.at(3), QByteArray("200"));
            connections.insert(fields.at(4));
        }
        // max_concurrent = 6: one manager, whose calls share its one HTTP/2 connection (Qt opens a single
        // channel until ALPN has said h2).
        QCOMPARE(connections.size(), 1);
        QCOMPARE(d.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestUpstream)
#include "tst_upstream.moc"
