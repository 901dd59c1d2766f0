#include "fakellm/FakeLlmServer.h"
#include "support/TestSupport.h"

#include <QJsonObject>
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

} // namespace

// What the upstream sees when many sessions talk to blufiod at once: a real blufiod, the fake LLM
// (in this process) over plain HTTP/1.1.
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
};

QTEST_GUILESS_MAIN(TestUpstream)
#include "tst_upstream.moc"
