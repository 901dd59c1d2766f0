#pragma once

#include "HttpResponse.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QTcpSocket>

namespace blufio {

class HttpServer;

// A reply the handler finishes later (LLM calls, streams). Holds only a QPointer to the socket:
// writing after the client went away is dropped instead of crashing QHttpServer 6.4.
class DeferredReply : public QObject
{
    Q_OBJECT

public:
    DeferredReply(HttpServer *server, QTcpSocket *socket, QString route, bool keepAlive,
                  bool headOnly = false);
    ~DeferredReply() override;

    bool isConnected() const;
    void finish(const HttpResponse &response);
    // Streaming: status and headers now, then chunks (chunked transfer encoding), then end().
    void beginStream(int status, const QByteArray &contentType,
                     const QList<QPair<QByteArray, QByteArray>> &headers = {});
    void writeChunk(const QByteArray &data);
    void endStream();
    bool finished() const { return m_finished; }
    // Headers every reply to this request carries (CORS), decided when the request arrived.
    void setExtraHeaders(QList<QPair<QByteArray, QByteArray>> headers)
    {
        m_extraHeaders = std::move(headers);
    }

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

} // namespace blufio
