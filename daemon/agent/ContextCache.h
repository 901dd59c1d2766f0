#pragma once

#include "ContextBuilder.h"

#include "common/memory/MemoryPressure.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace blufio {

// The assembled context of recently active sessions: their summary and the messages of their last
// call, so the next turn reads only the messages stored since (the reply and the new message) and not
// the whole window again. Everything in it can be rebuilt from storage: under memory pressure shed()
// drops it all and the next turn of each session reads its context again.
class ContextCache : public MemoryPressure
{
public:
    struct Entry
    {
        std::optional<StoredSummary> summary;
        QList<ContextMessage> newestFirst; // consecutive seqs ending at throughSeq
        qint64 throughSeq = 0;
    };

    explicit ContextCache(int maxSessions = 32) : m_maxSessions(maxSessions) { }

    const Entry *find(const QString &sessionId) const;
    void put(const QString &sessionId, Entry entry);
    void remove(const QString &sessionId);
    int size() const { return int(m_entries.size()); }
    quint64 bytes() const;

    const char *name() const override { return "context cache"; }
    quint64 shed() override;

private:
    int m_maxSessions;
    QHash<QString, Entry> m_entries;
    QList<QString> m_order; // least recently put first
};

} // namespace blufio
