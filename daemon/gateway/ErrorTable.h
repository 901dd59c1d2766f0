#pragma once

#include "common/net/ApiError.h"
#include "common/net/OpenAiError.h"
#include "daemon/agent/AgentError.h"

namespace blufio {

struct HttpResponse;

// The gateway's one translation of the agent's error kinds: an HTTP status and Retry-After per
// Kind, and the error shape (code, message and the kind's details: resets_at, session_id) that
// HTTP bodies, SSE error events and WebSocket error frames all carry. The OpenAI routes say the same
// statuses in OpenAI's words: the same table, another body.
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

    // OpenAI's dialect (/v1/chat/completions, /v1/models): {"error": {"message", "type", "code",
    // "param"}}, the type from the status, the code OpenAI's where it has one for the same failure
    // (invalid_api_key, insufficient_quota, rate_limit_exceeded) and blufio's otherwise.
    static OpenAiError openAiShape(int status, const ApiError &error);
    static OpenAiError openAiShape(const AgentError &error);
    static HttpResponse openAiResponse(const AgentError &error);
    static HttpResponse openAiResponse(int status, const OpenAiError &error);
    // A reply in blufio's error shape (the auth guard's 401/429/503, the router's 405) rewritten in
    // OpenAI's, status and headers kept; any other reply is left alone.
    static void toOpenAi(HttpResponse &response);
    static QString openAiType(int status);
};

} // namespace blufio
