#include "fakellm/FakeLlmServer.h"

#include "providers/NetworkPool.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTest>

#include <memory>
#include <vector>

using namespace blufio;
using blufio::test::FakeLlmBehaviour;
using blufio::test::FakeLlmServer;

namespace {

constexpr int waitMs = 15000;

QNetworkRequest messagesRequest(const FakeLlmServer &fake)
{
    QNetworkRequest request(QUrl(fake.anthropicBaseUrl() + QStringLiteral("/v1/messages")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return request;
}

QByteArray messagesBody()
{
    return QByteArrayLiteral(R"({"model":"claude-test","max_tokens":16,"stream":true,)"
                             R"("messages":[{"role":"user","content":"hi"}]})");
}

QNetworkRequest modelsRequest(const FakeLlmServer &fake)
{
    return QNetworkRequest(QUrl(fake.anthropicBaseUrl() + QStringLiteral("/v1/models")));
}

using Replies = std::vector<std::unique_ptr<QNetworkReply>>;

bool allFinished(const Replies &replies)
{
    for (const auto &reply : replies) {
        if (!reply->isFinished())
            return false;
    }
    return true;
}

// Every reply ended without an error, with the stream's last event in its body.
bool allCompleteStreams(const Replies &replies)
{
    for (const auto &reply : replies) {
        if (reply->error() != QNetworkReply::NoError || !reply->readAll().contains("message_stop"))
            return false;
    }
    return true;
}

FakeLlmBehaviour holding()
{
    FakeLlmBehaviour hold;
    hold.holdAfterDeltas = 1; // every stream stops after its first delta until release()
    return hold;
}

} // namespace

// NetworkPool against the fake LLM on a real socket: the calls Qt would queue behind one manager's
// six connections reach the upstream at once, and shedding leaves busy managers alone.
class TestNetworkPool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void capacityFollowsMaxConcurrent_data()
    {
        QTest::addColumn<int>("maxConcurrent");
        QTest::addColumn<int>("capacity");
        QTest::newRow("1") << 1 << 1;
        QTest::newRow("4") << 4 << 1;
        QTest::newRow("6") << 6 << 1;
        QTest::newRow("7") << 7 << 2;
        QTest::newRow("16") << 16 << 3;
        QTest::newRow("64") << 64 << 11;
    }

    void capacityFollowsMaxConcurrent()
    {
        QFETCH(int, maxConcurrent);
        QFETCH(int, capacity);
        const NetworkPool pool(maxConcurrent);
        QCOMPARE(pool.capacity(), capacity);
        QCOMPARE(pool.managerCount(), 0); // opened when the first call needs one
    }

    void oneManagerQueuesTheSeventh()
    {
        // Why the pool exists: Qt 6.4 sends a manager's seventh concurrent HTTP/1.1 request to the
        // same host only when one of the first six has finished.
        FakeLlmServer fake;
        QVERIFY(fake.listen());
        fake.setBehaviour(holding());
        QNetworkAccessManager manager;
        Replies replies;
        for (int i = 0; i < 7; ++i)
            replies.emplace_back(manager.post(messagesRequest(fake), messagesBody()));
        QTRY_COMPARE_WITH_TIMEOUT(fake.heldStreams(), 6, waitMs);
        QCOMPARE(fake.inFlight(), 6);
        fake.setBehaviour(FakeLlmBehaviour {});
        fake.release();
        QTRY_VERIFY_WITH_TIMEOUT(allFinished(replies), waitMs);
        QVERIFY(allCompleteStreams(replies));
        QCOMPARE(fake.peakInFlight(), 6);
    }

    void sixteenCallsInFlightAtOnce()
    {
        FakeLlmServer fake;
        QVERIFY(fake.listen());
        fake.setBehaviour(holding());
        NetworkPool pool(16);
        Replies replies;
        for (int i = 0; i < 16; ++i)
            replies.emplace_back(pool.post(messagesRequest(fake), messagesBody()));
        QCOMPARE(pool.inFlight(), 16);
        // Filled in order, a new manager only when the open ones have six each.
        QCOMPARE(pool.managerCount(), 3);
        QCOMPARE(pool.inFlight(0), 6);
        QCOMPARE(pool.inFlight(1), 6);
        QCOMPARE(pool.inFlight(2), 4);
        QTRY_COMPARE_WITH_TIMEOUT(fake.heldStreams(), 16, waitMs);
        QCOMPARE(fake.inFlight(), 16);

        fake.setBehaviour(FakeLlmBehaviour {});
        fake.release();
        QTRY_VERIFY_WITH_TIMEOUT(allFinished(replies), waitMs);
        QVERIFY(allCompleteStreams(replies));
        QCOMPARE(fake.peakInFlight(), 16);
        QCOMPARE(pool.inFlight(), 0);
        // The next call goes to the least busy: all are idle, so the first, and no manager is added.
        replies.emplace_back(pool.post(messagesRequest(fake), messagesBody()));
        QCOMPARE(pool.inFlight(0), 1);
        QCOMPARE(pool.managerCount(), 3);
        QTRY_VERIFY_WITH_TIMEOUT(replies.back()->isFinished(), waitMs);
        QCOMPARE(pool.inFlight(), 0);
    }

    void deletedReplyIsNoLongerInFlight()
    {
        FakeLlmServer fake;
        QVERIFY(fake.listen());
        FakeLlmBehaviour hang;
        hang.mode = FakeLlmBehaviour::Mode::Hang;
        fake.setBehaviour(hang);
        NetworkPool pool(6);
        QNetworkReply *reply = pool.post(messagesRequest(fake), messagesBody());
        QTRY_COMPARE_WITH_TIMEOUT(fake.inFlight(), 1, waitMs);
        QCOMPARE(pool.inFlight(), 1);
        delete reply; // without finished(): the provider call was destroyed
        QCOMPARE(pool.inFlight(), 0);
        QCOMPARE(pool.inFlight(0), 0);
    }

    void shedClearsIdleManagersOnly()
    {
        FakeLlmServer fake;
        QVERIFY(fake.listen());
        NetworkPool pool(12); // two managers at most
        Replies replies;
        // Seven at once: six on the first manager, one on a second; all kept alive afterwards.
        for (int i = 0; i < 7; ++i)
            replies.emplace_back(pool.get(modelsRequest(fake)));
        QCOMPARE(pool.managerCount(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(allFinished(replies), waitMs);
        for (const auto &reply : replies)
            QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(fake.openConnections(), 7);
        QCOMPARE(fake.closedConnections(), 0);

        // One held stream keeps the first manager busy.
        fake.setBehaviour(holding());
        std::unique_ptr<QNetworkReply> busy(pool.post(messagesRequest(fake), messagesBody()));
        QCOMPARE(pool.inFlight(0), 1);
        QCOMPARE(pool.inFlight(1), 0);
        QTRY_COMPARE_WITH_TIMEOUT(fake.heldStreams(), 1, waitMs);

        // The idle second manager had one connection; the busy one keeps all six of its own.
        QCOMPARE(pool.shed(), NetworkPool::bytesPerConnection);
        QTRY_COMPARE_WITH_TIMEOUT(fake.closedConnections(), 1, waitMs);
        QCOMPARE(fake.openConnections(), 6);
        // Nothing used since: nothing more to give back.
        QCOMPARE(pool.shed(), quint64(0));

        // The busy manager's call was not disturbed.
        fake.setBehaviour(FakeLlmBehaviour {});
        fake.release();
        QTRY_VERIFY_WITH_TIMEOUT(busy->isFinished(), waitMs);
        QCOMPARE(busy->error(), QNetworkReply::NoError);
        QVERIFY(busy->readAll().contains("message_stop"));
        QCOMPARE(fake.closedConnections(), 1);

        // Idle now, so its six connections go.
        QCOMPARE(pool.shed(), 6 * NetworkPool::bytesPerConnection);
        QTRY_COMPARE_WITH_TIMEOUT(fake.closedConnections(), 7, waitMs);
        QCOMPARE(fake.openConnections(), 0);

        // A shed manager works as before: it opens a new connection.
        replies.emplace_back(pool.get(modelsRequest(fake)));
        QTRY_VERIFY_WITH_TIMEOUT(replies.back()->isFinished(), waitMs);
        QCOMPARE(replies.back()->error(), QNetworkReply::NoError);
        QCOMPARE(fake.openConnections(), 1);
    }
};

QTEST_GUILESS_MAIN(TestNetworkPool)
#include "tst_networkpool.moc"
