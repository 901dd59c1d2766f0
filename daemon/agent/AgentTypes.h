#pragma once

#include "common/net/MessageReply.h"
#include "common/storage/StorageTypes.h"

#include <QString>

#include <optional>

namespace blufio {

// A finished turn: the assistant message as stored. It is exactly what clients are shown of it, so
// the agent hands over that shape and every channel renders it with one serializer.
using AgentReply = MessageReply;

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
};

} // namespace blufio
