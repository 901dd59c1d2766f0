#pragma once

#include "ModelCatalog.h"

#include "daemon/http/Router.h"

#include <QCoreApplication>

namespace blufio {

class Agent;

// POST /v1/chat/completions: parse (ChatCompletionRequest), check the model, hand the conversation to
// the agent (stateless, or stored in a session with X-Blufio-Session), answer through OpenAiTurnSink.
// Every refusal is in OpenAI's shape.
class ChatCompletionsController
{
    Q_DECLARE_TR_FUNCTIONS(ChatCompletionsController)

public:
    // The request header naming the session that stores the exchange ("new": a new one); the reply
    // names the session in the same header.
    static constexpr QByteArrayView kSessionHeader = "x-blufio-session";

    ChatCompletionsController(Agent &agent, ModelCatalog catalog, int requestTimeoutMs);

    RouteResult post(const HttpRequest &request, const std::function<DeferredReply *()> &defer);

private:
    Agent &m_agent;
    ModelCatalog m_catalog;
    int m_requestTimeoutMs;
};

} // namespace blufio
