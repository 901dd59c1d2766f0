#include "Authenticator.h"

#include "common/crypto/DeviceKey.h"
#include "daemon/auth/KeyDirectory.h"

#include <QDateTime>
#include <QLoggingCategory>

#include <sodium.h>

Q_LOGGING_CATEGORY(lcAuth, "blufio.auth")

namespace blufio {

namespace {
QByteArray digest(const QByteArray &data)
{
    QByteArray out(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char *>(out.data()),
                       reinterpret_cast<const unsigned char *>(data.constData()), quint64(data.size()));
    return out;
}

// Strict base64: QByteArray::fromBase64 silently skips garbage, and even the aborting decoder
// takes several spellings of the same bytes (missing padding, non-zero trailing bits). Only the
// canonical padded form is accepted, so one header value means one thing.
std::optional<QByteArray> decodeBase64(const QByteArray &text)
{
    if (text.isEmpty())
        return std::nullopt;
    auto result = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!result || result.decoded.toBase64() != text)
        return std::nullopt;
    return *result;
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

// Unix seconds as decimal digits only: no sign, no spaces, no overflow.
std::optional<qint64> parseTimestamp(const QByteArray &text)
{
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    return text.toLongLong();
}
} // namespace

Authenticator::Authenticator(const QByteArray &bearerToken, const QStringList &deviceKeys,
                             quint64 nonceCacheMaxBytes)
    : m_nonceMaxBytes(nonceCacheMaxBytes), m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
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

AuthResult Authenticator::authenticate(const Request &request)
{
    const QByteArray authorization = request.header("authorization");
    if (!authorization.isEmpty())
        return checkBearer(authorization);
    if (!request.header("x-blufio-signature").isEmpty() || !request.header("x-blufio-key").isEmpty())
        return checkSignature(request);
    return AuthResult::refused(AuthReason::Missing);
}

AuthResult Authenticator::checkBearer(const QByteArray &header)
{
    // RFC 9110 §11.1: the scheme is case-insensitive; 1*SP separates it from the token. HTAB is
    // accepted too, as header values' own whitespace is.
    qsizetype schemeEnd = 0;
    while (schemeEnd < header.size() && !isBlank(header.at(schemeEnd)))
        ++schemeEnd;
    qsizetype tokenStart = schemeEnd;
    while (tokenStart < header.size() && isBlank(header.at(tokenStart)))
        ++tokenStart;
    qsizetype tokenEnd = header.size();
    while (tokenEnd > tokenStart && isBlank(header.at(tokenEnd - 1)))
        --tokenEnd;
    if (header.first(schemeEnd).compare("bearer", Qt::CaseInsensitive) != 0 || tokenStart == schemeEnd
        || tokenEnd == tokenStart)
        return AuthResult::refused(AuthReason::Malformed);

    const QByteArray presented = digest(header.sliced(tokenStart, tokenEnd - tokenStart));
    // Compare digests even without a configured token, so both paths cost the same.
    const QByteArray expected
        = m_tokenDigest.isEmpty() ? QByteArray(crypto_hash_sha256_BYTES, '\0') : m_tokenDigest;
    const bool same
        = sodium_memcmp(presented.constData(), expected.constData(), crypto_hash_sha256_BYTES) == 0;
    if (same && !m_tokenDigest.isEmpty())
        return AuthResult::accepted();
    // An API key: looked up by the digest on a unique index. The index walk's timing can at most
    // tell how a guess's SHA-256 compares to stored digests, which says nothing about a token.
    if (m_directory) {
        if (std::optional<Caller> caller = m_directory->byTokenHash(presented))
            return AuthResult::accepted(std::move(*caller));
    }
    return AuthResult::refused(AuthReason::BadToken);
}

AuthResult Authenticator::checkSignature(const Request &request)
{
    const auto key = decodeBase64(request.header("x-blufio-key"));
    const QByteArray timestamp = request.header("x-blufio-timestamp");
    const auto when = parseTimestamp(timestamp);
    const QByteArray nonceB64 = request.header("x-blufio-nonce");
    const auto nonce = decodeBase64(nonceB64);
    const auto signature = decodeBase64(request.header("x-blufio-signature"));
    if (!key || !when || !nonce || !signature || key->size() != crypto_sign_PUBLICKEYBYTES
        || nonce->size() < kMinNonceBytes || nonce->size() > kMaxNonceBytes
        || signature->size() != crypto_sign_BYTES)
        return AuthResult::refused(AuthReason::Malformed);
    // A device key named with `blufio keys add --device` carries its scope; a plain configured one is admin.
    std::optional<Caller> caller;
    if (m_keys.contains(*key))
        caller = Caller::configuredAdmin();
    else if (m_directory)
        caller = m_directory->byDevice(*key);
    if (!caller)
        return AuthResult::refused(AuthReason::UnknownKey);
    const qint64 now = m_clock();
    if (qAbs(now - *when) > kWindowSecs)
        return AuthResult::refused(AuthReason::Stale);
    const QByteArray message
        = RequestSigning::canonical(request.method, request.pathAndQuery, timestamp, nonceB64, request.body);
    if (crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature->constData()),
                                    reinterpret_cast<const unsigned char *>(message.constData()),
                                    quint64(message.size()),
                                    reinterpret_cast<const unsigned char *>(key->constData()))
        != 0)
        return AuthResult::refused(AuthReason::BadSignature);
    // Only verified nonces are remembered, so forged requests cannot fill the cache.
    AuthResult result = remember(*key + *nonce, *when, now);
    if (result.ok())
        result.caller = std::move(*caller);
    return result;
}

AuthResult Authenticator::remember(const QByteArray &keyAndNonce, qint64 timestamp, qint64 now)
{
    if (now >= m_nextExpiry)
        dropExpired(now);
    if (m_nonces.contains(keyAndNonce))
        return AuthResult::refused(AuthReason::Replay);
    const quint64 cost = nonceEntryCost(keyAndNonce.size());
    if (m_nonceBytes + cost > m_nonceMaxBytes) {
        // Every entry is still inside its window (expired ones went above): forgetting one would
        // let its request be replayed, so the new request waits instead. Fail closed.
        const qint64 wait
            = m_nextExpiry == std::numeric_limits<qint64>::max() ? kWindowSecs + 1 : m_nextExpiry - now;
        return AuthResult::busy(int(qBound<qint64>(1, wait, 2 * kWindowSecs + 1)));
    }
    // A nonce must be remembered as long as its timestamp could still be accepted.
    const qint64 expiry = timestamp + kWindowSecs + 1;
    m_nonces.insert(keyAndNonce, expiry);
    m_nonceBytes += cost;
    m_nextExpiry = qMin(m_nextExpiry, expiry);
    return AuthResult::accepted();
}

quint64 Authenticator::dropExpired(qint64 now)
{
    quint64 freed = 0;
    qint64 next = std::numeric_limits<qint64>::max();
    for (auto it = m_nonces.begin(); it != m_nonces.end();) {
        if (it.value() <= now) {
            freed += nonceEntryCost(it.key().size());
            it = m_nonces.erase(it);
        } else {
            next = qMin(next, it.value());
            ++it;
        }
    }
    m_nonceBytes -= freed;
    m_nextExpiry = next;
    return freed;
}

quint64 Authenticator::shed()
{
    const quint64 freed = dropExpired(m_clock());
    m_nonces.squeeze();
    qCInfo(lcAuth).noquote() << "nonce cache: shed" << freed << "bytes;" << m_nonceBytes << "bytes in"
                             << m_nonces.size() << "unexpired nonces kept";
    return freed;
}

} // namespace blufio
