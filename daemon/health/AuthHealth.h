#pragma once

#include "daemon/core/HealthContributor.h"

namespace blufio {

class AuthGate;

// What the gateway's bounded authentication tables hold now (the nonce cache and the throttle's
// peers): /v1/health's "memory", so an operator can see them against their ceilings.
class AuthHealth : public HealthContributor
{
public:
    explicit AuthHealth(AuthGate &gate);

    QString name() const override { return QStringLiteral("auth"); }
    void contribute(HealthSnapshot &snapshot) const override;

private:
    AuthGate &m_gate;
};

} // namespace blufio
