#include "PublicRoutes.h"

#include "common/config/Config.h"
#include "metrics/Metrics.h"
#include "daemon/core/HealthService.h"
#include "daemon/http/Router.h"

#include <QCoreApplication>

namespace blufio {

void registerPublicRoutes(Router &router, HealthService &health, Metrics &metrics, const Config &config)
{
    router.add("GET", QStringLiteral("/health"), [&health](const HttpRequest &, const auto &) {
        HealthService::Status status;
        HttpResponse response;
        response.body = health.renderJson(&status);
        response.status = status == HealthService::Status::Unhealthy ? 503 : 200;
        return RouteResult::now(std::move(response));
    });

    const bool enabled = config.settings().metrics.enabled;
    router.add("GET", QStringLiteral("/metrics"),
               [&health, &metrics, enabled](const HttpRequest &, const auto &) {
                   if (!enabled) {
                       return RouteResult::now(HttpResponse::error(
                           503, "metrics_disabled",
                           QCoreApplication::translate("PublicRoutes",
                                                       "metrics are disabled (metrics.enabled = false)")));
                   }
                   health.render(); // refreshes blufio_health_status and blufio_dependency_up for this scrape
                   HttpResponse response;
                   response.contentType = Metrics::contentType();
                   response.body = metrics.render();
                   return RouteResult::now(response);
               });
}

} // namespace blufio
