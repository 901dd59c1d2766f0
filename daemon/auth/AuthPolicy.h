#pragma once

#include "common/Result.h"
#include "common/config/Settings.h"
#include "daemon/auth/AuthGate.h"
#include "daemon/http/HttpResponse.h"
#include "daemon/http/RequestFramer.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <functional>
#include <memory>
#include <optional>

namespace blufio {

class Metrics;
struct HttpRequest;
struct Route;

// Who may use /v1/* and /ws, for routed requests and for WebSocket upgrades alike: asks the AuthGate
// and says its decision in HTTP (401 with one body whatever was wrong, 429 or 503 with Retry-After).
// Without a gate (gateway.enabled = false) there is nothing to let in: every upgrade is refused.
class AuthPolicy
{
    Q_DECLARE_TR_FUNCTIONS(AuthPolicy)

public:
    // From gateway.*: a device key that is not one, or a trusted proxy that is not an address, is an
    // InvalidArgument naming the key (a configuration error). gateway.enabled = false gives a
    // policy without a gate.
    static Result<std::unique_ptr<AuthPolicy>> fromSettings(const Settings::Gateway &gateway,
                                                            Metrics *metrics);

    explicit AuthPolicy(std::unique_ptr<AuthGate> gate);
    ~AuthPolicy();

    // /v1/* and /ws need credentials; /health and /metrics do not.
    static bool isProtected(const QString &routePattern);

    // The scope a route needs ([12]); nullopt for a route nobody declared, which only admin may use.
    using ScopeTable = std::function<std::optional<Scope>(const QByteArray &method, const QString &pattern)>;
    void setScopes(ScopeTable scopes) { m_scopes = std::move(scopes); }

    // For HttpServer's guard: nullopt lets the request through to its route, and *caller (when
    // given) says who it comes from. Credentials without the route's scope: 403 forbidden.
    std::optional<HttpResponse> authorize(const HttpRequest &request, const Route &route,
                                          Caller *caller = nullptr);
    // For HttpListener's upgrade filter, before QHttpServer sees the head: nullopt approves the
    // upgrade. Only GET /ws with valid credentials and the chat scope is approved.
    std::optional<HttpResponse> authorizeUpgrade(const RequestFramer::Head &head, const QHostAddress &peer,
                                                 Caller *caller = nullptr);
    static HttpResponse forbidden(Scope needed);

    // Null without a gateway.
    AuthGate *gate() { return m_gate.get(); }

    // The reply for a decision: nullopt for Allow.
    static std::optional<HttpResponse> refusal(const AuthGate::Decision &decision);
    static HttpResponse unauthorized();

private:
    std::optional<HttpResponse> decide(const AuthGate::Decision &decision, const QByteArray &method,
                                       const QString &pattern, Caller *caller) const;

    std::unique_ptr<AuthGate> m_gate;
    ScopeTable m_scopes;
};

} // namespace blufio
