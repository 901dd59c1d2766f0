#pragma once

#include "HttpResponse.h"

#include <QHash>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTcpSocket>

#include <functional>
#include <optional>

class QHttpServerRequest;

namespace blufio {

class HttpServer;

// What a route handler sees of a request.
struct HttpRequest
{
    QByteArray method;
    QString path;
    QByteArray pathAndQuery; // as sent, for signatures
    QHash<QString, QString> params; // {id} and friends from the route template
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-case
    QByteArray body;
    QHostAddress peer;

    QByteArray header(QByteArrayView name) const;
};

// A reply the handler finishes later (LLM calls, streams). Holds only a QPointer to the socket:
// writing after the client went away is dropped instead of crashing QHttpServer 6.4.
class DeferredReply : public QObject
{
    Q_OBJECT

public:
    DeferredReply(HttpServer *server, QTcpSocket *socket, QString route, bool keepAlive, bool headOnly = false);
    ~DeferredReply() override;

    bool isConnected() const;
    void finish(const HttpResponse &response);
    // Streaming: status and headers now, then chunks (chunked transfer encoding), then end().
    void beginStream(int status, const QByteArray &contentType, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    void writeChunk(const QByteArray &data);
    void endStream();
    bool finished() const { return m_finished; }
    // Headers every reply to this request carries (CORS), decided when the request arrived.
    void setExtraHeaders(QList<QPair<QByteArray, QByteArray>> headers) { m_extraHeaders = std::move(headers); }

Q_SIGNALS:
    // The client disconnected before the reply finished: cancel upstream work.
    void clientGone();

private:
    void complete(int status);

    QPointer<HttpServer> m_server;
    QPointer<QTcpSocket> m_socket;
    QString m_route;
    bool m_keepAlive;
    bool m_headOnly;
    bool m_finished = false;
    bool m_streaming = false;
    int m_status = 0;
    QElapsedTimer m_elapsed;
    QList<QPair<QByteArray, QByteArray>> m_extraHeaders;
};

// A handler either answers now or takes a DeferredReply and answers later.
struct RouteResult
{
    std::optional<HttpResponse> response;
    static RouteResult now(HttpResponse r) { return {std::move(r)}; }
    static RouteResult later() { return {std::nullopt}; }
};

using RouteHandler = std::function<RouteResult(const HttpRequest &, const std::function<DeferredReply *()> &defer)>;

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

private:
    static bool matches(const Route &route, const QList<QStringView> &path, QHash<QString, QString> *params);
    QList<Route> m_routes;
};

} // namespace blufio
