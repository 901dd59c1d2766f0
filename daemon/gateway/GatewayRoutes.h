#pragma once

#include <QCoreApplication>
#include <QJsonObject>

#include "daemon/auth/Caller.h"

#include <functional>
#include <optional>

namespace blufio {

class Agent;
class HealthService;
class Metrics;
class Router;
class Storage;

// Which controller method answers which route. Authentication happens before the handlers (the
// daemon's guard covers /v1/* and /ws).
class GatewayRoutes
{
    Q_DECLARE_TR_FUNCTIONS(GatewayRoutes)

public:
    struct Deps
    {
        Agent &agent;
        Storage &storage;
        HealthService &health;
        int requestTimeoutMs;
    };

    // GET /health and GET /metrics: unauthenticated, there whether the gateway is on or not.
    static void registerPublic(Router &router, HealthService &health, Metrics &metrics, bool metricsEnabled);
    // /v1/messages, /v1/sessions, /v1/sessions/{id}, /v1/health and the non-upgrade side of /ws.
    static void registerGateway(Router &router, const Deps &deps);
    // The scope an API key needs for each authenticated route ([12]), from the one table next to the
    // routes in GatewayRoutes.cpp. nullopt: not in the table (AuthPolicy then lets only admin in,
    // and tst_authpolicy fails for every registered route missing here).
    static std::optional<Scope> requiredScope(const QByteArray &method, const QString &pattern);
};

} // namespace blufio
