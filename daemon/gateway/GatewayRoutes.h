#pragma once

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>

namespace blufio {

class Agent;
class Config;
class HealthService;
class Router;
class Storage;
struct AgentError;
struct HttpResponse;

// /v1/messages, /v1/sessions, /v1/sessions/{id}, /v1/health and the non-upgrade side of /ws. The
// handlers parse, call the agent or storage, and render; authentication happened before them.
class GatewayRoutes
{
    Q_DECLARE_TR_FUNCTIONS(GatewayRoutes)

public:
    struct Deps
    {
        Agent *agent;
        Storage *storage;
        HealthService *health;
        int requestTimeoutMs;
    };

    static void registerRoutes(Router &router, const Deps &deps);
    static HttpResponse errorResponse(const AgentError &error);
};

} // namespace blufio
