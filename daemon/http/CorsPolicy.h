#pragma once

#include "HttpResponse.h"
#include "Router.h"

#include <QStringList>

#include <optional>

namespace blufio {

// gateway.cors_origins: browsers on these origins may call /v1; everything else gets no CORS
// headers at all (the default: none).
class CorsPolicy
{
public:
    explicit CorsPolicy(QStringList origins) : m_origins(std::move(origins)) { }

    bool allows(const QByteArray &origin) const;
    // A preflight (OPTIONS + Origin + Access-Control-Request-Method) for a path with these methods.
    std::optional<HttpResponse> preflight(const HttpRequest &request, const QByteArrayList &methods) const;
    // Adds Access-Control-Allow-Origin to a reply for an allowed origin.
    void decorate(const HttpRequest &request, HttpResponse &response) const;

private:
    QStringList m_origins;
};

} // namespace blufio
