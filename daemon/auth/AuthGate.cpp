#include "AuthGate.h"

#include "metrics/Metrics.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcAuth)

namespace blufio {

AuthGate::AuthGate(std::unique_ptr<Authenticator> authenticator, AuthThrottle::Settings throttle,
                   Metrics *metrics, std::unique_ptr<AuthAuditLog> audit)
    : m_authenticator(std::move(authenticator)), m_throttle(std::move(throttle)),
      m_audit(audit ? std::move(audit) : std::make_unique<AuthAuditLog>()), m_metrics(metrics)
{
    // Held once: a refusal never builds a label set.
    if (m_metrics) {
        for (const AuthReason reason : kAuthReasons)
            m_failures[size_t(reason)] = &m_metrics->authFailures(authReasonName(reason));
    }
}

AuthGate::Decision AuthGate::check(const Authenticator::Request &request, const QHostAddress &socketPeer,
                                   QByteArrayView forwardedFor, const QString &route)
{
    const QHostAddress client = m_throttle.clientAddress(socketPeer, forwardedFor);
    if (const int left = m_throttle.lockedForSecs(client); left > 0) {
        refused(AuthReason::Locked, client, socketPeer, request, route);
        return {Decision::Kind::Locked, left, {}};
    }
    const AuthResult result = m_authenticator->authenticate(request);
    switch (result.kind) {
    case AuthResult::Kind::Accepted:
        if (m_metrics && !result.caller.keyName.isEmpty())
            m_metrics->keyRequests(result.caller.keyName).Increment();
        return {Decision::Kind::Allow, 0, result.caller};
    case AuthResult::Kind::Busy:
        // A valid signature that cannot be remembered: the daemon's limit, not the client's failure.
        qCWarning(lcAuth).noquote() << "nonce cache full (" << m_authenticator->nonceCacheBytes()
                                    << "bytes); signed request from" << client.toString() << "refused for"
                                    << result.retryAfterSecs << "s";
        if (m_metrics)
            m_metrics->error(QStringLiteral("auth")).Increment();
        return {Decision::Kind::Busy, result.retryAfterSecs, {}};
    case AuthResult::Kind::Refused:
        break;
    }
    refused(result.reason, client, socketPeer, request, route);
    if (m_throttle.recordFailure(client)) {
        if (m_metrics)
            m_metrics->authLockouts.Increment();
        m_audit->write(QStringLiteral("auth lockout: peer=%1 after %2 failures within %3 s, locked for %4 s")
                           .arg(client.toString())
                           .arg(m_throttle.settings().maxFailures)
                           .arg(m_throttle.settings().windowMs / 1000)
                           .arg(m_throttle.settings().lockoutMs / 1000));
    }
    return {Decision::Kind::Unauthorized, 0, {}};
}

void AuthGate::refused(AuthReason reason, const QHostAddress &client, const QHostAddress &socketPeer,
                       const Authenticator::Request &request, const QString &route)
{
    if (prometheus::Counter *counter = m_failures[size_t(reason)])
        counter->Increment();
    // Only parsed addresses and the route template reach the log: nothing a client wrote verbatim.
    const QHostAddress via = AuthThrottle::normalised(socketPeer);
    QString line
        = QStringLiteral("auth failure: peer=%1 reason=%2 method=%3 route=%4")
              .arg(client.toString(), authReasonName(reason), QString::fromLatin1(request.method), route);
    if (via != client)
        line += QStringLiteral(" via=") + via.toString();
    m_audit->write(line);
}

} // namespace blufio
