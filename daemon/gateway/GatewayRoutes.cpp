#include "GatewayRoutes.h"

#include "HealthController.h"
#include "MessagesController.h"
#include "MetricsController.h"
#include "SessionsController.h"

#include "daemon/http/Router.h"

#include <memory>

namespace blufio {

namespace {
using Defer = std::function<DeferredReply *()>;

// The router owns the controllers through its handlers.
template<class C, class M> RouteHandler now(std::shared_ptr<C> controller, M method)
{
    return [controller, method](const HttpRequest &request, const Defer &) {
        return RouteResult::now(((*controller).*method)(request));
    };
}

template<class C, class M> RouteHandler nowWithoutRequest(std::shared_ptr<C> controller, M method)
{
    return [controller, method](const HttpRequest &, const Defer &) {
        return RouteResult::now(((*controller).*method)());
    };
}

template<class C, class M> RouteHandler later(std::shared_ptr<C> controller, M method)
{
    return [controller, method](const HttpRequest &request, const Defer &defer) {
        return ((*controller).*method)(request, defer);
    };
}

struct Entry
{
    QByteArray method;
    QString pattern;
    RouteHandler handler;
};

void add(Router &router, std::initializer_list<Entry> entries)
{
    for (const Entry &e : entries)
        router.add(e.method, e.pattern, e.handler);
}
} // namespace

namespace {
// Who may use which route ([12]). read: look; chat: also talk and delete its own sessions; admin:
// everything. A route added to registerGateway() must be added here too.
struct RouteScope
{
    const char *method;
    QStringView pattern;
    Scope scope;
};
constexpr RouteScope kRouteScopes[] = {
    {"POST", u"/v1/messages", Scope::Chat},
    {"GET", u"/v1/sessions", Scope::Read},
    {"GET", u"/v1/sessions/{id}", Scope::Read},
    {"DELETE", u"/v1/sessions/{id}", Scope::Chat},
    {"GET", u"/v1/health", Scope::Read},
    {"GET", u"/ws", Scope::Chat},
    // The OpenAI routes ([12], added alongside).
    {"POST", u"/v1/chat/completions", Scope::Chat},
    {"GET", u"/v1/models", Scope::Read},
};
} // namespace

std::optional<Scope> GatewayRoutes::requiredScope(const QByteArray &method, const QString &pattern)
{
    for (const RouteScope &entry : kRouteScopes) {
        if (method == entry.method && pattern == entry.pattern)
            return entry.scope;
    }
    return std::nullopt;
}

void GatewayRoutes::registerPublic(Router &router, HealthService &health, Metrics &metrics,
                                   bool metricsEnabled)
{
    auto healthController = std::make_shared<HealthController>(health);
    auto metricsController = std::make_shared<MetricsController>(health, metrics, metricsEnabled);
    add(router,
        {
            {"GET", QStringLiteral("/health"),
             nowWithoutRequest(healthController, &HealthController::health)},
            {"GET", QStringLiteral("/metrics"),
             nowWithoutRequest(metricsController, &MetricsController::metrics)},
        });
}

void GatewayRoutes::registerGateway(Router &router, const Deps &deps)
{
    auto messages = std::make_shared<MessagesController>(deps.agent, deps.requestTimeoutMs);
    auto sessions = std::make_shared<SessionsController>(deps.storage, deps.agent);
    auto health = std::make_shared<HealthController>(deps.health);
    // Reached only without an Upgrade header: authenticated upgrades go to the WebSocket server.
    const RouteHandler upgradeRequired = [](const HttpRequest &, const Defer &) {
        return RouteResult::now(HttpResponse::error(426, "upgrade_required", tr("/ws speaks WebSocket only"))
                                    .withHeader("Upgrade", "websocket"));
    };
    add(router,
        {
            {"POST", QStringLiteral("/v1/messages"), later(messages, &MessagesController::post)},
            {"GET", QStringLiteral("/v1/sessions"), now(sessions, &SessionsController::list)},
            {"GET", QStringLiteral("/v1/sessions/{id}"), now(sessions, &SessionsController::get)},
            {"DELETE", QStringLiteral("/v1/sessions/{id}"), now(sessions, &SessionsController::remove)},
            {"GET", QStringLiteral("/v1/health"), nowWithoutRequest(health, &HealthController::detailed)},
            {"GET", QStringLiteral("/ws"), upgradeRequired},
        });
}

} // namespace blufio
