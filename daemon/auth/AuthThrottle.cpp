#include "AuthThrottle.h"

#include <QCoreApplication>

#include <QtEndian>

#include <algorithm>
#include <chrono>
#include <vector>

namespace blufio {

AuthThrottle::AuthThrottle(Settings settings, std::function<qint64()> clockMs)
    : m_settings(std::move(settings)), m_clock(std::move(clockMs))
{
    m_settings.maxFailures = qMax(1, m_settings.maxFailures);
    m_settings.maxPeers = qMax(1, m_settings.maxPeers);
    if (!m_clock) {
        m_clock = [] {
            return qint64(std::chrono::duration_cast<std::chrono::milliseconds>(
                              std::chrono::steady_clock::now().time_since_epoch())
                              .count());
        };
    }
}

Result<QList<AuthThrottle::Subnet>> AuthThrottle::parseProxies(const QStringList &entries)
{
    QList<Subnet> subnets;
    for (const QString &entry : entries) {
        const QString text = entry.trimmed();
        Subnet subnet;
        QHostAddress address;
        if (address.setAddress(text)) {
            address = normalised(address);
            subnet = {address, address.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128};
        } else if (text.contains(u'/')) {
            subnet = QHostAddress::parseSubnet(text);
        }
        if (subnet.first.isNull()) {
            // The daemon's context, where this message was first translated.
            const QString message
                = QCoreApplication::translate("blufio::Daemon",
                                              "gateway.trusted_proxies: '%1' is not an IP address or subnet")
                      .arg(entry);
            return Error {ErrorCode::Config, message, {{entry, {}, message}}};
        }
        subnets.append(subnet);
    }
    return subnets;
}

QHostAddress AuthThrottle::normalised(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        bool isV4 = false;
        const quint32 v4 = address.toIPv4Address(&isV4);
        if (isV4)
            return QHostAddress(v4);
    }
    return address;
}

QHostAddress AuthThrottle::clientAddress(const QHostAddress &socketPeer, QByteArrayView forwardedFor) const
{
    const QHostAddress peer = normalised(socketPeer);
    const bool trusted = std::any_of(m_settings.trustedProxies.cbegin(), m_settings.trustedProxies.cend(),
                                     [&peer](const Subnet &s) { return peer.isInSubnet(s); });
    if (!trusted || forwardedFor.isEmpty())
        return peer;
    // The last entry is the one the trusted proxy itself added; earlier ones the client may have forged.
    const qsizetype comma = forwardedFor.lastIndexOf(',');
    QByteArrayView last = forwardedFor.sliced(comma + 1).trimmed();
    if (last.startsWith('[') && last.endsWith(']'))
        last = last.sliced(1, last.size() - 2);
    QHostAddress client;
    if (last.isEmpty() || !client.setAddress(QString::fromLatin1(last)))
        return peer; // garbled: count it against the proxy rather than against nobody
    return normalised(client);
}

bool AuthThrottle::isExempt(const QHostAddress &client) const
{
    return !m_settings.throttleLoopback && normalised(client).isLoopback();
}

AuthThrottle::Key AuthThrottle::keyOf(const QHostAddress &address)
{
    const Q_IPV6ADDR raw = address.toIPv6Address();
    return {qFromBigEndian<quint64>(raw.c), qFromBigEndian<quint64>(raw.c + 8)};
}

int AuthThrottle::lockedForSecs(const QHostAddress &client)
{
    if (isExempt(client))
        return 0;
    const auto it = m_peers.constFind(keyOf(normalised(client)));
    if (it == m_peers.constEnd())
        return 0;
    const qint64 left = it->lockedUntil - m_clock();
    if (left <= 0)
        return 0;
    return int((left + 999) / 1000);
}

bool AuthThrottle::recordFailure(const QHostAddress &client)
{
    if (isExempt(client))
        return false;
    const qint64 now = m_clock();
    const Key key = keyOf(normalised(client));
    auto it = m_peers.find(key);
    if (it == m_peers.end()) {
        if (m_peers.size() >= m_settings.maxPeers) {
            makeRoom(now);
        }
        it = m_peers.insert(key, Peer {});
    }
    Peer &peer = *it;
    if (peer.lockedUntil > now)
        return false; // already locked: its requests are not checked, so this is not reached normally
    peer.lastFailure = now;
    const qint64 windowStart = now - m_settings.windowMs;
    const auto firstInWindow = std::find_if(peer.failures.cbegin(), peer.failures.cend(),
                                            [windowStart](qint64 t) { return t > windowStart; });
    peer.failures.erase(peer.failures.cbegin(), firstInWindow);
    peer.failures.append(now);
    if (peer.failures.size() < m_settings.maxFailures)
        return false;
    peer.failures.clear();
    peer.failures.squeeze();
    peer.lockedUntil = now + m_settings.lockoutMs;
    return true;
}

bool AuthThrottle::idle(const Peer &peer, qint64 now) const
{
    return peer.lockedUntil <= now && peer.lastFailure <= now - m_settings.windowMs;
}

quint64 AuthThrottle::peerCost(const Peer &peer)
{
    // Hash node and span share, plus the timestamps' own allocation.
    return sizeof(Key) + sizeof(Peer) + 32 + quint64(peer.failures.capacity()) * sizeof(qint64);
}

quint64 AuthThrottle::dropIdle(qint64 now)
{
    quint64 freed = 0;
    for (auto it = m_peers.begin(); it != m_peers.end();) {
        if (idle(*it, now)) {
            freed += peerCost(*it);
            it = m_peers.erase(it);
        } else {
            ++it;
        }
    }
    return freed;
}

void AuthThrottle::makeRoom(qint64 now)
{
    dropIdle(now);
    if (m_peers.size() < m_settings.maxPeers)
        return;
    // Still full of recent failures (many addresses failing at once): evict an eighth at a time, so
    // a flood of new addresses costs one pass per batch, not one per request. Peers merely failing
    // go first, the longest quiet first; locked peers only when nothing else is left.
    struct Candidate
    {
        bool locked;
        qint64 lastFailure;
        Key key;
    };
    std::vector<Candidate> candidates;
    candidates.reserve(size_t(m_peers.size()));
    for (auto it = m_peers.cbegin(); it != m_peers.cend(); ++it)
        candidates.push_back({it->lockedUntil > now, it->lastFailure, it.key()});
    const size_t evict = qBound<size_t>(1, size_t(m_settings.maxPeers) / 8, candidates.size());
    auto order = [](const Candidate &a, const Candidate &b) {
        return std::pair(a.locked, a.lastFailure) < std::pair(b.locked, b.lastFailure);
    };
    std::nth_element(candidates.begin(), candidates.begin() + qsizetype(evict) - 1, candidates.end(), order);
    for (size_t i = 0; i < evict; ++i)
        m_peers.remove(candidates[i].key);
}

quint64 AuthThrottle::approximateBytes() const
{
    quint64 bytes = 0;
    for (const Peer &peer : m_peers)
        bytes += peerCost(peer);
    return bytes;
}

quint64 AuthThrottle::shed()
{
    const quint64 freed = dropIdle(m_clock());
    m_peers.squeeze();
    return freed;
}

} // namespace blufio
