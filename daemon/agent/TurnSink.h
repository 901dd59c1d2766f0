#pragma once

#include "AgentError.h"
#include "AgentTypes.h"

namespace blufio {

// What a channel (an HTTP reply, a WebSocket, a chat) implements to hear how one accepted message
// goes: any number of onDelta() as the provider streams, then exactly one of onCompleted() or
// onFailed(), unless the channel detached its TurnHandle first. Calls come from the event loop,
// never from inside Agent::submit(); a sink may submit again or use its handle from any of them.
// The sink must outlive its turns or detach them (TurnHandle::detach) before it goes.
class TurnSink
{
public:
    virtual ~TurnSink() = default;

    virtual void onDelta(const QString &text) = 0;
    virtual void onCompleted(const AgentReply &reply) = 0;
    virtual void onFailed(const AgentError &error) = 0;
};

} // namespace blufio
