#pragma once

#include "daemon/http/HttpResponse.h"

namespace blufio {

class HealthService;

// GET /health (no auth: cheap, safe to poll) and GET /v1/health (the same plus what every health
// contributor adds: storage, provider, budget, build). Both are HealthSnapshot, rendered once.
class HealthController
{
public:
    explicit HealthController(HealthService &health);

    HttpResponse health() const;
    HttpResponse detailed() const;

private:
    HealthService &m_health;
};

} // namespace blufio
