#include "Router.h"

namespace blufio {

void Router::add(const QByteArray &method, const QString &pattern, RouteHandler handler)
{
    m_routes.append(Route {method, pattern, std::move(handler), pattern.split(u'/')});
}

bool Router::matches(const Route &route, const QList<QStringView> &path, QHash<QString, QString> *params)
{
    if (route.segments.size() != path.size())
        return false;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const QString &want = route.segments.at(i);
        if (want.startsWith(u'{') && want.endsWith(u'}')) {
            if (path.at(i).isEmpty())
                return false;
            params->insert(want.mid(1, want.size() - 2), path.at(i).toString());
        } else if (want != path.at(i)) {
            return false;
        }
    }
    return true;
}

Router::Match Router::match(const QByteArray &method, const QString &path) const
{
    Match result;
    const QList<QStringView> segments = QStringView(path).split(u'/');
    for (const Route &route : m_routes) {
        QHash<QString, QString> params;
        if (!matches(route, segments, &params))
            continue;
        result.pattern = route.pattern;
        if (route.method == method) {
            result.route = &route;
            result.params = params;
            return result;
        }
        if (!result.allowed.contains(route.method))
            result.allowed.append(route.method);
    }
    return result;
}

} // namespace blufio
