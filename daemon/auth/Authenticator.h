#pragma once

#include "common/memory/MemoryPressure.h"
#include "daemon/auth/AuthResult.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <limits>

namespace blufio {

class KeyDirectory;

// Decides whether a request may use /v1 and /ws: a bearer token (compared as fixed-length
// SHA-256 digests with sodium_memcmp, so neither content nor length leaks through timing) or an
// Ed25519 device signature with a ±60 s window and a nonce cache against replays, bounded in bytes.
// Fails closed: anything malformed is a refusal, and the caller answers every refusal alike.
class Authenticator : public MemoryPressure
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray pathAndQuery; // the request target exactly as sent: that is what was signed
        QByteArray body;
        std::function<QByteArray(QByteArrayView)> header; // lower-case name -> value
    };

    static constexpr qint64 kWindowSecs = 60;
    static constexpr qsizetype kMinNonceBytes = 16;
    static constexpr qsizetype kMaxNonceBytes = 64;
    // What a remembered nonce costs beyond its key and nonce bytes: the QByteArray header and
    // allocator rounding, the hash node (QByteArray + expiry) and the span's share of buckets.
    // Measured against jemalloc's heap in tst_authenticator (125 to 135 bytes, depending on how full
    // the hash table is); rounded up so the accounting errs high.
    static constexpr quint64 kNonceEntryOverhead = 160;
    // 4 MiB holds 16,384 maximum-size nonces: over 270 signed requests a second for the
    // whole window, far beyond a personal gateway, and a fixed ceiling whatever a client sends.
    static constexpr quint64 kDefaultNonceCacheBytes = quint64(4) << 20;

    // deviceKeys: base64 Ed25519 public keys. Invalid entries are reported by invalidKeys().
    Authenticator(const QByteArray &bearerToken, const QStringList &deviceKeys,
                  quint64 nonceCacheMaxBytes = kDefaultNonceCacheBytes);
    ~Authenticator() override;

    AuthResult authenticate(const Request &request);
    QStringList invalidKeys() const { return m_invalidKeys; }
    bool configured() const { return !m_tokenDigest.isEmpty() || !m_keys.isEmpty(); }
    // The API keys of `blufio keys add` ([12]), asked for a token or device key the configuration
    // does not name. Null: only the configured credentials.
    void setKeyDirectory(KeyDirectory *keys) { m_directory = keys; }

    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    // MemoryPressure: forget nonces whose timestamps can no longer be accepted anyway.
    const char *name() const override { return "nonce cache"; }
    quint64 shed() override;

    int rememberedNonces() const { return int(m_nonces.size()); }
    quint64 nonceCacheBytes() const { return m_nonceBytes; }
    quint64 nonceCacheMaxBytes() const { return m_nonceMaxBytes; }
    static quint64 nonceEntryCost(qsizetype keyAndNonceBytes)
    {
        return quint64(keyAndNonceBytes) + kNonceEntryOverhead;
    }

private:
    AuthResult checkBearer(const QByteArray &header);
    AuthResult checkSignature(const Request &request);
    AuthResult remember(const QByteArray &keyAndNonce, qint64 timestamp, qint64 now);
    quint64 dropExpired(qint64 now);

    QByteArray m_tokenDigest;
    QList<QByteArray> m_keys;
    QStringList m_invalidKeys;
    QHash<QByteArray, qint64> m_nonces; // key+nonce -> unix time from which it may be forgotten
    quint64 m_nonceBytes = 0; // nonceEntryCost() summed over m_nonces
    quint64 m_nonceMaxBytes;
    qint64 m_nextExpiry = std::numeric_limits<qint64>::max(); // smallest value in m_nonces
    std::function<qint64()> m_clock;
    KeyDirectory *m_directory = nullptr;
};

} // namespace blufio
