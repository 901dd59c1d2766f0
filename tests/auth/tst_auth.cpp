#include "common/crypto/DeviceKey.h"
#include "support/TestSupport.h"

#include <QDateTime>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace blufio;
using namespace blufio::test;

namespace {
const QByteArray kToken = "test-token-0123456789abcdef"; // DaemonProcess sets it
const QByteArray kWrong = "wrong-token-0123456789abcdef";

QHash<QByteArray, QByteArray> bearer(const QByteArray &token, const QByteArray &forwardedFor = {})
{
    QHash<QByteArray, QByteArray> h {{"Authorization", "Bearer " + token}};
    if (!forwardedFor.isEmpty())
        h.insert("X-Forwarded-For", forwardedFor);
    return h;
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

// The value of one sample line of /metrics, or -1 when it is absent.
double sample(const QByteArray &metrics, const QByteArray &series)
{
    for (const QByteArray &line : metrics.split('\n')) {
        if (line.startsWith(QByteArray(series + ' ')))
            return line.mid(series.size() + 1).toDouble();
    }
    return -1;
}

QByteArray failures(const char *reason)
{
    return QByteArray("blufio_auth_failures_total{reason=\"") + reason + "\"}";
}

// Sends a raw request (so the target goes out exactly as written) and returns the reply's head.
QByteArray rawHead(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(3000))
        return {};
    socket.write(request);
    QByteArray data;
    QElapsedTimer t;
    t.start();
    while (!data.contains("\r\n\r\n") && t.elapsed() < 5000
           && socket.state() == QAbstractSocket::ConnectedState) {
        socket.waitForReadyRead(50);
        data += socket.readAll();
    }
    return data.left(data.indexOf("\r\n\r\n"));
}

QByteArray signedHeaderLines(const DeviceKey &key, const QByteArray &method, const QByteArray &target)
{
    QByteArray lines;
    for (const auto &[name, value] :
         RequestSigning::headers(key, method, target, {}, QDateTime::currentSecsSinceEpoch()))
        lines += name + ": " + value + "\r\n";
    return lines;
}

const QByteArray kUpgrade
    = "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
      "Sec-WebSocket-Version: 13\r\n";
} // namespace

// Throttling and the audit trail in a real blufiod, over real sockets. The test client is on
// loopback, so lockouts need gateway.auth_throttle_loopback or a trusted proxy.
class TestAuth : public QObject
{
    Q_OBJECT

    DeviceKey m_device = DeviceKey::generate();
    std::unique_ptr<DaemonProcess> m_shared; // one daemon for the rows of a data-driven test

    void startDaemon(DaemonProcess &d, const QByteArray &gateway)
    {
        d.setExtraConfig("[gateway]\ndevice_keys = [\"" + m_device.publicKeyBase64() + "\"]\n" + gateway);
        QVERIFY2(d.start(), d.output().constData());
    }

private slots:
    void lockoutWhenLoopbackIsThrottled()
    {
        DaemonProcess d;
        startDaemon(d, "auth_throttle_loopback = true\nauth_max_failures = 3\nauth_lockout_secs = 3\n");
        const QString sessions = d.url() + QStringLiteral("/v1/sessions");
        for (int i = 0; i < 3; ++i) {
            const HttpReply r = http("GET", sessions, {}, bearer(kWrong));
            QCOMPARE(r.status, 401);
        }
        // Locked: the right token is not even checked.
        const HttpReply locked = http("GET", sessions, {}, bearer(kToken));
        QCOMPARE(locked.status, 429);
        QCOMPARE(errorCode(locked), QStringLiteral("too_many_auth_failures"));
        const int retryAfter = locked.headers.value("retry-after").toInt();
        QVERIFY2(retryAfter >= 1 && retryAfter <= 3, locked.headers.value("retry-after").constData());
        // The WebSocket upgrade is decided before QHttpServer, by the same gate.
        const QByteArray ws = rawHead(d.port(),
                                      "GET /ws HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer " + kToken
                                          + "\r\n" + kUpgrade + "\r\n");
        QVERIFY2(ws.startsWith("HTTP/1.1 429"), ws.constData());
        QVERIFY(ws.toLower().contains("\r\nretry-after: "));
        // Open routes stay open.
        QCOMPARE(http("GET", d.url() + QStringLiteral("/health")).status, 200);
        const HttpReply metrics = http("GET", d.url() + QStringLiteral("/metrics"));
        QCOMPARE(metrics.status, 200);
        QCOMPARE(sample(metrics.body, failures("bad_token")), 3.0);
        QCOMPARE(sample(metrics.body, failures("locked")), 2.0);
        QCOMPARE(sample(metrics.body, failures("missing")), 0.0);
        QCOMPARE(sample(metrics.body, "blufio_auth_lockouts_total"), 1.0);
        const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
        if (!promtool.isEmpty()) {
            QProcess check;
            check.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
            check.write(metrics.body);
            check.closeWriteChannel();
            QVERIFY(check.waitForFinished(10000));
            QVERIFY2(check.exitCode() == 0, check.readAllStandardError().constData());
        }
        // The lockout ends by itself.
        QTRY_COMPARE_WITH_TIMEOUT(http("GET", sessions, {}, bearer(kToken)).status, 200, 8000);
        // One audit line per failure: peer, reason, route template.
        QTRY_VERIFY_WITH_TIMEOUT(d.output().contains("auth lockout: peer=127.0.0.1 after 3 failures"), 5000);
        const QByteArray log = d.output();
        QVERIFY2(log.count("auth failure: peer=127.0.0.1 reason=bad_token method=GET route=/v1/sessions")
                     == 3,
                 log.constData());
        QVERIFY(log.contains("auth failure: peer=127.0.0.1 reason=locked method=GET route=/ws"));
        QVERIFY(!log.contains(kWrong)); // credentials never reach the log
    }

    void loopbackIsExemptByDefault()
    {
        DaemonProcess d;
        startDaemon(d, "auth_max_failures = 3\n");
        const QString sessions = d.url() + QStringLiteral("/v1/sessions");
        for (int i = 0; i < 3 + 5; ++i)
            QCOMPARE(http("GET", sessions, {}, bearer(kWrong)).status, 401);
        QCOMPARE(http("GET", sessions, {}, {}).status, 401); // no credentials
        QCOMPARE(http("GET", sessions, {}, bearer(kToken)).status, 200);
        const QByteArray metrics = http("GET", d.url() + QStringLiteral("/metrics")).body;
        QCOMPARE(sample(metrics, failures("bad_token")), 8.0);
        QCOMPARE(sample(metrics, failures("missing")), 1.0);
        QCOMPARE(sample(metrics, failures("locked")), 0.0);
        QCOMPARE(sample(metrics, "blufio_auth_lockouts_total"), 0.0);
    }

    void trustedProxyThrottlesForwardedClients()
    {
        DaemonProcess d;
        startDaemon(d, "auth_max_failures = 3\ntrusted_proxies = [\"127.0.0.1\"]\n");
        const QString sessions = d.url() + QStringLiteral("/v1/sessions");
        const QByteArray a = "198.51.100.7", b = "198.51.100.8";
        for (int i = 0; i < 3; ++i)
            QCOMPARE(http("GET", sessions, {}, bearer(kWrong, a)).status, 401);
        QCOMPARE(http("GET", sessions, {}, bearer(kToken, a)).status, 429);
        QCOMPARE(http("GET", sessions, {}, bearer(kToken, b)).status, 200);
        // Only the last entry counts: the one the proxy added.
        QCOMPARE(http("GET", sessions, {}, bearer(kToken, b + ", " + a)).status, 429);
        QCOMPARE(http("GET", sessions, {}, bearer(kToken, a + ", " + b)).status, 200);
        // Without (or with a garbled) X-Forwarded-For it is the proxy itself: loopback, exempt.
        QCOMPARE(http("GET", sessions, {}, bearer(kToken)).status, 200);
        QCOMPARE(http("GET", sessions, {}, bearer(kToken, "garbage")).status, 200);
        const QByteArray metrics = http("GET", d.url() + QStringLiteral("/metrics")).body;
        QCOMPARE(sample(metrics, "blufio_auth_lockouts_total"), 1.0);
        QCOMPARE(sample(metrics, failures("locked")), 2.0);
        QTRY_VERIFY_WITH_TIMEOUT(d.output().contains("auth failure: peer=198.51.100.7 reason=bad_token "
                                                     "method=GET route=/v1/sessions via=127.0.0.1"),
                                 5000);
    }

    void invalidTrustedProxyIsAConfigError()
    {
        DaemonProcess d;
        d.setExtraConfig("[gateway]\ntrusted_proxies = [\"proxy.example.org\"]\n");
        QVERIFY(!d.start());
        QVERIFY(d.waitForExit(10000));
        QCOMPARE(d.process().exitCode(), 78);
        QVERIFY2(d.output().contains("gateway.trusted_proxies"), d.output().constData());
    }

    void healthShowsTheNonceCache()
    {
        DaemonProcess d;
        startDaemon(d, {});
        QHash<QByteArray, QByteArray> h;
        for (const auto &[name, value] :
             RequestSigning::headers(m_device, "GET", "/v1/sessions", {}, QDateTime::currentSecsSinceEpoch()))
            h.insert(name, value);
        QCOMPARE(http("GET", d.url() + QStringLiteral("/v1/sessions"), {}, h).status, 200);
        const QJsonObject memory = http("GET", d.url() + QStringLiteral("/v1/health"), {}, bearer(kToken))
                                       .json()
                                       .object()
                                       .value(QStringLiteral("memory"))
                                       .toObject();
        QCOMPARE(memory.value(QStringLiteral("nonce_cache_entries")).toInt(), 1);
        QVERIFY(memory.value(QStringLiteral("nonce_cache_bytes")).toInteger() >= 32 + 16);
        QCOMPARE(memory.value(QStringLiteral("nonce_cache_limit_bytes")).toInteger(), 4 << 20);
        QCOMPARE(memory.value(QStringLiteral("auth_throttle_peers")).toInt(), 0); // loopback: not tracked
    }

    // The signature covers the target exactly as sent. The listener refuses (400) any target
    // QUrl would rewrite (%7e becomes ~), so no request reaches the gate with a target that
    // differs from the bytes the client signed; escapes QUrl keeps go through unchanged.
    void signedTargetIsTheRawTarget_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("upgradeStatus");
        QTest::newRow("plain") << QByteArray("/v1/sessions?x=1") << 200 << 101;
        QTest::newRow("kept escapes") << QByteArray("/v1/sessions?x=%2F%3F&y=a:b@c,d") << 200 << 101;
        QTest::newRow("percent-encoded unreserved") << QByteArray("/v1/sessions?x=%7E") << 400 << 400;
        QTest::newRow("lower-case escape") << QByteArray("/v1/sessions?x=%2f") << 400 << 400;
    }

    void signedTargetIsTheRawTarget()
    {
        QFETCH(QByteArray, target);
        QFETCH(int, status);
        if (!m_shared) {
            m_shared = std::make_unique<DaemonProcess>();
            startDaemon(*m_shared, {});
        }
        DaemonProcess *d = m_shared.get();
        const QByteArray head = rawHead(d->port(),
                                        "GET " + target + " HTTP/1.1\r\nHost: t\r\nConnection: close\r\n"
                                            + signedHeaderLines(m_device, "GET", target) + "\r\n");
        QVERIFY2(head.startsWith(QByteArray("HTTP/1.1 " + QByteArray::number(status))), head.constData());
    }

    // The same on the WebSocket upgrade, whose target comes from the raw head.
    void signedUpgradeTargetIsTheRawTarget_data() { signedTargetIsTheRawTarget_data(); }

    void signedUpgradeTargetIsTheRawTarget()
    {
        QFETCH(QByteArray, target);
        QFETCH(int, upgradeStatus);
        if (!m_shared) {
            m_shared = std::make_unique<DaemonProcess>();
            startDaemon(*m_shared, {});
        }
        DaemonProcess *d = m_shared.get();
        const QByteArray wsTarget = "/ws" + target.mid(target.indexOf('?'));
        const QByteArray ws = rawHead(d->port(),
                                      "GET " + wsTarget + " HTTP/1.1\r\nHost: t\r\n" + kUpgrade
                                          + signedHeaderLines(m_device, "GET", wsTarget) + "\r\n");
        QVERIFY2(ws.startsWith(QByteArray("HTTP/1.1 " + QByteArray::number(upgradeStatus))), ws.constData());
    }

    // A signature over one spelling of the target does not cover another: what was signed is
    // compared byte for byte with what arrived.
    void signatureDoesNotCoverAnotherSpelling()
    {
        if (!m_shared) {
            m_shared = std::make_unique<DaemonProcess>();
            startDaemon(*m_shared, {});
        }
        const QByteArray head
            = rawHead(m_shared->port(),
                      "GET /v1/sessions?x=%2F HTTP/1.1\r\nHost: t\r\nConnection: close\r\n"
                          + signedHeaderLines(m_device, "GET", "/v1/sessions?x=/") + "\r\n");
        QVERIFY2(head.startsWith("HTTP/1.1 401"), head.constData());
    }

    void cleanupTestCase() { m_shared.reset(); }
};

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_auth.moc"
