#include "HealthController.h"

#include "daemon/core/HealthService.h"

namespace blufio {

HealthController::HealthController(HealthService &health, std::function<QJsonObject()> details)
    : m_health(health), m_details(std::move(details))
{ }

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
    HealthService::Status status;
    QJsonObject body = m_health.render(&status);
    if (m_details) {
        const QJsonObject details = m_details();
        for (auto it = details.begin(); it != details.end(); ++it)
            body.insert(it.key(), it.value());
    }
    return HttpResponse::json(status == HealthService::Status::Unhealthy ? 503 : 200, body);
}

} // namespace blufio
