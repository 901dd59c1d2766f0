#include "MessagesController.h"

#include "ErrorTable.h"
#include "HttpTurnSink.h"
#include "JsonBody.h"

#include "daemon/agent/Agent.h"

#include <memory>

namespace blufio {

namespace {
std::variant<TurnRequest, HttpResponse> parseMessage(const QByteArray &body)
{
    auto parsed = JsonBody::parse(body);
    if (const auto *error = std::get_if<JsonBodyError>(&parsed))
        return HttpResponse::error(400, "invalid_json", error->message);
    const QJsonDocument doc = std::get<QJsonDocument>(std::move(parsed));
    if (!doc.isObject())
        return HttpResponse::error(400, "invalid_request",
                                   MessagesController::tr("the body must be a JSON object"));
    const QJsonObject o = doc.object();
    const QJsonValue content = o.value(QStringLiteral("content"));
    if (!content.isString() || content.toString().trimmed().isEmpty()) {
        return HttpResponse::error(400, "invalid_request",
                                   MessagesController::tr("\"content\" must be a non-empty string"));
    }
    const QJsonValue session = o.value(QStringLiteral("session_id"));
    if (!session.isUndefined() && !session.isNull() && !session.isString())
        return HttpResponse::error(400, "invalid_request",
                                   MessagesController::tr("\"session_id\" must be a string"));
    TurnRequest request;
    request.content = content.toString();
    request.sessionId = session.toString();
    request.channel = QStringLiteral("http");
    return request;
}
} // namespace

MessagesController::MessagesController(Agent &agent, int requestTimeoutMs)
    : m_agent(agent), m_requestTimeoutMs(requestTimeoutMs)
{ }

RouteResult MessagesController::post(const HttpRequest &request,
                                     const std::function<DeferredReply *()> &defer)
{
    auto parsed = parseMessage(request.body);
    if (auto *error = std::get_if<HttpResponse>(&parsed))
        return RouteResult::now(*error);
    TurnRequest turn = std::get<TurnRequest>(std::move(parsed));
    turn.keyName = request.caller.keyName;
    turn.ownSessionsOnly = request.caller.ownSessionsOnly();
    turn.timeoutMs = m_requestTimeoutMs;
    auto sink = std::make_unique<HttpTurnSink>(request.header("accept").contains("text/event-stream"));
    auto submitted = m_agent.submit(turn, *sink);
    if (auto *error = std::get_if<AgentError>(&submitted))
        return RouteResult::now(ErrorTable::response(*error));
    // The sink hears nothing before submit() returned, so the reply can be taken now; it owns the sink.
    sink.release()->attach(std::get<TurnHandle>(submitted), defer());
    return RouteResult::later();
}

} // namespace blufio
