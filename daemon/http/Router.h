#pragma once

#include "DeferredReply.h"
#include "HttpRequest.h"
#include "HttpResponse.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QHttpServerRequest;

namespace blufio {

// A handler either answers now or takes a DeferredReply and answers later.
struct RouteResult
{
    std::optional<HttpResponse> response;
    static RouteResult now(HttpResponse r) { return {std::move(r)}; }
    static RouteResult later() { return {std::nullopt}; }
};

using RouteHandler
    = std::function<RouteResult(const HttpRequest &, const std::function<DeferredReply *()> &defer)>;

struct Route
{
    QByteArray method;
    QString pattern; // "/v1/sessions/{id}": also the metrics label
    RouteHandler handler;
    QStringList segments; // pattern split once at registration, not per request
};

// Route templates with method matching: a known path with the wrong method is 405 with Allow.
class Router
{
public:
    void add(const QByteArray &method, const QString &pattern, RouteHandler handler);

    struct Match
    {
        const Route *route = nullptr;
        QHash<QString, QString> params;
        QByteArrayList allowed; // methods the path accepts, when no route matched the method
        QString pattern; // the template that matched the path, whatever the method
    };
    Match match(const QByteArray &method, const QString &path) const;
    const QList<Route> &routes() const { return m_routes; }

private:
    static bool matches(const Route &route, const QList<QStringView> &path, QHash<QString, QString> *params);
    QList<Route> m_routes;
};

} // namespace blufio
