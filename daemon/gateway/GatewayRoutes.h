#pragma once

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>

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
        QString model; // agent.model, offered by GET /v1/models
        QString provider; // agent.provider, its owned_by
    };

    // The routes that speak OpenAI's dialect, errors included (/v1/chat/completions, /v1/models...).
    static bool speaksOpenAi(const QString &path);

    // GET /health and GET /metrics: unauthenticated, there whether the gateway is on or not.
    static void registerPublic(Router &router, HealthService &health, Metrics &metrics, bool metricsEnabled);
    // /v1/messages, /v1/sessions, /v1/sessions/{id}, /v1/health, the OpenAI routes and the non-upgrade
    // side of /ws.
    static void registerGateway(Router &router, const Deps &deps);
};

} // namespace blufio
