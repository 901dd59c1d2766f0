#pragma once

#include "common/net/MessageReply.h"
#include "common/storage/StorageTypes.h"
#include "providers/ProviderRequest.h"

#include <QList>
#include <QString>

#include <optional>

namespace blufio {

// A finished turn: the assistant message as stored, which is exactly what clients of /v1/messages are
// shown of it (every channel renders that part with one serializer), plus what the OpenAI routes also
// tell their clients.
struct AgentReply : MessageReply
{
    QString model; // the model that answered, as the upstream named it
    bool truncated = false; // the upstream stopped at the token limit
};

// One user message for Agent::submit().
struct TurnRequest
{
    QString content;
    QString sessionId; // empty: start a new session
    QString channel; // labels blufio_messages_total: "http", "ws", later "telegram", "openai"
    // The channel's deadline for the reply, from submit(): past it the sink gets Kind::Timeout and
    // the reply is still stored when it comes. 0: no deadline.
    int timeoutMs = 0;
    // The Telegram update the message came in: stored with it in one transaction, which moves the
    // channel's offset past it (Storage::appendChannelMessage), so it is processed exactly once.
    std::optional<TelegramInbound> telegram;
    // The API key it comes from ([12]): its budget is checked, the new session and the ledger row
    // name it. Empty: admin credentials from the configuration.
    QString keyName;
    // A key that is not admin may only write into sessions it started: others are session_not_found.
    bool ownSessionsOnly = false;

    // A stateless channel (the OpenAI routes) brings the whole conversation: it is sent instead of the
    // session's stored messages, and content (its last user message) is what a session stores.
    std::optional<QList<ProviderMessage>> history;
    std::optional<QString> systemPrompt; // nullopt: agent.system_prompt
    int maxTokens = 0; // 0: agent.max_tokens, which also caps a larger value
    std::optional<double> temperature; // nullopt: the upstream's default
    // Nothing is stored but the cost-ledger row: no session, message or queue row (sessionId empty,
    // history set). Such a turn is not answered again after a crash: nobody could read that answer.
    bool transient = false;
};

} // namespace blufio
