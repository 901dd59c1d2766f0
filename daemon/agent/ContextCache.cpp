#include "ContextCache.h"

namespace blufio {

const ContextCache::Entry *ContextCache::find(const QString &sessionId) const
{
    const auto it = m_entries.constFind(sessionId);
    return it == m_entries.cend() ? nullptr : &it.value();
}

void ContextCache::put(const QString &sessionId, Entry entry)
{
    m_order.removeOne(sessionId);
    m_order.append(sessionId);
    m_entries.insert(sessionId, std::move(entry));
    // A session is only worth keeping while it is in use: past the bound the one idle longest goes.
    while (m_order.size() > m_maxSessions)
        m_entries.remove(m_order.takeFirst());
}

void ContextCache::remove(const QString &sessionId)
{
    if (m_entries.remove(sessionId))
        m_order.removeOne(sessionId);
}

quint64 ContextCache::bytes() const
{
    quint64 total = 0;
    for (const Entry &entry : m_entries) {
        if (entry.summary)
            total += quint64(entry.summary->text.size()) * sizeof(QChar);
        for (const ContextMessage &m : entry.newestFirst)
            total += quint64(m.content.size()) * sizeof(QChar) + sizeof(ContextMessage);
    }
    return total;
}

quint64 ContextCache::shed()
{
    const quint64 freed = bytes();
    m_entries = {};
    m_order = {};
    return freed;
}

} // namespace blufio
