#include "DeferredReply.h"

#include "HttpServer.h"

namespace blufio {

DeferredReply::DeferredReply(HttpServer *server, QTcpSocket *socket, QString route, bool keepAlive,
                             bool headOnly)
    : QObject(server), m_server(server), m_socket(socket), m_route(std::move(route)), m_keepAlive(keepAlive),
      m_headOnly(headOnly)
{
    m_elapsed.start();
    if (socket) {
        connect(socket, &QTcpSocket::disconnected, this, [this] {
            if (!m_finished)
                Q_EMIT clientGone();
        });
        connect(socket, &QObject::destroyed, this, [this] {
            if (!m_finished)
                Q_EMIT clientGone();
        });
    }
}

DeferredReply::~DeferredReply() = default;

bool DeferredReply::isConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void DeferredReply::finish(const HttpResponse &response)
{
    if (m_finished)
        return;
    if (m_streaming) {
        endStream();
        return;
    }
    if (m_server && isConnected()) {
        HttpResponse decorated = response;
        decorated.headers += m_extraHeaders;
        m_server->write(m_socket, decorated, m_keepAlive, m_headOnly);
    }
    complete(response.status);
}

void DeferredReply::beginStream(int status, const QByteArray &contentType,
                                const QList<QPair<QByteArray, QByteArray>> &headers)
{
    if (m_finished || m_streaming)
        return;
    m_streaming = true;
    m_status = status;
    if (!isConnected())
        return;
    QByteArray head
        = "HTTP/1.1 " + QByteArray::number(status) + ' ' + HttpResponse::reasonPhrase(status) + "\r\n";
    head += "Content-Type: " + contentType + "\r\nTransfer-Encoding: chunked\r\nCache-Control: no-store\r\n";
    head += m_keepAlive ? QByteArrayLiteral("Connection: keep-alive\r\n")
                        : QByteArrayLiteral("Connection: close\r\n");
    for (const auto &h : headers + m_extraHeaders)
        head += h.first + ": " + h.second + "\r\n";
    head += "\r\n";
    m_socket->write(head);
}

void DeferredReply::writeChunk(const QByteArray &data)
{
    if (m_finished || !m_streaming || data.isEmpty() || !isConnected() || m_headOnly)
        return;
    m_socket->write(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
    m_socket->flush();
}

void DeferredReply::endStream()
{
    if (m_finished || !m_streaming)
        return;
    if (isConnected()) {
        if (!m_headOnly)
            m_socket->write("0\r\n\r\n");
        if (!m_keepAlive)
            m_socket->disconnectFromHost();
    }
    complete(m_status);
}

void DeferredReply::complete(int status)
{
    m_finished = true;
    if (m_server) {
        m_server->finishDeferred(m_socket, m_route, status, double(m_elapsed.nsecsElapsed()) / 1e9);
    }
    deleteLater();
}

} // namespace blufio
