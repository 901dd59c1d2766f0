#pragma once

#include "common/memory/MemoryPressure.h"

#include <QByteArrayView>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QStringList>

#include <functional>
#include <optional>
#include <utility>

namespace blufio {

// Locks a peer out of the authenticated routes after too many failed authentications
// (docs/API.md "Throttling"): gateway.auth_max_failures failures within 60 s lock it for
// gateway.auth_lockout_secs. The peer is the socket's address or, from a trusted reverse proxy,
// the last X-Forwarded-For entry. Memory is bounded: at most maxPeers are tracked, the longest
// quiet ones evicted first, and each keeps at most maxFailures timestamps.
class AuthThrottle : public MemoryPressure
{
public:
    using Subnet = QPair<QHostAddress, int>;

    struct Settings
    {
        int maxFailures = 10;
        qint64 windowMs = 60'000;
        qint64 lockoutMs = 300'000;
        bool throttleLoopback = false;
        QList<Subnet> trustedProxies;
        int maxPeers = 10'000;
    };

    // clockMs: a monotonic clock in milliseconds (tests inject their own).
    explicit AuthThrottle(Settings settings, std::function<qint64()> clockMs = {});

    // gateway.trusted_proxies entries: IP addresses, or CIDR subnets. The first entry that is
    // neither is returned in *invalid.
    static std::optional<QList<Subnet>> parseProxies(const QStringList &entries, QString *invalid);
    // ::ffff:a.b.c.d becomes a.b.c.d, so one client is one peer whatever socket family it came in on.
    static QHostAddress normalised(const QHostAddress &address);

    // Whom a request is counted against. forwardedFor: the last X-Forwarded-For field of the request.
    QHostAddress clientAddress(const QHostAddress &socketPeer, QByteArrayView forwardedFor) const;
    bool isExempt(const QHostAddress &client) const;
    // Seconds left of the client's lockout (for Retry-After, at least 1), or 0 when not locked.
    int lockedForSecs(const QHostAddress &client);
    // Counts a failed authentication; true when it starts a lockout.
    bool recordFailure(const QHostAddress &client);

    int trackedPeers() const { return int(m_peers.size()); }
    quint64 approximateBytes() const;
    const Settings &settings() const { return m_settings; }

    // MemoryPressure: forget peers that are neither locked nor have recent failures.
    const char *name() const override { return "auth throttle"; }
    quint64 shed() override;

private:
    using Key = std::pair<quint64, quint64>; // the address as 128 bits (IPv4 as ::ffff:a.b.c.d)
    struct Peer
    {
        QList<qint64> failures; // within the window, oldest first, at most maxFailures
        qint64 lockedUntil = 0;
        qint64 lastFailure = 0;
    };

    static Key keyOf(const QHostAddress &address);
    bool idle(const Peer &peer, qint64 now) const;
    quint64 dropIdle(qint64 now);
    void makeRoom(qint64 now);
    static quint64 peerCost(const Peer &peer);

    Settings m_settings;
    std::function<qint64()> m_clock;
    QHash<Key, Peer> m_peers;
};

} // namespace blufio
