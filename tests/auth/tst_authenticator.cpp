#include "common/crypto/DeviceKey.h"
#include "common/memory/MemoryProbe.h"
#include "daemon/auth/Authenticator.h"
#include "metrics/Metrics.h"

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

    // Signed headers whose timestamp text is given as is (signedWith() formats a number).
    Headers signedWithTimestamp(const QByteArray &nonceB64, const QByteArray &timestamp,
                                const QByteArray &method, const QByteArray &target,
                                const QByteArray &body) const
    {
        const QByteArray signature
            = m_key.sign(RequestSigning::canonical(method, target, timestamp, nonceB64, body));
        return {{"x-blufio-key", m_key.publicKeyBase64()},
                {"x-blufio-timestamp", timestamp},
                {"x-blufio-nonce", nonceB64},
                {"x-blufio-signature", signature.toBase64()}};
    }

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

    // Every combination of what is configured and what a request carries. Nothing configured
    // refuses everything (fail closed), with the reason a configured daemon would give.
    void configurations_data()
    {
        QTest::addColumn<bool>("withToken");
        QTest::addColumn<bool>("withKey");
        QTest::addColumn<QString>("credential");
        QTest::addColumn<QString>("expected");
        const QString ok = QStringLiteral("accepted");
        const struct
        {
            const char *name;
            bool token, key;
        } configs[] = {{"token and key", true, true},
                       {"token only", true, false},
                       {"key only", false, true},
                       {"neither", false, false}};
        for (const auto &c : configs) {
            QTest::addRow("%s: token", c.name) << c.token << c.key << QStringLiteral("token")
                                               << (c.token ? ok : QStringLiteral("bad_token"));
            QTest::addRow("%s: signature", c.name) << c.token << c.key << QStringLiteral("signature")
                                                   << (c.key ? ok : QStringLiteral("unknown_key"));
            QTest::addRow("%s: nothing", c.name)
                << c.token << c.key << QStringLiteral("nothing") << QStringLiteral("missing");
            // The Authorization header decides when both are sent.
            QTest::addRow("%s: token and signature", c.name)
                << c.token << c.key << QStringLiteral("both") << (c.token ? ok : QStringLiteral("bad_token"));
            QTest::addRow("%s: wrong token", c.name)
                << c.token << c.key << QStringLiteral("wrong token") << QStringLiteral("bad_token");
        }
    }

    void configurations()
    {
        QFETCH(bool, withToken);
        QFETCH(bool, withKey);
        QFETCH(QString, credential);
        QFETCH(QString, expected);
        const QStringList keys
            = withKey ? QStringList {QString::fromLatin1(m_key.publicKeyBase64())} : QStringList();
        Authenticator auth(withToken ? kToken : QByteArray(), keys);
        auth.setClock([] { return kNow; });
        QCOMPARE(auth.configured(), withToken || withKey);
        QVERIFY(auth.invalidKeys().isEmpty());
        Headers h;
        if (credential == u"signature" || credential == u"both")
            h = signedWith(m_key, randomBytes(16).toBase64(), kNow);
        if (credential == u"token" || credential == u"both")
            h.insert("authorization", "Bearer " + kToken);
        if (credential == u"wrong token")
            h.insert("authorization", "Bearer " + QByteArray(kToken).replace('0', '1'));
        QCOMPARE(describe(auth.authenticate(request(h))), expected);
    }

    // How the headers of a request may look, one change at a time from a valid signed request.
    void headerVariants_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        const QList<std::pair<const char *, const char *>> rows = {
            {"as signed", "accepted"},
            // Authorization
            {"empty authorization", "accepted"}, // an empty value is no Authorization header
            {"blank authorization", "malformed"},
            {"valid token, garbage signature headers", "accepted"},
            {"one-character token", "bad_token"},
            {"10 KiB token", "bad_token"},
            {"token with a NUL", "bad_token"},
            {"token in quotes", "bad_token"},
            // Which signature headers are there
            {"nonce and timestamp only", "missing"},
            {"signature without key", "malformed"},
            {"key without signature", "malformed"},
            {"no nonce", "malformed"},
            // Encodings
            {"key with surrounding space", "malformed"},
            {"unpadded key", "malformed"},
            {"31-byte key", "malformed"},
            {"33-byte key", "malformed"},
            {"65-byte signature", "malformed"},
            {"timestamp with leading zeros, signed so", "accepted"},
            {"19-digit timestamp", "malformed"},
            {"hex timestamp", "malformed"},
            {"timestamp in milliseconds", "stale"},
            {"timestamp 0", "stale"},
            // What the signature covers: the target exactly as sent, method, body, timestamp, nonce
            {"query signed and sent", "accepted"},
            {"decoded target", "bad_signature"},
            {"query reordered", "bad_signature"},
            {"trailing slash added", "bad_signature"},
            {"method in lower case", "bad_signature"},
            {"body dropped", "bad_signature"},
            {"body added", "bad_signature"},
            {"timestamp moved within the window", "bad_signature"},
            {"nonce swapped", "bad_signature"},
            // The nonce is what a replay is recognised by, whatever else is re-signed around it
            {"same nonce, re-signed with another timestamp", "replay"},
            {"same nonce, re-signed for another target", "replay"},
        };
        for (const auto &[kind, expected] : rows)
            QTest::newRow(kind) << QString::fromLatin1(kind) << QString::fromLatin1(expected);
    }

    void headerVariants()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        Authenticator auth = make();
        auth.setClock([] { return kNow; });
        const QByteArray nonce = randomBytes(16).toBase64();
        QByteArray method = "POST", target = "/v1/messages", body = R"({"content":"hi"})";
        Headers h = signedWith(m_key, nonce, kNow, method, target, body);
        QByteArray sentTarget = target, sentMethod = method, sentBody = body;
        const QByteArray key = m_key.publicKeyBase64();
        const QByteArray rawKey = QByteArray::fromBase64(key);

        if (kind == u"empty authorization")
            h.insert("authorization", {});
        else if (kind == u"blank authorization")
            h.insert("authorization", "   ");
        else if (kind == u"valid token, garbage signature headers")
            h = {{"authorization", "Bearer " + kToken}, {"x-blufio-key", "%%%"}, {"x-blufio-signature", "!"}};
        else if (kind == u"one-character token")
            h = {{"authorization", "Bearer x"}};
        else if (kind == u"10 KiB token")
            h = {{"authorization", "Bearer " + QByteArray(10240, 'a')}};
        else if (kind == u"token with a NUL")
            h = {{"authorization", "Bearer " + kToken + QByteArray(1, '\0')}};
        else if (kind == u"token in quotes")
            h = {{"authorization", "Bearer \"" + kToken + '"'}};
        else if (kind == u"nonce and timestamp only")
            h = {{"x-blufio-timestamp", QByteArray::number(kNow)}, {"x-blufio-nonce", nonce}};
        else if (kind == u"signature without key")
            h.remove("x-blufio-key");
        else if (kind == u"key without signature")
            h.remove("x-blufio-signature");
        else if (kind == u"no nonce")
            h.remove("x-blufio-nonce");
        else if (kind == u"key with surrounding space")
            h.insert("x-blufio-key", ' ' + key + ' ');
        else if (kind == u"unpadded key")
            h.insert("x-blufio-key", rawKey.toBase64(QByteArray::OmitTrailingEquals));
        else if (kind == u"31-byte key")
            h.insert("x-blufio-key", rawKey.chopped(1).toBase64());
        else if (kind == u"33-byte key")
            h.insert("x-blufio-key", QByteArray(rawKey + 'x').toBase64());
        else if (kind == u"65-byte signature")
            h.insert("x-blufio-signature",
                     QByteArray(QByteArray::fromBase64(h.value("x-blufio-signature")) + 'x').toBase64());
        else if (kind == u"timestamp with leading zeros, signed so")
            h = signedWithTimestamp(nonce, "000" + QByteArray::number(kNow), method, target, body);
        else if (kind == u"19-digit timestamp")
            h = signedWithTimestamp(nonce, "000000000" + QByteArray::number(kNow), method, target, body);
        else if (kind == u"hex timestamp")
            h = signedWithTimestamp(nonce, QByteArray::number(kNow, 16), method, target, body);
        else if (kind == u"timestamp in milliseconds")
            h = signedWith(m_key, nonce, kNow * 1000, method, target, body);
        else if (kind == u"timestamp 0")
            h = signedWith(m_key, nonce, 0, method, target, body);
        else if (kind == u"query signed and sent")
            h = signedWith(m_key, nonce, kNow, method, sentTarget = "/v1/messages?x=1&y=%2F", body);
        else if (kind == u"decoded target") {
            h = signedWith(m_key, nonce, kNow, "GET", "/v1/sessions/a%20b");
            sentMethod = "GET", sentTarget = "/v1/sessions/a b", sentBody = {};
        } else if (kind == u"query reordered") {
            h = signedWith(m_key, nonce, kNow, "GET", "/v1/sessions?limit=1&cursor=c");
            sentMethod = "GET", sentTarget = "/v1/sessions?cursor=c&limit=1", sentBody = {};
        } else if (kind == u"trailing slash added")
            sentTarget = target + '/';
        else if (kind == u"method in lower case")
            sentMethod = method.toLower();
        else if (kind == u"body dropped")
            sentBody = {};
        else if (kind == u"body added") {
            h = signedWith(m_key, nonce, kNow, "GET", "/v1/sessions");
            sentMethod = "GET", sentTarget = "/v1/sessions", sentBody = "{}";
        } else if (kind == u"timestamp moved within the window")
            h.insert("x-blufio-timestamp", QByteArray::number(kNow - 1));
        else if (kind == u"nonce swapped")
            h.insert("x-blufio-nonce", randomBytes(16).toBase64());
        else if (kind == u"same nonce, re-signed with another timestamp") {
            QVERIFY(auth.authenticate(request(h, method, target, body)).ok());
            h = signedWith(m_key, nonce, kNow - 5, method, target, body);
        } else if (kind == u"same nonce, re-signed for another target") {
            QVERIFY(auth.authenticate(request(h, method, target, body)).ok());
            h = signedWith(m_key, nonce, kNow, "GET", sentTarget = "/v1/sessions");
            sentMethod = "GET", sentBody = {};
        }
        QCOMPARE(describe(auth.authenticate(request(h, sentMethod, sentTarget, sentBody))), expected);
    }

    // gateway.device_keys entries: which ones are refused at start (blufiod exits 78 naming the
    // first), and that a valid entry works whatever sits next to it.
    void deviceKeyConfig_data()
    {
        QTest::addColumn<QStringList>("entries");
        QTest::addColumn<QStringList>("invalid");
        const QString key = QString::fromLatin1(m_key.publicKeyBase64());
        const QByteArray raw = m_key.publicKey();
        const QString unpadded = QString::fromLatin1(raw.toBase64(QByteArray::OmitTrailingEquals));
        const QString short31 = QString::fromLatin1(raw.chopped(1).toBase64());
        const QString long33 = QString::fromLatin1(QByteArray(raw + 'x').toBase64());
        const QString hex = QString::fromLatin1(raw.toHex());
        QTest::newRow("valid") << QStringList {key} << QStringList();
        QTest::newRow("surrounding whitespace is trimmed")
            << QStringList {u' ' + key + u'\t'} << QStringList();
        QTest::newRow("twice") << QStringList {key, key} << QStringList();
        QTest::newRow("not base64") << QStringList {key, QStringLiteral("not a key!")}
                                    << QStringList {QStringLiteral("not a key!")};
        QTest::newRow("unpadded") << QStringList {unpadded, key} << QStringList {unpadded};
        QTest::newRow("31 bytes") << QStringList {short31, key} << QStringList {short31};
        QTest::newRow("33 bytes") << QStringList {key, long33} << QStringList {long33};
        QTest::newRow("hex") << QStringList {key, hex} << QStringList {hex};
        QTest::newRow("empty entry") << QStringList {QString(), key} << QStringList {QString()};
        QTest::newRow("all invalid") << QStringList {short31, unpadded} << QStringList {short31, unpadded};
    }

    void deviceKeyConfig()
    {
        QFETCH(QStringList, entries);
        QFETCH(QStringList, invalid);
        Authenticator auth({}, entries);
        auth.setClock([] { return kNow; });
        QCOMPARE(auth.invalidKeys(), invalid);
        const bool keyUsable = invalid.size() < entries.size();
        QCOMPARE(auth.configured(), keyUsable);
        QCOMPARE(describe(auth.authenticate(request(signedWith(m_key, randomBytes(16).toBase64(), kNow)))),
                 keyUsable ? QStringLiteral("accepted") : QStringLiteral("unknown_key"));
    }

    // Nonces are remembered per key: two devices may pick the same one, each only once.
    void noncesArePerKey()
    {
        const DeviceKey other = DeviceKey::generate();
        Authenticator auth(
            {}, {QString::fromLatin1(m_key.publicKeyBase64()), QString::fromLatin1(other.publicKeyBase64())});
        auth.setClock([] { return kNow; });
        const QByteArray nonce = randomBytes(16).toBase64();
        const Headers mine = signedWith(m_key, nonce, kNow);
        const Headers theirs = signedWith(other, nonce, kNow);
        QCOMPARE(describe(auth.authenticate(request(mine))), QStringLiteral("accepted"));
        QCOMPARE(describe(auth.authenticate(request(theirs))), QStringLiteral("accepted"));
        QCOMPARE(describe(auth.authenticate(request(mine))), QStringLiteral("replay"));
        QCOMPARE(describe(auth.authenticate(request(theirs))), QStringLiteral("replay"));
        QCOMPARE(auth.rememberedNonces(), 2);
    }

    // A refused signature leaves nothing behind: the same nonce, properly signed, still works.
    void refusalsRememberNothing()
    {
        Authenticator auth = make();
        auth.setClock([] { return kNow; });
        const QByteArray nonce = randomBytes(16).toBase64();
        Headers forged = signedWith(m_key, nonce, kNow);
        forged.insert("x-blufio-signature",
                      signedWith(DeviceKey::generate(), nonce, kNow).value("x-blufio-signature"));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(describe(auth.authenticate(request(forged))), QStringLiteral("bad_signature"));
        QCOMPARE(describe(auth.authenticate(request(signedWith(m_key, nonce, kNow - 61)))),
                 QStringLiteral("stale"));
        QCOMPARE(auth.rememberedNonces(), 0);
        QCOMPARE(describe(auth.authenticate(request(signedWith(m_key, nonce, kNow)))),
                 QStringLiteral("accepted"));
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
