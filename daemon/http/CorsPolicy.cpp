#include "CorsPolicy.h"

#include <QCoreApplication>

namespace blufio {

bool CorsPolicy::allows(const QByteArray &origin) const
{
    return !origin.isEmpty() && m_origins.contains(QString::fromUtf8(origin));
}

std::optional<HttpResponse> CorsPolicy::preflight(const HttpRequest &request,
                                                  const QByteArrayList &methods) const
{
    if (request.method != "OPTIONS" || request.header("access-control-request-method").isEmpty())
        return std::nullopt;
    const QByteArray origin = request.header("origin");
    if (!allows(origin)) {
        return HttpResponse::error(
            403, "cors_forbidden",
            QCoreApplication::translate("CorsPolicy", "origin %1 is not in gateway.cors_origins")
                .arg(QString::fromUtf8(origin)));
    }
    const QByteArray method = request.header("access-control-request-method");
    if (!methods.contains(method)) {
        return HttpResponse::error(403, "cors_forbidden",
                                   // HttpServer's 405 message: the same words, already translated.
                                   QCoreApplication::translate("HttpServer", "%1 is not allowed on %2")
                                       .arg(QString::fromUtf8(method), request.path));
    }
    HttpResponse response;
    response.status = 204;
    response.contentType.clear();
    response.withHeader("Access-Control-Allow-Origin", origin)
        .withHeader("Vary", "Origin")
        .withHeader("Access-Control-Allow-Methods", methods.join(", "))
        .withHeader("Access-Control-Allow-Headers",
                    "Authorization, Content-Type, Accept, X-Blufio-Key, X-Blufio-Timestamp, X-Blufio-Nonce, "
                    "X-Blufio-Signature")
        .withHeader("Access-Control-Max-Age", "600");
    return response;
}

void CorsPolicy::decorate(const HttpRequest &request, HttpResponse &response) const
{
    const QByteArray origin = request.header("origin");
    const bool already = std::any_of(response.headers.cbegin(), response.headers.cend(),
                                     [](const auto &h) { return h.first == "Access-Control-Allow-Origin"; });
    if (allows(origin) && !already)
        response.withHeader("Access-Control-Allow-Origin", origin).withHeader("Vary", "Origin");
}

} // namespace blufio
