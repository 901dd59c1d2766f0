#include "daemon/auth/AuthAuditLog.h"
#include "daemon/auth/AuthThrottle.h"

#include <QTest>

using namespace blufio;

namespace {
QHostAddress ip(const char *text)
{
    return QHostAddress(QString::fromLatin1(text));
}
} // namespace

// AuthThrottle and AuthAuditLog with their clocks injected: no waiting on real time.
class TestAuthThrottle : public QObject
{
    Q_OBJECT

    qint64 m_now = 1'000'000;

    AuthThrottle make(AuthThrottle::Settings settings = {})
    {
        return AuthThrottle(std::move(settings), [this] { return m_now; });
    }

private slots:
    void init() { m_now = 1'000'000; }

    void lockoutAfterNFailuresWithin60s()
    {
        AuthThrottle t = make();
        const QHostAddress peer = ip("203.0.113.7");
        for (int i = 1; i < 10; ++i) {
            QVERIFY(!t.recordFailure(peer));
            m_now += 6000; // nine failures over 54 s
        }
        QCOMPARE(t.lockedForSecs(peer), 0);
        QVERIFY(t.recordFailure(peer)); // the tenth, still within 60 s of the first
        QCOMPARE(t.lockedForSecs(peer), 300);
        QCOMPARE(t.lockedForSecs(ip("203.0.113.8")), 0); // only that peer
    }

    void retryAfterCountsDown()
    {
        AuthThrottle::Settings s;
        s.maxFailures = 3;
        s.lockoutMs = 10'000;
        AuthThrottle t = make(s);
        const QHostAddress peer = ip("2001:db8::5");
        QVERIFY(!t.recordFailure(peer));
        QVERIFY(!t.recordFailure(peer));
        QVERIFY(t.recordFailure(peer));
        QCOMPARE(t.lockedForSecs(peer), 10);
        m_now += 1;
        QCOMPARE(t.lockedForSecs(peer), 10); // 9.999 s left: Retry-After rounds up
        m_now += 999;
        QCOMPARE(t.lockedForSecs(peer), 9);
        m_now += 8500;
        QCOMPARE(t.lockedForSecs(peer), 1);
        m_now += 499;
        QCOMPARE(t.lockedForSecs(peer), 1);
        m_now += 1;
        QCOMPARE(t.lockedForSecs(peer), 0);
        // The count started afresh: one failure does not lock again.
        QVERIFY(!t.recordFailure(peer));
        QCOMPARE(t.lockedForSecs(peer), 0);
    }

    void notAfterNFailuresSpreadOverMoreThan60s()
    {
        AuthThrottle t = make();
        const QHostAddress peer = ip("198.51.100.1");
        for (int i = 0; i < 50; ++i) {
            QVERIFY2(!t.recordFailure(peer), qPrintable(QString::number(i)));
            m_now += 6700; // ten failures take 60.3 s
        }
        QCOMPARE(t.lockedForSecs(peer), 0);

        // The boundary: a failure exactly 60 s older than the newest is out of the window.
        AuthThrottle u = make();
        QVERIFY(!u.recordFailure(peer));
        m_now += 60'000;
        for (int i = 0; i < 9; ++i)
            QVERIFY(!u.recordFailure(peer));
        m_now -= 1;
        AuthThrottle v = make();
        QVERIFY(!v.recordFailure(peer));
        m_now += 59'999;
        for (int i = 0; i < 8; ++i)
            QVERIFY(!v.recordFailure(peer));
        QVERIFY(v.recordFailure(peer));
    }

    void loopbackExemption_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("throttleLoopback");
        QTest::addColumn<bool>("locks");
        for (const char *a : {"127.0.0.1", "127.3.2.1", "::1", "::ffff:127.0.0.1"}) {
            QTest::addRow("%s exempt", a) << QString::fromLatin1(a) << false << false;
            QTest::addRow("%s throttled", a) << QString::fromLatin1(a) << true << true;
        }
        QTest::newRow("public address") << QStringLiteral("192.0.2.1") << false << true;
        QTest::newRow("v4-mapped public") << QStringLiteral("::ffff:192.0.2.1") << false << true;
    }

    void loopbackExemption()
    {
        QFETCH(QString, address);
        QFETCH(bool, throttleLoopback);
        QFETCH(bool, locks);
        AuthThrottle::Settings s;
        s.throttleLoopback = throttleLoopback;
        AuthThrottle t = make(s);
        const QHostAddress peer(address);
        bool locked = false;
        for (int i = 0; i < 15; ++i)
            locked = t.recordFailure(peer) || locked;
        QCOMPARE(locked, locks);
        QCOMPARE(t.lockedForSecs(peer) > 0, locks);
        QCOMPARE(t.trackedPeers(), locks ? 1 : 0); // exempt peers cost no memory
    }

    void mappedAndPlainIPv4AreOnePeer()
    {
        AuthThrottle t = make();
        for (int i = 0; i < 5; ++i) {
            t.recordFailure(ip("192.0.2.9"));
            t.recordFailure(ip("::ffff:192.0.2.9"));
        }
        QVERIFY(t.lockedForSecs(ip("192.0.2.9")) > 0);
        QCOMPARE(t.trackedPeers(), 1);
    }

    void trustedProxyForwardedFor_data()
    {
        QTest::addColumn<QString>("socketPeer");
        QTest::addColumn<QByteArray>("forwardedFor");
        QTest::addColumn<QString>("client");
        const QString proxy = QStringLiteral("127.0.0.1");
        QTest::newRow("one entry") << proxy << QByteArray("203.0.113.9") << QStringLiteral("203.0.113.9");
        QTest::newRow("last of several")
            << proxy << QByteArray("10.9.9.9, 198.51.100.3,203.0.113.9") << QStringLiteral("203.0.113.9");
        QTest::newRow("spaces") << proxy << QByteArray("  203.0.113.9  ") << QStringLiteral("203.0.113.9");
        QTest::newRow("ipv6") << proxy << QByteArray("2001:db8::1") << QStringLiteral("2001:db8::1");
        QTest::newRow("bracketed ipv6")
            << proxy << QByteArray("[2001:db8::1]") << QStringLiteral("2001:db8::1");
        QTest::newRow("v4-mapped") << proxy << QByteArray("::ffff:203.0.113.9")
                                   << QStringLiteral("203.0.113.9");
        QTest::newRow("garbled") << proxy << QByteArray("not-an-address") << proxy;
        QTest::newRow("empty last") << proxy << QByteArray("203.0.113.9, ") << proxy;
        QTest::newRow("with port") << proxy << QByteArray("203.0.113.9:4711") << proxy;
        QTest::newRow("missing") << proxy << QByteArray() << proxy;
        QTest::newRow("proxy over v4-mapped socket")
            << QStringLiteral("::ffff:127.0.0.1") << QByteArray("203.0.113.9")
            << QStringLiteral("203.0.113.9");
        QTest::newRow("proxy in subnet")
            << QStringLiteral("10.1.2.3") << QByteArray("203.0.113.9") << QStringLiteral("203.0.113.9");
        QTest::newRow("untrusted peer")
            << QStringLiteral("198.51.100.5") << QByteArray("203.0.113.9") << QStringLiteral("198.51.100.5");
        QTest::newRow("untrusted loopback")
            << QStringLiteral("127.0.0.2") << QByteArray("203.0.113.9") << QStringLiteral("127.0.0.2");
    }

    void trustedProxyForwardedFor()
    {
        QFETCH(QString, socketPeer);
        QFETCH(QByteArray, forwardedFor);
        QFETCH(QString, client);
        const auto proxies
            = AuthThrottle::parseProxies({QStringLiteral("127.0.0.1"), QStringLiteral(" 10.0.0.0/8")});
        QVERIFY2(proxies, qPrintable(proxies.errorMessage()));
        AuthThrottle::Settings s;
        s.trustedProxies = *proxies;
        AuthThrottle t = make(s);
        QCOMPARE(t.clientAddress(QHostAddress(socketPeer), forwardedFor), QHostAddress(client));
    }

    void untrustedPeerCannotDodgeWithForwardedFor()
    {
        AuthThrottle t = make(); // no trusted proxies
        const QHostAddress attacker = ip("198.51.100.66");
        bool locked = false;
        for (int i = 0; i < 10; ++i) {
            const QByteArray forged = "203.0.113." + QByteArray::number(i);
            locked = t.recordFailure(t.clientAddress(attacker, forged)) || locked;
        }
        QVERIFY(locked);
        QVERIFY(t.lockedForSecs(t.clientAddress(attacker, "203.0.113.200")) > 0);
    }

    void invalidProxyEntries_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::newRow("name") << QStringLiteral("proxy.example.org");
        QTest::newRow("empty") << QString();
        QTest::newRow("bad prefix") << QStringLiteral("10.0.0.0/33");
        QTest::newRow("garbage subnet") << QStringLiteral("x/8");
    }

    void invalidProxyEntries()
    {
        QFETCH(QString, entry);
        const auto proxies = AuthThrottle::parseProxies({QStringLiteral("127.0.0.1"), entry});
        QVERIFY(!proxies);
        QCOMPARE(proxies.code(), ErrorCode::Config);
        QCOMPARE(proxies.error().details.value(0).key, entry);
        QVERIFY2(
            proxies.errorMessage().startsWith(QStringLiteral("gateway.trusted_proxies: '%1'").arg(entry)),
            qPrintable(proxies.errorMessage()));
    }

    void boundedPeers()
    {
        AuthThrottle::Settings s;
        s.maxPeers = 100;
        s.maxFailures = 3;
        AuthThrottle t = make(s);
        const QHostAddress locked = ip("192.0.2.1");
        for (int i = 0; i < 3; ++i)
            t.recordFailure(locked);
        QVERIFY(t.lockedForSecs(locked) > 0);
        for (quint32 i = 0; i < 5000; ++i) {
            m_now += 1; // all within one window: none is idle, eviction has to choose
            t.recordFailure(QHostAddress(0x0a000000u + i));
            QVERIFY(t.trackedPeers() <= 100);
        }
        // The locked peer outlived 5,000 newcomers; the newest are tracked.
        QVERIFY(t.lockedForSecs(locked) > 0);
        const quint64 bytes = t.approximateBytes();
        QVERIFY2(bytes > 0 && bytes < 100 * 256, qPrintable(QString::number(bytes)));
        t.recordFailure(QHostAddress(0x0a000000u + 4999));
        t.recordFailure(QHostAddress(0x0a000000u + 4999));
        QVERIFY(t.lockedForSecs(QHostAddress(0x0a000000u + 4999)) > 0);
    }

    void shedForgetsIdlePeersOnly()
    {
        AuthThrottle::Settings s;
        s.maxFailures = 2;
        s.lockoutMs = 120'000;
        AuthThrottle t = make(s);
        t.recordFailure(ip("192.0.2.1"));
        t.recordFailure(ip("192.0.2.1")); // locked for 120 s
        t.recordFailure(ip("192.0.2.2"));
        QCOMPARE(t.shed(), 0u);
        QCOMPARE(t.trackedPeers(), 2);
        m_now += 60'001;
        QVERIFY(t.shed() > 0);
        QCOMPARE(t.trackedPeers(), 1);
        QVERIFY(t.lockedForSecs(ip("192.0.2.1")) > 0);
        m_now += 60'000;
        t.shed();
        QCOMPARE(t.trackedPeers(), 0);
    }

    void auditLogIsRateLimited()
    {
        QStringList lines;
        AuthAuditLog log(
            3, [this] { return m_now; }, [&lines](const QString &l) { lines.append(l); });
        for (int i = 0; i < 10; ++i)
            log.write(QStringLiteral("line %1").arg(i));
        QCOMPARE(lines,
                 QStringList({QStringLiteral("line 0"), QStringLiteral("line 1"), QStringLiteral("line 2")}));
        QCOMPARE(log.suppressed(), 7);
        m_now += 999;
        log.write(QStringLiteral("still suppressed"));
        QCOMPARE(lines.size(), 3);
        m_now += 1;
        log.write(QStringLiteral("resumed"));
        QCOMPARE(lines.size(), 5);
        QVERIFY2(lines.at(3).startsWith(QStringLiteral("suppressed 8 audit lines")), qPrintable(lines.at(3)));
        QCOMPARE(lines.at(4), QStringLiteral("resumed"));
        QCOMPARE(log.suppressed(), 0);
        log.write(QStringLiteral("next"));
        QCOMPARE(lines.last(), QStringLiteral("next"));
    }
};

QTEST_GUILESS_MAIN(TestAuthThrottle)
#include "tst_auththrottle.moc"
