#pragma once

#include "daemon/http/Router.h"

#include <QCoreApplication>

namespace blufio {

class Agent;

// POST /v1/messages: parse, hand to the agent, answer as SSE or JSON (HttpTurnSink).
class MessagesController
{
    Q_DECLARE_TR_FUNCTIONS(MessagesController)

public:
    MessagesController(Agent &agent, int requestTimeoutMs);

    RouteResult post(const HttpRequest &request, const std::function<DeferredReply *()> &defer);

private:
    Agent &m_agent;
    int m_requestTimeoutMs;
};

} // namespace blufio
