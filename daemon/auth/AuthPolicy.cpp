#include "AuthPolicy.h"

#include "daemon/http/HttpRequest.h"
#include "daemon/http/Router.h"

namespace blufio {

namespace {
// The last X-Forwarded-For field: the one the nearest proxy appended to (an earlier field may
// come from the client itself).
QByteArray lastHeader(const QList<QPair<QByteArray, QByteArray>> &headers, QByteArrayView name)
{
    for (auto it = headers.crbegin(); it != headers.crend(); ++it) {
        if (it->first == name)
            return it->second;
    }
    return {};
}
} // namespace

Result<std::unique_ptr<AuthPolicy>> AuthPolicy::fromSettings(const Settings::Gateway &gateway,
                                                             Metrics *metrics)
{
    using Made = Result<std::unique_ptr<AuthPolicy>>;
    if (!gateway.enabled)
        return std::make_unique<AuthPolicy>(nullptr);
    QByteArray token = gateway.bearerToken.toUtf8();
    auto authenticator = std::make_unique<Authenticator>(token, gateway.deviceKeys);
    token.fill('\0');
    if (!authenticator->invalidKeys().isEmpty()) {
        return Made::failure(ErrorCode::Config,
                             tr("gateway.device_keys: '%1' is not a base64 Ed25519 public key (make one with "
                                "`blufio keygen`)")
                                 .arg(authenticator->invalidKeys().first()));
    }
    AuthThrottle::Settings throttle;
    throttle.maxFailures = gateway.authMaxFailures;
    throttle.lockoutMs = qint64(gateway.authLockoutSecs) * 1000;
    throttle.throttleLoopback = gateway.authThrottleLoopback;
    const auto proxies = AuthThrottle::parseProxies(gateway.trustedProxies);
    if (!proxies)
        return proxies.error();
    throttle.trustedProxies = *proxies;
    return std::make_unique<AuthPolicy>(
        std::make_unique<AuthGate>(std::move(authenticator), throttle, metrics));
}

AuthPolicy::AuthPolicy(std::unique_ptr<AuthGate> gate) : m_gate(std::move(gate)) { }

AuthPolicy::~AuthPolicy() = default;

bool AuthPolicy::isProtected(const QString &routePattern)
{
    return routePattern.startsWith(QStringLiteral("/v1/")) || routePattern == u"/ws";
}

HttpResponse AuthPolicy::unauthorized()
{
    // One body for every failure: a client learns nothing about which part was wrong.
    return HttpResponse::error(401, "unauthorized", tr("missing or invalid credentials"))
        .withHeader("WWW-Authenticate", "Bearer realm=\"blufio\"");
}

std::optional<HttpResponse> AuthPolicy::refusal(const AuthGate::Decision &decision)
{
    switch (decision.kind) {
    case AuthGate::Decision::Kind::Allow:
        return std::nullopt;
    case AuthGate::Decision::Kind::Unauthorized:
        return unauthorized();
    case AuthGate::Decision::Kind::Locked:
        return HttpResponse::error(429, "too_many_auth_failures",
                                   tr("too many failed authentications from this address; try again in %n "
                                      "second(s)",
                                      nullptr, decision.retryAfterSecs))
            .withHeader("Retry-After", QByteArray::number(decision.retryAfterSecs));
    case AuthGate::Decision::Kind::Busy:
        return HttpResponse::error(
                   503, "nonce_cache_full",
                   tr("too many signed requests in the last minute; try again in %n second(s)", nullptr,
                      decision.retryAfterSecs))
            .withHeader("Retry-After", QByteArray::number(decision.retryAfterSecs));
    }
    return unauthorized();
}

HttpResponse AuthPolicy::forbidden(Scope needed)
{
    return HttpResponse::error(403, "forbidden",
                               tr("this key lacks the scope \"%1\" this route needs").arg(scopeName(needed)));
}

std::optional<HttpResponse> AuthPolicy::decide(const AuthGate::Decision &decision, const QByteArray &method,
                                               const QString &pattern, Caller *caller) const
{
    if (decision.kind != AuthGate::Decision::Kind::Allow)
        return refusal(decision);
    // A route missing from the table is admin's alone: fail closed (tst_authpolicy checks that
    // every registered route is in it).
    const Scope needed = m_scopes ? m_scopes(method, pattern).value_or(Scope::Admin) : Scope::Admin;
    if (!decision.caller.allows(needed))
        return forbidden(needed);
    if (caller)
        *caller = decision.caller;
    return std::nullopt;
}

std::optional<HttpResponse> AuthPolicy::authorize(const HttpRequest &request, const Route &route,
                                                  Caller *caller)
{
    if (!isProtected(route.pattern))
        return std::nullopt;
    if (!m_gate)
        return unauthorized();
    const Authenticator::Request auth {request.method, request.pathAndQuery, request.body,
                                       [&request](QByteArrayView name) {
                                           return request.header(name);
                                       }};
    return decide(
        m_gate->check(auth, request.peer, lastHeader(request.headers, "x-forwarded-for"), route.pattern),
        route.method, route.pattern, caller);
}

std::optional<HttpResponse> AuthPolicy::authorizeUpgrade(const RequestFramer::Head &head,
                                                         const QHostAddress &peer, Caller *caller)
{
    const qsizetype query = head.target.indexOf('?');
    const QByteArray path = query < 0 ? head.target : head.target.left(query);
    if (path != "/ws" || !m_gate)
        return HttpResponse::error(404, "not_found",
                                   tr("no WebSocket endpoint at %1").arg(QString::fromUtf8(path)));
    if (head.method != "GET")
        return HttpResponse::error(405, "method_not_allowed", tr("WebSocket upgrades use GET"))
            .withHeader("Allow", "GET");
    // head.target is the raw request target, exactly what the client signed.
    const Authenticator::Request auth {head.method, head.target, {}, [&head](QByteArrayView name) {
                                           return head.header(name);
                                       }};
    const QString ws = QStringLiteral("/ws");
    return decide(m_gate->check(auth, peer, lastHeader(head.headers, "x-forwarded-for"), ws), head.method, ws,
                  caller);
}

} // namespace blufio
