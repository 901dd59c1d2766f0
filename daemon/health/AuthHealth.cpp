#include "AuthHealth.h"

#include "daemon/auth/AuthGate.h"

namespace blufio {

AuthHealth::AuthHealth(AuthGate &gate) : m_gate(gate) { }

void AuthHealth::contribute(HealthSnapshot &snapshot) const
{
    if (!snapshot.details)
        return;
    const Authenticator &authenticator = m_gate.authenticator();
    const AuthThrottle &throttle = m_gate.throttle();
    snapshot.details->memory = HealthSnapshot::GatewayTables {
        qint64(authenticator.nonceCacheBytes()), qint64(authenticator.nonceCacheMaxBytes()),
        authenticator.rememberedNonces(), throttle.trackedPeers(), qint64(throttle.approximateBytes())};
}

} // namespace blufio
