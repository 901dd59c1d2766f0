#include "HttpServer.h"

#include "ConnectionGuard.h"
#include "metrics/Metrics.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QLoggingCategory>
#include <QTcpSocket>

Q_LOGGING_CATEGORY(lcHttp, "blufio.http")

namespace blufio {

HttpServer::HttpServer(Metrics *metrics, QObject *parent)
    : QAbstractHttpServer(parent), m_metrics(metrics) { }

QByteArray HttpServer::methodName(const QHttpServerRequest &request)
{
    using M = QHttpServerRequest::Method;
    switch (request.method()) {
    case M::Get:
        return "GET";
    case M::Put:
        return "PUT";
    case M::Delete:
        return "DELETE";
    case M::Post:
        return "POST";
    case M::Head:
        return "HEAD";
    case M::Options:
        return "OPTIONS";
    case M::Patch:
        return "PATCH";
    case M::Connect:
        return "CONNECT";
    case M::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

bool HttpServer::wantsWebSocket(const QHttpServerRequest &request)
{
    // Qt 6.4's own condition for handing a socket to its QWebSocketServer.
    return request.value("connection").toLower().contains("upgrade")
        && request.value("upgrade").compare("websocket", Qt::CaseInsensitive) == 0;
}

bool HttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ConnectionGuard *guard = ConnectionGuard::of(socket);
    const std::optional<RequestFramer::Head> head = guard ? guard->takeHead() : std::nullopt;
    if (guard
        && (!head || head->method != methodName(request) || head->webSocket != wantsWebSocket(request))) {
        // Qt parsed a request the guard never framed, or framed differently: the one grammar
        // did not hold. Answer nothing and drop the connection rather than act on either view.
        qCCritical(lcHttp) << "parser disagreement on a request from" << socket->peerAddress().toString()
                           << "; closing the connection";
        socket->abort();
        return true;
    }
    // 6.4 passes upgrade requests through here first and hands the socket to its WebSocket server
    // if we return true without writing anything. Only the guard's approval does that; any other
    // upgrade Qt wants is refused (missingHandler closes it).
    if (wantsWebSocket(request))
        return guard && guard->webSocketApproved() && head && head->webSocket && !m_webSocketPath.isEmpty()
            && request.url().path() == m_webSocketPath;

    QElapsedTimer elapsed;
    elapsed.start();
    if (guard)
        guard->replyStarted();

    HttpRequest req;
    req.method = methodName(request);
    const QUrl url = request.url();
    req.path = url.path();
    // Signatures cover the target exactly as sent; QUrl would normalise it.
    if (head) {
        req.pathAndQuery = head->target;
    } else {
        req.pathAndQuery = url.path(QUrl::FullyEncoded).toUtf8();
        if (url.hasQuery())
            req.pathAndQuery += '?' + url.query(QUrl::FullyEncoded).toUtf8();
    }
    for (const auto &h : request.headers())
        req.headers.append({h.first.toLower(), h.second});
    req.body = request.body();
    req.peer = request.remoteAddress();
    const bool keepAlive
        = head ? head->keepAlive() : req.header("connection").compare("close", Qt::CaseInsensitive) != 0;
    // HEAD is GET without the body: the same handler, status and headers.
    const bool headOnly = req.method == "HEAD";

    const Router::Match match = m_router.match(headOnly ? QByteArray("GET") : req.method, req.path);
    QString label = match.pattern.isEmpty() ? QStringLiteral("unmatched") : match.pattern;
    std::optional<HttpResponse> response;
    if (!match.route && match.pattern.isEmpty()) {
        response = HttpResponse::error(
            404, "not_found", QCoreApplication::translate("HttpServer", "no such path: %1").arg(req.path));
    } else if (!match.route && m_preflight && (response = m_preflight(req, match.allowed))) {
        // a CORS preflight for a known path
    } else if (!match.route) {
        QByteArrayList allowed = match.allowed;
        if (allowed.contains("GET") && !allowed.contains("HEAD"))
            allowed.append("HEAD");
        response = HttpResponse::error(405, "method_not_allowed",
                                       QCoreApplication::translate("HttpServer", "%1 is not allowed on %2")
                                           .arg(QString::fromLatin1(req.method), match.pattern))
                       .withHeader("Allow", allowed.join(", "));
    } else {
        req.params = match.params;
        if (m_guard)
            response = m_guard(req, *match.route);
        if (!response) {
            const QPointer<QTcpSocket> safeSocket(socket);
            DeferredReply *deferred = nullptr;
            auto defer = [&]() -> DeferredReply * {
                if (!deferred) {
                    deferred = new DeferredReply(this, safeSocket, label, keepAlive, headOnly);
                    if (m_decorator) {
                        HttpResponse headersOnly;
                        m_decorator(req, headersOnly);
                        deferred->setExtraHeaders(headersOnly.headers);
                    }
                    ++m_inFlight;
                }
                return deferred;
            };
            RouteResult result = match.route->handler(req, defer);
            if (result.response)
                response = std::move(result.response);
            else if (!deferred)
                response
                    = HttpResponse::error(500, "internal_error", QStringLiteral("handler produced no reply"));
            else
                return true; // the DeferredReply answers, or drops the reply if the client left
        }
    }
    if (m_decorator)
        m_decorator(req, *response);
    write(socket, *response, keepAlive, headOnly);
    if (m_metrics)
        m_metrics->observeHttp(label, response->status, double(elapsed.nsecsElapsed()) / 1e9);
    if (guard)
        guard->replyFinished();
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Reached for an upgrade handleRequest refused: no reply, the connection goes.
    qCWarning(lcHttp) << "refused an unapproved upgrade to" << request.url().path() << "from"
                      << socket->peerAddress().toString();
    socket->abort();
}

void HttpServer::write(QTcpSocket *socket, const HttpResponse &response, bool keepAlive, bool headOnly)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    socket->write(response.serialize(keepAlive, headOnly));
    if (!keepAlive)
        socket->disconnectFromHost();
}

void HttpServer::finishDeferred(QTcpSocket *socket, const QString &route, int status, double seconds)
{
    --m_inFlight;
    if (m_metrics)
        m_metrics->observeHttp(route, status, seconds);
    if (ConnectionGuard *guard = ConnectionGuard::of(socket))
        guard->replyFinished();
    if (m_inFlight == 0)
        Q_EMIT idle();
}

} // namespace blufio
