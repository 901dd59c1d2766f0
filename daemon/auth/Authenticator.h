#pragma once

#include "common/memory/MemoryPressure.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>

namespace blufio {

// Decides whether a request may use /v1 and /ws: a bearer token (compared as fixed-length
// SHA-256 digests with sodium_memcmp, so neither content nor length leaks through timing) or an
// Ed25519 device signature with a ±60 s window and a bounded nonce cache against replays.
// Fails closed: anything malformed is a refusal, and the caller answers every refusal alike.
class Authenticator : public MemoryPressure
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray pathAndQuery;
        QByteArray body;
        std::function<QByteArray(QByteArrayView)> header; // lower-case name -> value
    };

    // deviceKeys: base64 Ed25519 public keys. Invalid entries are reported by invalidKeys().
    Authenticator(const QByteArray &bearerToken, const QStringList &deviceKeys);
    ~Authenticator() override;

    bool authenticate(const Request &request);
    // Why the last refusal happened, for the debug log only (never sent to the client).
    QString lastReason() const { return m_lastReason; }
    QStringList invalidKeys() const { return m_invalidKeys; }
    bool configured() const { return !m_tokenDigest.isEmpty() || !m_keys.isEmpty(); }

    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    // MemoryPressure: forget nonces whose timestamps can no longer be accepted anyway.
    const char *name() const override { return "nonce cache"; }
    quint64 shed() override;
    int rememberedNonces() const { return int(m_nonces.size()); }
    static constexpr qint64 kWindowSecs = 60;
    static constexpr int kMaxNonces = 100000;

private:
    bool checkBearer(const QByteArray &header);
    bool checkSignature(const Request &request);
    void pruneNonces(qint64 now);

    QByteArray m_tokenDigest;
    QList<QByteArray> m_keys;
    QStringList m_invalidKeys;
    QHash<QByteArray, qint64> m_nonces; // key+nonce -> unix time it may be forgotten
    std::function<qint64()> m_clock;
    QString m_lastReason;
};

} // namespace blufio
