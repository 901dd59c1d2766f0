#pragma once

#include "common/net/ApiError.h"
#include "daemon/agent/AgentError.h"

namespace blufio {

struct HttpResponse;

// The gateway's one translation of the agent's error kinds: an HTTP status and Retry-After per
// Kind, and the error shape (code, message and the kind's details: resets_at, session_id) that
// HTTP bodies, SSE error events and WebSocket error frames all carry.
class ErrorTable
{
public:
    struct Entry
    {
        int status = 500;
        int retryAfterSecs = -1; // Retry-After when the error gives none; -1: no header
    };

    static Entry entry(AgentError::Kind kind);
    // The Retry-After for this error: its own hint where the kind has one at all, else the table's.
    static int retryAfter(const AgentError &error);
    static ApiError shape(const AgentError &error);
    static HttpResponse response(const AgentError &error);
};

} // namespace blufio
