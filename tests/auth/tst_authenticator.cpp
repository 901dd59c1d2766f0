#include "common/crypto/DeviceKey.h"
#include "common/memory/MemoryProbe.h"
#include "metrics/Metrics.h"
#include "daemon/auth/Authenticator.h"

#include <QTest>

#include <sodium.h>

using namespace blufio;

namespace {
const QByteArray kToken = "unit-token-0123456789abcdef";
constexpr qint64 kNow = 1'700'000'000;

using Headers = QHash<QByteArray, QByteArray>;

Authenticator::Request request(const Headers &h, const QByteArray &method = "GET",
                               const QByteArray &target = "/v1/sessions", const QByteArray &body = {})
{
    return {method, target, body, [h](QByteArrayView name) {
                return h.value(name.toByteArray());
            }};
}

QByteArray randomBytes(qsizetype n)
{
    QByteArray out(n, Qt::Uninitialized);
    randombytes_buf(out.data(), size_t(n));
    return out;
}

// Signed headers with a nonce of the caller's choosing (RequestSigning::headers always uses 16 bytes).
Headers signedWith(const DeviceKey &key, const QByteArray &nonceB64, qint64 when,
                   const QByteArray &method = "GET", const QByteArray &target = "/v1/sessions",
                   const QByteArray &body = {})
{
    const QByteArray timestamp = QByteArray::number(when);
    const QByteArray signature
        = key.sign(RequestSigning::canonical(method, target, timestamp, nonceB64, body));
    return {{"x-blufio-key", key.publicKeyBase64()},
            {"x-blufio-timestamp", timestamp},
            {"x-blufio-nonce", nonceB64},
            {"x-blufio-signature", signature.toBase64()}};
}

QString describe(const AuthResult &r)
{
    switch (r.kind) {
    case AuthResult::Kind::Accepted:
        return QStringLiteral("accepted");
    case AuthResult::Kind::Busy:
        return QStringLiteral("busy");
    case AuthResult::Kind::Refused:
        return authReasonName(r.reason);
    }
    return {};
}
} // namespace

// Authenticator on its own, clock injected: every refusal has its typed reason.
class TestAuthenticator : public QObject
{
    Q_OBJECT

    DeviceKey m_key = DeviceKey::generate();

    Authenticator make(quint64 cap = Authenticator::kDefaultNonceCacheBytes)
    {
        return Authenticator(kToken, {QString::fromLatin1(m_key.publicKeyBase64())}, cap);
    }

private slots:
    void bearerScheme_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QString>("expected");
        const QString ok = QStringLiteral("accepted");
        QTest::newRow("Bearer") << "Bearer " + kToken << ok;
        QTest::newRow("bearer") << "bearer " + kToken << ok;
        QTest::newRow("BEARER") << "BEARER " + kToken << ok;
        QTest::newRow("bEaReR") << "bEaReR " + kToken << ok;
        QTest::newRow("several spaces") << "Bearer   " + kToken << ok;
        QTest::newRow("tab") << "Bearer\t" + kToken << ok;
        QTest::newRow("trailing space") << "Bearer " + kToken + " " << ok;
        QTest::newRow("scheme alone") << QByteArray("Bearer") << QStringLiteral("malformed");
        QTest::newRow("empty token") << QByteArray("Bearer ") << QStringLiteral("malformed");
        QTest::newRow("blank token") << QByteArray("Bearer \t ") << QStringLiteral("malformed");
        QTest::newRow("no separator") << "Bearer" + kToken << QStringLiteral("malformed");
        QTest::newRow("basic") << "Basic " + kToken.toBase64() << QStringLiteral("malformed");
        QTest::newRow("bearers") << "Bearers " + kToken << QStringLiteral("malformed");
        QTest::newRow("wrong token") << QByteArray("Bearer " + QByteArray(kToken.size(), 'x'))
                                     << QStringLiteral("bad_token");
        QTest::newRow("prefix of token") << "Bearer " + kToken.chopped(1) << QStringLiteral("bad_token");
        QTest::newRow("token and more") << "Bearer " + kToken + " more" << QStringLiteral("bad_token");
    }

    void bearerScheme()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(QString, expected);
        Authenticator auth = make();
        QCOMPARE(describe(auth.authenticate(request({{"authorization", authorization}}))), expected);
    }

    void noConfiguredTokenRefusesEveryToken()
    {
        Authenticator auth({}, {QString::fromLatin1(m_key.publicKeyBase64())});
        QCOMPARE(describe(auth.authenticate(request({{"authorization", "Bearer " + kToken}}))),
                 QStringLiteral("bad_token"));
    }

    void nonceLengths_data()
    {
        QTest::addColumn<QByteArray>("nonce");
        QTest::addColumn<QString>("expected");
        QTest::newRow("15 bytes") << randomBytes(15).toBase64() << QStringLiteral("malformed");
        QTest::newRow("16 bytes") << randomBytes(16).toBase64() << QStringLiteral("accepted");
        QTest::newRow("40 bytes") << randomBytes(40).toBase64() << QStringLiteral("accepted");
        QTest::newRow("64 bytes") << randomBytes(64).toBase64() << QStringLiteral("accepted");
        QTest::newRow("65 bytes") << randomBytes(65).toBase64() << QStringLiteral("malformed");
        QTest::newRow("1000 bytes") << randomBytes(1000).toBase64() << QStringLiteral("malformed");
        QTest::newRow("unpadded") << randomBytes(16).toBase64(QByteArray::OmitTrailingEquals)
                                  << QStringLiteral("malformed");
        QTest::newRow("base64url") << QByteArray(22, '_') + "==" << QStringLiteral("malformed");
        QTest::newRow("not base64") << QByteArray("!!!!not-base64!!!!!!!!") << QStringLiteral("malformed");
        // 16 bytes whose last character carries non-zero padding bits: decodes, but is not canonical.
        QByteArray nonCanonical = randomBytes(16).toBase64();
        nonCanonical[21] = 'B'; // "...xB==": the low 4 bits of the last sextet must be zero
        QTest::newRow("non-canonical") << nonCanonical << QStringLiteral("malformed");
    }

    void nonceLengths()
    {
        QFETCH(QByteArray, nonce);
        QFETCH(QString, expected);
        Authenticator auth = make();
        auth.setClock([] { return kNow; });
        QCOMPARE(describe(auth.authenticate(request(signedWith(m_key, nonce, kNow)))), expected);
        // Only an accepted signature is remembered.
        QCOMPARE(auth.rememberedNonces(), expected == u"accepted" ? 1 : 0);
    }

    void typedReasons_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        const QList<std::pair<const char *, const char *>> rows = {
            {"no credentials", "missing"},
            {"signature not base64", "malformed"},
            {"key alone", "malformed"},
            {"missing timestamp", "malformed"},
            {"timestamp with sign", "malformed"},
            {"timestamp with space", "malformed"},
            {"short signature", "malformed"},
            {"unknown key", "unknown_key"},
            {"61 s old", "stale"},
            {"61 s ahead", "stale"},
            {"60 s old", "accepted"},
            {"60 s ahead", "accepted"},
            {"tampered path", "bad_signature"},
            {"tampered method", "bad_signature"},
            {"tampered body", "bad_signature"},
            {"signed by another key", "bad_signature"},
            {"replay", "replay"},
            {"bearer wins over signature", "bad_token"},
        };
        for (const auto &[kind, expected] : rows)
            QTest::newRow(kind) << QString::fromLatin1(kind) << QString::fromLatin1(expected);
    }

    void typedReasons()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        Authenticator auth = make();
        auth.setClock([] { return kNow; });
        const QByteArray nonce = randomBytes(16).toBase64();
        Headers h = signedWith(m_key, nonce, kNow);
        QByteArray method = "GET", target = "/v1/sessions", body;
        if (kind == u"no credentials")
            h.clear();
        else if (kind == u"signature not base64")
            h.insert("x-blufio-signature", "!!!");
        else if (kind == u"key alone")
            h = {{"x-blufio-key", m_key.publicKeyBase64()}};
        else if (kind == u"missing timestamp")
            h.remove("x-blufio-timestamp");
        else if (kind == u"timestamp with sign")
            h.insert("x-blufio-timestamp", "+" + QByteArray::number(kNow));
        else if (kind == u"timestamp with space")
            h.insert("x-blufio-timestamp", " " + QByteArray::number(kNow));
        else if (kind == u"short signature")
            h.insert("x-blufio-signature", randomBytes(63).toBase64());
        else if (kind == u"unknown key")
            h = signedWith(DeviceKey::generate(), nonce, kNow);
        else if (kind == u"61 s old")
            h = signedWith(m_key, nonce, kNow - 61);
        else if (kind == u"61 s ahead")
            h = signedWith(m_key, nonce, kNow + 61);
        else if (kind == u"60 s old")
            h = signedWith(m_key, nonce, kNow - 60);
        else if (kind == u"60 s ahead")
            h = signedWith(m_key, nonce, kNow + 60);
        else if (kind == u"tampered path")
            target = "/v1/sessions?limit=1";
        else if (kind == u"tampered method")
            method = "DELETE";
        else if (kind == u"tampered body")
            body = "{}";
        else if (kind == u"signed by another key")
            h.insert("x-blufio-signature",
                     signedWith(DeviceKey::generate(), nonce, kNow).value("x-blufio-signature"));
        else if (kind == u"replay")
            QVERIFY(auth.authenticate(request(h)).ok());
        else if (kind == u"bearer wins over signature")
            h.insert("authorization", "Bearer " + QByteArray(kToken.size(), 'y'));
        QCOMPARE(describe(auth.authenticate(request(h, method, target, body))), expected);
    }

    void replayCaughtUntilTheTimestampIsStale()
    {
        qint64 now = kNow;
        Authenticator auth = make();
        auth.setClock([&now] { return now; });
        const Headers h = signedWith(m_key, randomBytes(16).toBase64(), kNow);
        QVERIFY(auth.authenticate(request(h)).ok());
        for (now = kNow; now <= kNow + Authenticator::kWindowSecs; now += 10)
            QCOMPARE(describe(auth.authenticate(request(h))), QStringLiteral("replay"));
        now = kNow + Authenticator::kWindowSecs + 1;
        QCOMPARE(describe(auth.authenticate(request(h))), QStringLiteral("stale"));
    }

    // 3,000+ signed requests with 64-byte nonces: the accounted bytes are what the heap grew by
    // (or more), and the default cap holds them with room to spare. Some counts fall just past
    // a growth of the hash table, when its buckets are least used.
    void nonceCacheAccountsItsHeap_data()
    {
        QTest::addColumn<int>("kRequests");
        for (const int n : {3000, 3500, 4097, 8193})
            QTest::addRow("%d", n) << n;
    }

    void nonceCacheAccountsItsHeap()
    {
        QFETCH(const int, kRequests);
        Authenticator auth = make();
        auth.setClock([] { return kNow; });
        QList<Headers> requests;
        for (int i = 0; i < kRequests; ++i)
            requests.append(signedWith(m_key, randomBytes(Authenticator::kMaxNonceBytes).toBase64(), kNow));
        const quint64 heapBefore = MemoryProbe::sample().heapBytes;
        for (const Headers &h : std::as_const(requests))
            QVERIFY(auth.authenticate(request(h)).ok());
        const quint64 heapAfter = MemoryProbe::sample().heapBytes;
        QCOMPARE(auth.rememberedNonces(), kRequests);
        const quint64 perEntry = Authenticator::nonceEntryCost(32 + Authenticator::kMaxNonceBytes);
        QCOMPARE(auth.nonceCacheBytes(), kRequests * perEntry);
        QVERIFY(auth.nonceCacheBytes() <= Authenticator::kDefaultNonceCacheBytes);
        const qint64 grew = qint64(heapAfter) - qint64(heapBefore);
        qInfo("heap grew by %lld bytes for %d nonces (%s), accounted %llu", grew, kRequests,
              qPrintable(MemoryProbe::allocatorName()), auth.nonceCacheBytes());
        QVERIFY2(grew <= qint64(auth.nonceCacheBytes()),
                 qPrintable(
                     QStringLiteral("heap grew by %1, accounted %2").arg(grew).arg(auth.nonceCacheBytes())));
        QCOMPARE(auth.shed(), 0u); // all inside the window
    }

    // A cap smaller than the flood: the cache never passes it, unexpired nonces are never dropped
    // (a replay is still caught when full), new signed requests wait until old ones expire.
    void nonceCacheFullFailsClosed()
    {
        constexpr int kRequests = 3200;
        const quint64 perEntry = Authenticator::nonceEntryCost(32 + Authenticator::kMaxNonceBytes);
        const quint64 cap = 1000 * perEntry + perEntry / 2;
        qint64 now = kNow;
        Authenticator auth = make(cap);
        auth.setClock([&now] { return now; });
        int accepted = 0, busy = 0;
        Headers first;
        for (int i = 0; i < kRequests; ++i) {
            if (i == kRequests / 2)
                now += 30; // later requests' nonces expire later
            const Headers h = signedWith(m_key, randomBytes(Authenticator::kMaxNonceBytes).toBase64(), now);
            if (i == 0)
                first = h;
            const AuthResult r = auth.authenticate(request(h));
            if (r.ok()) {
                ++accepted;
            } else {
                QCOMPARE(describe(r), QStringLiteral("busy"));
                QVERIFY(r.retryAfterSecs >= 1 && r.retryAfterSecs <= Authenticator::kWindowSecs + 1);
                ++busy;
            }
            QVERIFY(auth.nonceCacheBytes() <= cap);
        }
        QCOMPARE(accepted, 1000);
        QCOMPARE(busy, kRequests - 1000);
        QCOMPARE(describe(auth.authenticate(request(first))), QStringLiteral("replay"));
        // Once the first nonces' window is over they make room, without shed().
        now = kNow + Authenticator::kWindowSecs + 1;
        QVERIFY(auth.authenticate(request(signedWith(m_key, randomBytes(16).toBase64(), now))).ok());
        QCOMPARE(auth.rememberedNonces(), 1);
        QCOMPARE(auth.nonceCacheBytes(), Authenticator::nonceEntryCost(32 + 16));
    }

    void shedReturnsTheBytesItFreed()
    {
        qint64 now = kNow;
        Authenticator auth = make();
        auth.setClock([&now] { return now; });
        for (int i = 0; i < 10; ++i)
            QVERIFY(auth.authenticate(request(signedWith(m_key, randomBytes(64).toBase64(), now))).ok());
        const quint64 held = auth.nonceCacheBytes();
        QCOMPARE(held, 10 * Authenticator::nonceEntryCost(96));
        now += Authenticator::kWindowSecs + 1;
        QCOMPARE(auth.shed(), held);
        QCOMPARE(auth.nonceCacheBytes(), 0u);
    }

    // blufio_auth_failures_total starts with every reason of the fixed set at 0.
    void metricsHaveEveryReason()
    {
        Metrics metrics(QStringLiteral("test"));
        const QByteArray text = metrics.render();
        for (const AuthReason reason : kAuthReasons) {
            const QByteArray line = "blufio_auth_failures_total{reason=\""
                + authReasonName(reason).toString().toLatin1() + "\"} 0";
            QVERIFY2(text.contains(line), line.constData());
        }
        QVERIFY(text.contains("\nblufio_auth_lockouts_total 0\n"));
    }
};

QTEST_GUILESS_MAIN(TestAuthenticator)
#include "tst_authenticator.moc"
