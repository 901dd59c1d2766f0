#pragma once

#include "daemon/core/HealthContributor.h"

#include <QPointer>

namespace blufio {

class TelegramChannel;

// The Telegram channel, when enabled: a dependency whose failure degrades the daemon (HTTP still
// works), up while its last poll got an answer; /v1/health's "telegram" says why it is not.
class TelegramHealth : public HealthContributor
{
public:
    explicit TelegramHealth(const TelegramChannel *channel);

    QString name() const override { return QStringLiteral("telegram"); }
    Dependency dependency() const override { return Dependency::Degrading; }
    bool isUp() const override;
    void contribute(HealthSnapshot &snapshot) const override;

private:
    QPointer<const TelegramChannel> m_channel; // may go before the health service
};

} // namespace blufio
