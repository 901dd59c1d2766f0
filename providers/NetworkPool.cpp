#include "NetworkPool.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <utility>

namespace blufio {

NetworkPool::NetworkPool(int maxConcurrent, QObject *parent)
    : QObject(parent), m_capacity(qMax(1, (maxConcurrent + connectionsPerHost - 1) / connectionsPerHost))
{ }

NetworkPool::~NetworkPool()
{
    // Deleting a manager deletes its replies, whose destroyed() would come back to release().
    m_replies.clear();
    const QList<Slot> managers = std::exchange(m_slots, {});
    for (const Slot &slot : managers)
        delete slot.manager;
}

int NetworkPool::pick()
{
    int best = -1;
    for (int i = 0; i < m_slots.size(); ++i) {
        if (best < 0 || m_slots.at(i).inFlight < m_slots.at(best).inFlight)
            best = i;
    }
    // A manager is opened only when every open one has all its connections busy: an idle daemon
    // keeps one, and the first six calls share its warm connections.
    if (best >= 0 && (m_slots.at(best).inFlight < connectionsPerHost || m_slots.size() >= m_capacity))
        return best;
    Slot slot;
    slot.manager = new QNetworkAccessManager(this);
    m_slots.append(slot);
    return int(m_slots.size() - 1);
}

QNetworkReply *NetworkPool::track(int slot, QNetworkReply *reply)
{
    Slot &s = m_slots[slot];
    ++s.inFlight;
    s.peak = qMax(s.peak, s.inFlight);
    m_replies.insert(reply, slot);
    // Whichever comes first: a reply deleted before it finished is no longer in flight either.
    connect(reply, &QNetworkReply::finished, this, [this, reply] { release(reply); });
    connect(reply, &QObject::destroyed, this, &NetworkPool::release);
    return reply;
}

void NetworkPool::release(QObject *reply)
{
    const auto it = m_replies.constFind(reply);
    if (it == m_replies.cend())
        return;
    --m_slots[it.value()].inFlight;
    m_replies.erase(it);
}

QNetworkReply *NetworkPool::get(const QNetworkRequest &request)
{
    const int slot = pick();
    return track(slot, m_slots.at(slot).manager->get(request));
}

QNetworkReply *NetworkPool::post(const QNetworkRequest &request, const QByteArray &body)
{
    const int slot = pick();
    return track(slot, m_slots.at(slot).manager->post(request, body));
}

quint64 NetworkPool::shed()
{
    quint64 released = 0;
    for (Slot &slot : m_slots) {
        if (slot.inFlight > 0)
            continue;
        slot.manager->clearConnectionCache();
        slot.manager->clearAccessCache();
        released += quint64(qMin(slot.peak, connectionsPerHost)) * bytesPerConnection;
        slot.peak = 0;
    }
    return released;
}

} // namespace blufio
