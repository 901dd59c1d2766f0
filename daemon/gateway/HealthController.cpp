#include "HealthController.h"

#include "daemon/core/HealthService.h"

namespace blufio {

HealthController::HealthController(HealthService &health) : m_health(health) { }

HttpResponse HealthController::health() const
{
    HealthService::Status status;
    HttpResponse response;
    response.body = m_health.renderJson(&status);
    response.status = status == HealthService::Status::Unhealthy ? 503 : 200;
    return response;
}

HttpResponse HealthController::detailed() const
{
    const HealthSnapshot health = m_health.snapshot(HealthSnapshot::View::Detailed);
    return HttpResponse::json(health.status == HealthService::Status::Unhealthy ? 503 : 200, health.toJson());
}

} // namespace blufio
