#pragma once

#include "HttpResponse.h"
#include "Router.h"

#include <QAbstractHttpServer>
#include <QPointer>

#include <functional>
#include <optional>

namespace blufio {

class Metrics;

// QAbstractHttpServer (the base of QHttpServer) with our own router: 6.4's QHttpServer answers a
// wrong method with 404, skips afterRequest for responder replies and hides the socket, so we
// route, count and write replies ourselves and keep QHttpServer's HTTP parsing.
class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit HttpServer(Metrics *metrics, QObject *parent = nullptr);

    Router &router() { return m_router; }

    // Runs before a route's handler; a response here (401, 503, ...) is sent instead.
    // May say who the request comes from in request.caller.
    using Guard = std::function<std::optional<HttpResponse>(HttpRequest &, const Route &)>;
    void setGuard(Guard guard) { m_guard = std::move(guard); }
    // Adds headers (CORS) to every reply for a request.
    using Decorator = std::function<void(const HttpRequest &, HttpResponse &)>;
    void setDecorator(Decorator decorator) { m_decorator = std::move(decorator); }

    // Answers an OPTIONS preflight for a known path; nullopt lets the 405 stand.
    using Preflight
        = std::function<std::optional<HttpResponse>(const HttpRequest &, const QByteArrayList &methods)>;
    void setPreflight(Preflight preflight) { m_preflight = std::move(preflight); }

    // The path whose WebSocket upgrades QHttpServer may hand to its QWebSocketServer. The
    // listener's upgrade filter has authenticated them before they get here.
    void setWebSocketPath(const QString &path) { m_webSocketPath = path; }

    int inFlight() const { return m_inFlight; }

    // Used by DeferredReply.
    void write(QTcpSocket *socket, const HttpResponse &response, bool keepAlive, bool headOnly = false);
    void finishDeferred(QTcpSocket *socket, const QString &route, int status, double seconds);

    static QByteArray methodName(const QHttpServerRequest &request);
    static bool wantsWebSocket(const QHttpServerRequest &request);

Q_SIGNALS:
    void idle(); // no request in flight any more

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Metrics *m_metrics;
    Router m_router;
    Guard m_guard;
    Decorator m_decorator;
    Preflight m_preflight;
    QString m_webSocketPath;
    int m_inFlight = 0;
};

} // namespace blufio
