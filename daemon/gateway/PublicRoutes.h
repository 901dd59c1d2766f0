#pragma once

namespace blufio {

class Config;
class HealthService;
class Metrics;
class Router;

// GET /health and GET /metrics: unauthenticated, cheap, safe to poll.
void registerPublicRoutes(Router &router, HealthService &health, Metrics &metrics, const Config &config);

} // namespace blufio
