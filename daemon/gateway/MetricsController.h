#pragma once

#include "daemon/http/HttpResponse.h"

#include <QCoreApplication>

namespace blufio {

class HealthService;
class Metrics;

// GET /metrics (no auth): Prometheus text, or 503 when metrics.enabled = false.
class MetricsController
{
    Q_DECLARE_TR_FUNCTIONS(MetricsController)

public:
    MetricsController(HealthService &health, Metrics &metrics, bool enabled);

    HttpResponse metrics() const;

private:
    HealthService &m_health;
    Metrics &m_metrics;
    bool m_enabled;
};

} // namespace blufio
