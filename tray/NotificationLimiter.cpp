#include "NotificationLimiter.h"

namespace blufio::tray {

bool NotificationLimiter::allow(Kind kind, const QDateTime &now)
{
    const auto it = m_last.constFind(int(kind));
    if (it != m_last.cend() && it->msecsTo(now) < m_minGapMs)
        return false;
    m_last.insert(int(kind), now);
    return true;
}

} // namespace blufio::tray
