#pragma once

#include "providers/ProviderRequest.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace blufio {

// Why a POST /v1/chat/completions body was refused: the field at fault (OpenAI's "param", e.g.
// "messages[2].content") and a translated sentence naming it.
struct ChatRequestError
{
    QString param; // empty when the body as a whole is at fault
    QString message;
};

// A POST /v1/chat/completions body, parsed from outside bytes. Only what blufio can honour is accepted:
// text content (a string or an array of {"type": "text", "text"} parts), the roles system (and
// OpenAI's newer "developer"), user and assistant, one choice, no tools; fields it does not know are
// ignored like OpenAI's own optional ones (top_p, user, ...).
struct ChatCompletionRequest
{
    Q_DECLARE_TR_FUNCTIONS(ChatCompletionRequest)

public:
    // Bounds on outside input that the daemon would otherwise pass on to the upstream.
    static constexpr int kMaxMessages = 1000;
    static constexpr int kMaxParts = 100;

    QString model;
    // The conversation without its system messages, which are joined into systemPrompt.
    QList<ProviderMessage> messages;
    std::optional<QString> systemPrompt; // nullopt: no system message given
    bool stream = false;
    bool includeUsage = false; // stream_options.include_usage
    int maxTokens = 0; // max_completion_tokens, else max_tokens; 0: not given
    std::optional<double> temperature;

    // The last message, always a user's: what a session stores and answers.
    QString lastUserContent() const { return messages.isEmpty() ? QString() : messages.last().content; }

    static std::variant<ChatCompletionRequest, ChatRequestError> parse(QByteArrayView body);
};

} // namespace blufio
