#pragma once

#include "FakeLlmBehaviour.h"
#include "FakeLlmRequest.h"
#include "FakeLlmScript.h"

namespace blufio::test {

// Builds the fake's responses in the real wire formats: Anthropic Messages (SSE with named events,
// {"type": "error", "error": {...}} bodies) and OpenAI Chat Completions ("data:" chunks, "[DONE]",
// {"error": {...}} bodies).
class FakeLlmResponder
{
public:
    enum class Api { Anthropic, OpenAi };

    static FakeLlmScript messages(Api api, const FakeLlmRequest &request, const FakeLlmBehaviour &behaviour,
                                  int sequence);
    static FakeLlmScript models(Api api, const FakeLlmBehaviour &behaviour);
    static FakeLlmScript json(int status, const QJsonObject &body);
    static FakeLlmScript error(Api api, int status, const QByteArray &type, const QString &message,
                               int retryAfterSecs = -1);

    // The reply split the way the fake streams it: words with their leading space.
    static QStringList deltas(const QString &reply);
    // The input tokens the fake reports when behaviour does not fix them: about 4 bytes a token.
    static qint64 estimateInputTokens(const QJsonObject &body);
    static QByteArray httpDate();

private:
    static FakeLlmScript anthropicStream(const FakeLlmRequest &request, const FakeLlmBehaviour &behaviour,
                                         int sequence);
    static FakeLlmScript openAiStream(const FakeLlmRequest &request, const FakeLlmBehaviour &behaviour,
                                      int sequence);
    static FakeLlmScript failureFor(Api api, const FakeLlmBehaviour &behaviour);
};

} // namespace blufio::test
