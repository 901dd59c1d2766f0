#pragma once

#include "common/memory/MemoryPressure.h"

#include <QHash>
#include <QList>
#include <QObject>

class QByteArray;
class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace blufio {

// The network managers the LLM provider's calls go through. Qt 6.4's QNetworkAccessManager opens
// at most six HTTP/1.1 connections per host and queues every request beyond them (6.5 adds a
// setting; 6.4 has none), so one manager would quietly cap agent.max_concurrent at six against a
// plain-HTTP upstream. The pool opens up to ceil(maxConcurrent / 6) managers, one more only when
// each of the open ones has six replies in flight, and gives every request to the least busy.
// Over TLS, HTTP/2 multiplexes any number of calls on one manager's connection; the pool does no
// harm there. Replies are children of their manager, so the pool must outlive the provider.
class NetworkPool : public QObject, public MemoryPressure
{
    Q_OBJECT

public:
    // What Qt 6.4 opens per host and manager (QHttpNetworkConnectionPrivate::defaultHttpChannelCount).
    static constexpr int connectionsPerHost = 6;
    // A guess at what one idle keep-alive connection holds (socket and channel buffers, OpenSSL
    // state for TLS), only for the estimate shed() returns.
    static constexpr quint64 bytesPerConnection = quint64(32) * 1024;

    explicit NetworkPool(int maxConcurrent = 1, QObject *parent = nullptr);
    ~NetworkPool() override;

    QNetworkReply *get(const QNetworkRequest &request);
    QNetworkReply *post(const QNetworkRequest &request, const QByteArray &body);

    // Managers the pool may open, and those it has opened so far.
    int capacity() const { return m_capacity; }
    int managerCount() const { return int(m_slots.size()); }
    // Replies not yet finished, in total and on one manager.
    int inFlight() const { return int(m_replies.size()); }
    int inFlight(int manager) const { return m_slots.at(manager).inFlight; }

    const char *name() const override { return "provider network connections"; }
    // Drops the kept-alive connections (and cached credentials) of every manager with nothing in
    // flight; a busy one is left alone, since clearing a manager also ends the replies it carries.
    quint64 shed() override;

private:
    struct Slot
    {
        QNetworkAccessManager *manager = nullptr;
        int inFlight = 0;
        // The most replies at once since the last shed: at most this many connections are open.
        int peak = 0;
    };

    int pick();
    QNetworkReply *track(int slot, QNetworkReply *reply);
    void release(QObject *reply);

    QList<Slot> m_slots;
    QHash<QObject *, int> m_replies; // reply -> index in m_slots
    int m_capacity;
};

} // namespace blufio
