#include "HttpTurnSink.h"

#include "ErrorTable.h"

#include "daemon/http/DeferredReply.h"
#include "daemon/http/HttpResponse.h"

#include <QJsonDocument>

namespace blufio {

namespace {
QByteArray sseEvent(const char *event, const QJsonObject &data)
{
    return QByteArray("event: ") + event + "\ndata: " + QJsonDocument(data).toJson(QJsonDocument::Compact)
        + "\n\n";
}
} // namespace

HttpTurnSink::HttpTurnSink(bool streaming) : m_streaming(streaming) { }

HttpTurnSink::~HttpTurnSink()
{
    m_handle.detach(); // a no-op once the turn ended for us
}

void HttpTurnSink::attach(const TurnHandle &handle, DeferredReply *reply)
{
    m_handle = handle;
    m_reply = reply;
    setParent(reply);
    // The client left: stop the upstream call (QHttpServer 6.4 would crash on a late write;
    // DeferredReply drops it).
    connect(reply, &DeferredReply::clientGone, this, &HttpTurnSink::onClientGone);
    if (!m_streaming)
        return;
    reply->beginStream(200, "text/event-stream; charset=utf-8", {{"X-Accel-Buffering", "no"}});
    QJsonObject start;
    start.insert(QStringLiteral("session_id"), handle.sessionId());
    reply->writeChunk(sseEvent("message_start", start));
}

void HttpTurnSink::onClientGone()
{
    m_handle.detach();
    // Nobody reads it; finishing counts the reply and lets it go.
    if (m_reply)
        m_reply->finish(ErrorTable::response(AgentError(AgentError::Kind::Cancelled, tr("the client left"))));
}

void HttpTurnSink::onDelta(const QString &text)
{
    if (!m_streaming || !m_reply)
        return;
    QJsonObject delta;
    delta.insert(QStringLiteral("text"), text);
    m_reply->writeChunk(sseEvent("text_delta", delta));
}

void HttpTurnSink::onCompleted(const AgentReply &reply)
{
    if (!m_reply)
        return;
    if (m_streaming) {
        m_reply->writeChunk(sseEvent("message_stop", reply.toJson()));
        m_reply->endStream();
    } else {
        m_reply->finish(HttpResponse::json(200, reply.toJson()));
    }
}

void HttpTurnSink::onFailed(const AgentError &error)
{
    if (!m_reply)
        return;
    if (m_streaming) {
        m_reply->writeChunk(sseEvent("error", ErrorTable::shape(error).toJson()));
        m_reply->endStream();
    } else {
        m_reply->finish(ErrorTable::response(error));
    }
}

} // namespace blufio
