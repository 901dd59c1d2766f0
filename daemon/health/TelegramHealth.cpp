#include "TelegramHealth.h"

#include "daemon/telegram/TelegramChannel.h"

namespace blufio {

TelegramHealth::TelegramHealth(const TelegramChannel *channel) : m_channel(channel) { }

bool TelegramHealth::isUp() const
{
    return m_channel && m_channel->state().up;
}

void TelegramHealth::contribute(HealthSnapshot &snapshot) const
{
    if (!snapshot.details)
        return;
    HealthSnapshot::Channel c;
    if (m_channel) {
        const TelegramChannel::State &s = m_channel->state();
        c.up = s.up;
        if (!s.lastError.isEmpty())
            c.lastError = s.lastError;
        if (s.lastPollAt.isValid())
            c.lastPollAt = s.lastPollAt;
        if (!s.botUsername.isEmpty())
            c.bot = s.botUsername;
    }
    snapshot.details->telegram = c;
}

} // namespace blufio
