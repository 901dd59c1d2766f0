#pragma once

#include "daemon/http/HttpResponse.h"

#include <QJsonObject>

#include <functional>

namespace blufio {

class HealthService;

// GET /health (no auth: cheap, safe to poll) and GET /v1/health (the same plus storage, provider,
// budget and build details).
class HealthController
{
public:
    HealthController(HealthService &health, std::function<QJsonObject()> details);

    HttpResponse health() const;
    HttpResponse detailed() const;

private:
    HealthService &m_health;
    std::function<QJsonObject()> m_details;
};

} // namespace blufio
