#include "MetricsController.h"

#include "daemon/core/HealthService.h"
#include "metrics/Metrics.h"

namespace blufio {

MetricsController::MetricsController(HealthService &health, Metrics &metrics, bool enabled)
    : m_health(health), m_metrics(metrics), m_enabled(enabled)
{ }

HttpResponse MetricsController::metrics() const
{
    if (!m_enabled)
        return HttpResponse::error(503, "metrics_disabled",
                                   tr("metrics are disabled (metrics.enabled = false)"));
    m_health.render(); // refreshes blufio_health_status and blufio_dependency_up for this scrape
    HttpResponse response;
    response.contentType = Metrics::contentType();
    response.body = m_metrics.render();
    return response;
}

} // namespace blufio
