#include "OpenAiTurnSink.h"

#include "ErrorTable.h"

#include "common/net/ChatCompletion.h"
#include "common/net/ChatCompletionChunk.h"
#include "daemon/http/DeferredReply.h"
#include "daemon/http/HttpResponse.h"

#include <QDateTime>
#include <QJsonDocument>

namespace blufio {

namespace {
const QByteArray kSessionHeader = QByteArrayLiteral("X-Blufio-Session");
} // namespace

OpenAiTurnSink::OpenAiTurnSink(Options options)
    : m_options(std::move(options)), m_id(ChatCompletion::newId()),
      m_created(QDateTime::currentSecsSinceEpoch())
{ }

OpenAiTurnSink::~OpenAiTurnSink()
{
    m_handle.detach();
}

void OpenAiTurnSink::attach(const TurnHandle &handle, DeferredReply *reply)
{
    m_handle = handle;
    m_reply = reply;
    setParent(reply);
    connect(reply, &DeferredReply::clientGone, this, &OpenAiTurnSink::onClientGone);
    if (!m_options.streaming)
        return;
    QList<QPair<QByteArray, QByteArray>> headers {{"X-Accel-Buffering", "no"}, {"Cache-Control", "no-cache"}};
    if (!handle.sessionId().isEmpty())
        headers.append({kSessionHeader, handle.sessionId().toUtf8()});
    reply->beginStream(200, "text/event-stream; charset=utf-8", headers);
    ChatCompletionChunk role {ChatCompletionChunk::Kind::Role, m_id, m_created, m_options.model, {}, {}, {}};
    reply->writeChunk(role.toEvent());
}

void OpenAiTurnSink::onClientGone()
{
    m_handle.detach();
    if (m_reply)
        m_reply->finish(
            ErrorTable::openAiResponse(AgentError(AgentError::Kind::Cancelled, tr("the client left"))));
}

void OpenAiTurnSink::onDelta(const QString &text)
{
    if (!m_options.streaming || !m_reply)
        return;
    ChatCompletionChunk chunk {
        ChatCompletionChunk::Kind::Content, m_id, m_created, m_options.model, text, {}, {}};
    m_reply->writeChunk(chunk.toEvent());
}

void OpenAiTurnSink::onCompleted(const AgentReply &reply)
{
    if (!m_reply)
        return;
    const QString finishReason = reply.truncated ? QStringLiteral("length") : QStringLiteral("stop");
    const ChatUsage usage {reply.inputTokens, reply.outputTokens};
    if (m_options.streaming) {
        using Kind = ChatCompletionChunk::Kind;
        m_reply->writeChunk(
            ChatCompletionChunk {Kind::Finish, m_id, m_created, m_options.model, {}, finishReason, {}}
                .toEvent());
        if (m_options.includeUsage)
            m_reply->writeChunk(
                ChatCompletionChunk {Kind::Usage, m_id, m_created, m_options.model, {}, {}, usage}.toEvent());
        m_reply->writeChunk(ChatCompletionChunk::doneEvent());
        m_reply->endStream();
        return;
    }
    // Like OpenAI's: the model that answered, perhaps a dated id of the one configured.
    const QString model = reply.model.isEmpty() ? m_options.model : reply.model;
    const ChatCompletion completion {m_id, m_created, model, reply.content, finishReason, usage};
    HttpResponse response = HttpResponse::json(200, completion.toJson());
    if (!reply.sessionId.isEmpty())
        response.withHeader(kSessionHeader, reply.sessionId.toUtf8());
    m_reply->finish(response);
}

void OpenAiTurnSink::onFailed(const AgentError &error)
{
    if (!m_reply)
        return;
    if (m_options.streaming) {
        m_reply->writeChunk(
            QByteArrayLiteral("data: ")
            + QJsonDocument(ErrorTable::openAiShape(error).toBody()).toJson(QJsonDocument::Compact)
            + QByteArrayLiteral("\n\n"));
        m_reply->endStream();
    } else {
        m_reply->finish(ErrorTable::openAiResponse(error));
    }
}

} // namespace blufio
