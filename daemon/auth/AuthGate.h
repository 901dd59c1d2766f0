#pragma once

#include "daemon/auth/AuthAuditLog.h"
#include "daemon/auth/AuthThrottle.h"
#include "daemon/auth/Authenticator.h"

#include <QHostAddress>

#include <array>
#include <memory>

namespace prometheus {
class Counter;
}

namespace blufio {

class Metrics;

// The one place a request to /v1 or /ws is let in or refused, for HTTP and for WebSocket
// upgrades alike: lockout first (a locked peer's credentials are not even checked), then the
// credentials; a failure is counted (metrics, throttle) and written to the audit log. Says what
// was decided; the caller turns it into a status.
class AuthGate
{
public:
    struct Decision
    {
        enum class Kind : unsigned char { Allow, Unauthorized, Locked, Busy };
        Kind kind = Kind::Unauthorized;
        int retryAfterSecs = 0; // Locked, Busy
        Caller caller; // Allow: who it is
    };

    AuthGate(std::unique_ptr<Authenticator> authenticator, AuthThrottle::Settings throttle, Metrics *metrics,
             std::unique_ptr<AuthAuditLog> audit = {});

    // forwardedFor: the request's last X-Forwarded-For field; route: the route template, for the log.
    Decision check(const Authenticator::Request &request, const QHostAddress &socketPeer,
                   QByteArrayView forwardedFor, const QString &route);

    Authenticator &authenticator() { return *m_authenticator; }
    AuthThrottle &throttle() { return m_throttle; }

private:
    void refused(AuthReason reason, const QHostAddress &client, const QHostAddress &socketPeer,
                 const Authenticator::Request &request, const QString &route);

    std::unique_ptr<Authenticator> m_authenticator;
    AuthThrottle m_throttle;
    std::unique_ptr<AuthAuditLog> m_audit;
    Metrics *m_metrics;
    std::array<prometheus::Counter *, kAuthReasons.size()> m_failures {};
};

} // namespace blufio
