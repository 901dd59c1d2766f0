#include "ChatCompletionsController.h"

#include "ChatCompletionRequest.h"
#include "ErrorTable.h"
#include "ModelsController.h"
#include "OpenAiTurnSink.h"

#include "daemon/agent/Agent.h"

#include <memory>

namespace blufio {

ChatCompletionsController::ChatCompletionsController(Agent &agent, ModelCatalog catalog, int requestTimeoutMs)
    : m_agent(agent), m_catalog(std::move(catalog)), m_requestTimeoutMs(requestTimeoutMs)
{ }

RouteResult ChatCompletionsController::post(const HttpRequest &request,
                                            const std::function<DeferredReply *()> &defer)
{
    auto parsed = ChatCompletionRequest::parse(request.body);
    if (const auto *error = std::get_if<ChatRequestError>(&parsed)) {
        OpenAiError body
            = ErrorTable::openAiShape(400, ApiError {QStringLiteral("invalid_request"), error->message, {}});
        body.param = error->param;
        return RouteResult::now(ErrorTable::openAiResponse(400, body));
    }
    const ChatCompletionRequest chat = std::get<ChatCompletionRequest>(std::move(parsed));
    if (!m_catalog.find(chat.model))
        return RouteResult::now(ModelsController::notFound(chat.model));

    TurnRequest turn;
    turn.content = chat.lastUserContent();
    turn.channel = QStringLiteral("openai");
    turn.timeoutMs = m_requestTimeoutMs;
    turn.history = chat.messages;
    turn.systemPrompt = chat.systemPrompt;
    turn.maxTokens = chat.maxTokens;
    turn.temperature = chat.temperature;
    // The key's budget and ledger, and for X-Blufio-Session only the sessions it may write into.
    turn.keyName = request.caller.keyName;
    turn.ownSessionsOnly = request.caller.ownSessionsOnly();
    // Without the header the exchange is OpenAI's: stateless, nothing stored but its cost.
    const QString session = QString::fromUtf8(request.header(kSessionHeader)).trimmed();
    if (session.isEmpty())
        turn.transient = true;
    else if (session != u"new")
        turn.sessionId = session;

    auto sink = std::make_unique<OpenAiTurnSink>(
        OpenAiTurnSink::Options {chat.stream, chat.includeUsage, m_catalog.model()});
    auto submitted = m_agent.submit(turn, *sink);
    if (auto *error = std::get_if<AgentError>(&submitted))
        return RouteResult::now(ErrorTable::openAiResponse(*error));
    sink.release()->attach(std::get<TurnHandle>(submitted), defer());
    return RouteResult::later();
}

} // namespace blufio
