// HealthPoller against a local test server (and once against a real blufiod): states from real
// replies, timeouts, recovery, no overlapping requests, back-off and the bounded history.
#include "TestHealthServer.h"
#include "common/net/HealthPoller.h"
#include "support/TestSupport.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

using namespace blufio;
using State = HealthReport::State;

Q_DECLARE_METATYPE(blufio::HealthReport::State)

class TstTrayPoller : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void stateFromReply_data();
    void stateFromReply();
    void refusedIsUnreachable();
    void timeoutIsUnreachable();
    void recovery();
    void noOverlappingRequests();
    void backoffGrowsAndResets();
    void tokenUsesV1HealthAndFallsBack();
    void historyIsBounded();
    void realDaemon();

private:
    static void configure(HealthPoller &poller, const QString &url, int intervalMs = 50, int timeoutMs = 2000)
    {
        poller.setUrl(QUrl(url));
        poller.setIntervalMs(intervalMs);
        poller.setTimeoutMs(timeoutMs);
    }
};

void TstTrayPoller::initTestCase()
{
    qRegisterMetaType<blufio::HealthReport::State>();
}

void TstTrayPoller::stateFromReply_data()
{
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QByteArray>("status");
    QTest::addColumn<QByteArray>("rawBody");
    QTest::addColumn<State>("expected");
    QTest::newRow("healthy") << 200 << QByteArray("healthy") << QByteArray() << State::Healthy;
    QTest::newRow("degraded") << 200 << QByteArray("degraded") << QByteArray() << State::Degraded;
    QTest::newRow("unhealthy-503") << 503 << QByteArray("unhealthy") << QByteArray() << State::Unhealthy;
    QTest::newRow("healthy-but-500") << 500 << QByteArray("healthy") << QByteArray() << State::Unhealthy;
    QTest::newRow("not-json") << 200 << QByteArray() << QByteArray("<html>proxy</html>")
                              << State::Unreachable;
}

void TstTrayPoller::stateFromReply()
{
    QFETCH(int, httpStatus);
    QFETCH(QByteArray, status);
    QFETCH(QByteArray, rawBody);
    QFETCH(State, expected);

    TestHealthServer server;
    QVERIFY(server.start());
    if (rawBody.isEmpty())
        server.setHealth(status, httpStatus, 42u << 20);
    else
        server.setReply(httpStatus, rawBody);

    QNetworkAccessManager nam;
    HealthPoller poller(&nam);
    configure(poller, server.url(), 60000);
    QSignalSpy reports(&poller, &HealthPoller::reportReady);
    poller.start();
    QVERIFY(reports.wait(5000));
    QCOMPARE(poller.state(), expected);
    QCOMPARE(poller.lastReport().httpStatus, httpStatus);
    QCOMPARE(poller.reportCount(), 1);
    QCOMPARE(server.paths(), QList<QByteArray> {"/health"});
    if (expected != State::Unreachable) {
        QCOMPARE(poller.samples().size(), 1);
        QCOMPARE(poller.samples().first().heapBytes, quint64(42u << 20));
        QCOMPARE(poller.samples().first().warnBytes, quint64(150u << 20));
    }
    // The first report is recorded as the initial state.
    QCOMPARE(poller.stateChanges().size(), 1);
    QVERIFY(poller.stateChanges().first().initial);
    QCOMPARE(poller.stateChanges().first().to, expected);
}

void TstTrayPoller::refusedIsUnreachable()
{
    QNetworkAccessManager nam;
    HealthPoller poller(&nam);
    configure(poller, QStringLiteral("http://127.0.0.1:%1").arg(test::freePort()), 60000);
    QSignalSpy reports(&poller, &HealthPoller::reportReady);
    poller.start();
    QVERIFY(reports.wait(5000));
    QCOMPARE(poller.state(), State::Unreachable);
    QVERIFY(!poller.lastReport().error.isEmpty());
    QCOMPARE(poller.consecutiveFailures(), 1);
    QVERIFY(poller.samples().isEmpty());
}

void TstTrayPoller::timeoutIsUnreachable()
{
    TestHealthServer server;
    QVERIFY(server.start());
    server.setDelayMs(3000);
    QNetworkAccessManager nam;
    HealthPoller poller(&nam);
    configure(poller, server.url(), 60000, 200);
    QSignalSpy reports(&poller, &HealthPoller::reportReady);
    QElapsedTimer clock;
    clock.start();
    poller.start();
    QVERIFY(reports.wait(5000));
    QVERIFY2(clock.elapsed() < 2500, "the per-request timeout did not apply");
    QCOMPARE(poller.state(), State::Unreachable);
    QCOMPARE(poller.lastReport().error, QStringLiteral("timed out"));
}

void TstTrayPoller::recovery()
{
    TestHealthServer server;
    QVERIFY(server.start());
    QNetworkAccessManager nam;
    HealthPoller poller(&nam);
    configure(poller, server.url(), 30);
    QSignalSpy changes(&poller, &HealthPoller::stateChanged);
    poller.start();
    QTRY_COMPARE_WITH_TIMEOUT(poller.state(), State::Healthy, 5000);
    server.setHealth("degraded", 200, 160u << 20);
    QTRY_COMPARE_WITH_TIMEOUT(poller.state(), State::Degraded, 5000);
    server.setHealth("unhealthy", 503);
    QTRY_COMPARE_WITH_TIMEOUT(poller.state(), State::Unhealthy, 5000);
    server.setHealth("healthy");
    QTRY_COMPARE_WITH_TIMEOUT(poller.state(), State::Healthy, 5000);
    poller.stop();

    // Unreachable -> healthy (the first report), then each change exactly once.
    const QList<QPair<State, State>> expected = {{State::Unreachable, State::Healthy},
                                                 {State::Healthy, State::Degraded},
                                                 {State::Degraded, State::Unhealthy},
                                                 {State::Unhealthy, State::Healthy}};
    QCOMPARE(changes.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(changes.at(i).at(0).value<State>(), expected[i].first);
        QCOMPARE(changes.at(i).at(1).value<State>(), expected[i].second);
    }
    QCOMPARE(poller.stateChanges().size(), expected.size());
    QCOMPARE(poller.stateChanges().last().from, State::Unhealthy);
    QCOMPARE(poller.stateChanges().last().to, State::Healthy);
}

void TstTrayPoller::noOverlappingRequests()
{
    // The server takes 300 ms and the poller wants a poll every 10 ms: a timer that did not wait
    // for the reply would pile requests up.
    TestHealthServer server;
    QVERIFY(server.start());
    server.setDelayMs(300);
    QNetworkAccessManager nam;
    HealthPoller poller(&nam);
    configure(poller, server.url(), 10, 5000);
    poller.start();
    poller.pollNow(); // ignored while a request runs
    poller.pollNow();
    QTRY_VERIFY_WITH_TIMEOUT(poller.reportCount() >= 5, 10000);
    poller.stop();
    QCOMPARE(server.maxConcurrent(), 1);
    QVERIFY2(server.requestCount() <= poller.reportCount() + 1,
             qPrintable(QStringLiteral("%1 requests for %2 reports")
                            .arg(server.requestCount())
                            .arg(poller.reportCount())));
}

void TstTrayPoller::backoffGrowsAndResets()
{
    const quint16 port = test::freePort();
    QNetworkAccessManager nam;
    HealthPoller poller(&nam);
    configure(poller, QStringLiteral("http://127.0.0.1:%1").arg(port), 50, 1000);
    poller.setMaxBackoffMs(400);
    QSignalSpy scheduled(&poller, &HealthPoller::nextPollScheduled);
    poller.start();
    QTRY_VERIFY_WITH_TIMEOUT(scheduled.size() >= 5, 10000);
    QList<int> delays;
    for (const auto &args : std::as_const(scheduled))
        delays.append(args.at(0).toInt());
    QCOMPARE(delays.mid(0, 5), (QList<int> {100, 200, 400, 400, 400}));
    QVERIFY(poller.consecutiveFailures() >= 5);

    // The daemon comes back: the next delay is the plain interval again.
    TestHealthServer server;
    QVERIFY(server.start(port));
    QTRY_COMPARE_WITH_TIMEOUT(poller.state(), State::Healthy, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(scheduled.last().at(0).toInt(), 50, 2000);
    QCOMPARE(poller.consecutiveFailures(), 0);
    QCOMPARE(poller.currentDelayMs(), 50);
}

void TstTrayPoller::tokenUsesV1HealthAndFallsBack()
{
    TestHealthServer server;
    QVERIFY(server.start());
    QNetworkAccessManager nam;
    HealthPoller poller(&nam);
    configure(poller, server.url(), 60000);
    poller.setBearerToken("s3cret-token");
    QSignalSpy reports(&poller, &HealthPoller::reportReady);

    // A daemon that has /v1/health: one request, with the token.
    poller.start();
    QVERIFY(reports.wait(5000));
    QCOMPARE(server.paths(), QList<QByteArray> {"/v1/health"});
    QCOMPARE(server.authorizations().first(), QByteArray("Bearer s3cret-token"));
    QCOMPARE(poller.state(), State::Healthy);

    // One without it (404): asked again on /health, without the token, in the same poll.
    server.setPathReply("/v1/health", 404, R"({"error":{"code":"not_found","message":"no"}})");
    poller.pollNow();
    QVERIFY(reports.wait(5000));
    QCOMPARE(reports.size(), 2);
    QCOMPARE(server.paths().mid(1), (QList<QByteArray> {"/v1/health", "/health"}));
    QVERIFY(server.authorizations().last().isEmpty());
    QCOMPARE(poller.state(), State::Healthy);
    QCOMPARE(poller.lastReport().source, QStringLiteral("/health"));
}

void TstTrayPoller::historyIsBounded()
{
    TestHealthServer server;
    QVERIFY(server.start());
    QNetworkAccessManager nam;
    HealthPoller poller(&nam);
    configure(poller, server.url(), 20);
    poller.setHistoryWindowSecs(1);
    poller.setMemoryLimits(1u << 20, 2u << 20);
    QElapsedTimer clock;
    clock.start();
    poller.start();
    // Polling for longer than the window: the oldest samples must have been dropped.
    QTRY_VERIFY_WITH_TIMEOUT(clock.elapsed() > 1500 && poller.reportCount() > 20, 10000);
    poller.stop();
    const auto &samples = poller.samples();
    QVERIFY(samples.first().time.msecsTo(samples.last().time) <= 1000);
    QVERIFY(samples.size() < poller.reportCount());
    QCOMPARE(samples.last().warnBytes, quint64(1u << 20));
    QCOMPARE(samples.last().limitBytes, quint64(2u << 20));
}

void TstTrayPoller::realDaemon()
{
    test::DaemonProcess daemon;
    daemon.environment().insert(QStringLiteral("BLUFIO_GATEWAY_BEARER_TOKEN"),
                                QStringLiteral("tray-test-token-0123456789abcdef"));
    if (!daemon.start())
        QFAIL(daemon.output().constData());
    QNetworkAccessManager nam;
    HealthPoller poller(&nam);
    configure(poller, daemon.url(), 50, 2000);
    poller.start();
    QTRY_COMPARE_WITH_TIMEOUT(poller.state(), State::Healthy, 10000);
    QVERIFY(poller.samples().last().rssBytes > 0);
    QCOMPARE(daemon.stop(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(poller.state(), State::Unreachable, 10000);
    QVERIFY(poller.consecutiveFailures() >= 1);
}

QTEST_GUILESS_MAIN(TstTrayPoller)
#include "tst_tray_poller.moc"
