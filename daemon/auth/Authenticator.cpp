#include "Authenticator.h"

#include "common/crypto/DeviceKey.h"

#include <QDateTime>

#include <sodium.h>

namespace blufio {

namespace {
QByteArray digest(const QByteArray &data)
{
    QByteArray out(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char *>(out.data()), reinterpret_cast<const unsigned char *>(data.constData()),
                       quint64(data.size()));
    return out;
}

// Strict base64: QByteArray::fromBase64 silently skips garbage, which would let two different
// header values mean the same key or signature.
std::optional<QByteArray> decodeBase64(const QByteArray &text)
{
    auto result = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    return *result;
}
} // namespace

Authenticator::Authenticator(const QByteArray &bearerToken, const QStringList &deviceKeys)
    : m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
    if (sodium_init() < 0)
        qFatal("libsodium could not be initialised");
    if (!bearerToken.isEmpty())
        m_tokenDigest = digest(bearerToken);
    for (const QString &key : deviceKeys) {
        const auto raw = decodeBase64(key.trimmed().toLatin1());
        if (raw && raw->size() == crypto_sign_PUBLICKEYBYTES)
            m_keys.append(*raw);
        else
            m_invalidKeys.append(key);
    }
}

Authenticator::~Authenticator()
{
    sodium_memzero(m_tokenDigest.data(), size_t(m_tokenDigest.size()));
}

bool Authenticator::authenticate(const Request &request)
{
    m_lastReason.clear();
    const QByteArray authorization = request.header("authorization");
    if (!authorization.isEmpty())
        return checkBearer(authorization);
    if (!request.header("x-blufio-signature").isEmpty())
        return checkSignature(request);
    m_lastReason = QStringLiteral("no credentials");
    return false;
}

bool Authenticator::checkBearer(const QByteArray &header)
{
    if (!header.startsWith("Bearer ")) {
        m_lastReason = QStringLiteral("authorization is not a bearer token");
        return false;
    }
    const QByteArray presented = digest(header.mid(7).trimmed());
    // Compare digests even without a configured token, so both paths cost the same.
    const QByteArray expected = m_tokenDigest.isEmpty() ? QByteArray(crypto_hash_sha256_BYTES, '\0') : m_tokenDigest;
    const bool same = sodium_memcmp(presented.constData(), expected.constData(), crypto_hash_sha256_BYTES) == 0;
    if (!same || m_tokenDigest.isEmpty()) {
        m_lastReason = QStringLiteral("wrong bearer token");
        return false;
    }
    return true;
}

bool Authenticator::checkSignature(const Request &request)
{
    const auto key = decodeBase64(request.header("x-blufio-key"));
    const QByteArray timestamp = request.header("x-blufio-timestamp");
    const QByteArray nonceB64 = request.header("x-blufio-nonce");
    const auto nonce = decodeBase64(nonceB64);
    const auto signature = decodeBase64(request.header("x-blufio-signature"));
    if (!key || !nonce || !signature || key->size() != crypto_sign_PUBLICKEYBYTES || nonce->size() < 16
        || signature->size() != crypto_sign_BYTES) {
        m_lastReason = QStringLiteral("malformed signature headers");
        return false;
    }
    if (!m_keys.contains(*key)) {
        m_lastReason = QStringLiteral("unknown device key");
        return false;
    }
    bool ok = false;
    const qint64 when = timestamp.toLongLong(&ok);
    const qint64 now = m_clock();
    if (!ok || qAbs(now - when) > kWindowSecs) {
        m_lastReason = QStringLiteral("timestamp outside the %1 s window").arg(kWindowSecs);
        return false;
    }
    const QByteArray message = RequestSigning::canonical(request.method, request.pathAndQuery, timestamp, nonceB64, request.body);
    if (crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature->constData()),
                                    reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()),
                                    reinterpret_cast<const unsigned char *>(key->constData()))
        != 0) {
        m_lastReason = QStringLiteral("bad signature");
        return false;
    }
    // Only verified nonces are remembered, so forged requests cannot fill the cache.
    const QByteArray nonceKey = *key + *nonce;
    pruneNonces(now);
    if (m_nonces.contains(nonceKey)) {
        m_lastReason = QStringLiteral("replayed nonce");
        return false;
    }
    if (m_nonces.size() >= kMaxNonces) {
        m_lastReason = QStringLiteral("nonce cache full");
        return false;
    }
    // A nonce must be remembered as long as its timestamp could still be accepted.
    m_nonces.insert(nonceKey, when + kWindowSecs + 1);
    return true;
}

quint64 Authenticator::shed()
{
    const qsizetype before = m_nonces.size();
    for (auto it = m_nonces.begin(); it != m_nonces.end();) {
        if (it.value() < m_clock())
            it = m_nonces.erase(it);
        else
            ++it;
    }
    m_nonces.squeeze();
    // Key (32) + nonce (16+) + expiry + hash node overhead: about 100 bytes an entry.
    return quint64(before - m_nonces.size()) * 100;
}

void Authenticator::pruneNonces(qint64 now)
{
    if (m_nonces.size() < 1024)
        return;
    for (auto it = m_nonces.begin(); it != m_nonces.end();) {
        if (it.value() < now)
            it = m_nonces.erase(it);
        else
            ++it;
    }
}

} // namespace blufio
