// libFuzzer target: ChatCompletionRequest::parse (daemon/gateway), the body of POST
// /v1/chat/completions from any OpenAI client. A body is refused with a message (naming a field when
// one is at fault), or accepted as something the agent can answer: a non-empty model, at most
// kMaxMessages messages of the roles user and assistant ending in a non-blank user message, a
// max_tokens that is positive or unset and a temperature within 0..2. An accepted body's conversation
// written back out as a request parses to the same conversation.
#include "FuzzInput.h"

#include "daemon/gateway/ChatCompletionRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdlib>
#include <variant>

using namespace blufio;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView body(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto parsed = ChatCompletionRequest::parse(body);
    if (const auto *error = std::get_if<ChatRequestError>(&parsed)) {
        if (error->message.isEmpty())
            std::abort();
        if (!error->param.isEmpty() && !error->message.contains(error->param))
            std::abort();
        return 0;
    }
    const ChatCompletionRequest &r = std::get<ChatCompletionRequest>(parsed);
    if (r.model.isEmpty() || r.messages.isEmpty() || r.messages.size() > ChatCompletionRequest::kMaxMessages)
        std::abort();
    for (const ProviderMessage &m : r.messages) {
        if (m.role != u"user" && m.role != u"assistant")
            std::abort();
    }
    if (r.messages.last().role != u"user" || r.lastUserContent().trimmed().isEmpty())
        std::abort();
    if (r.maxTokens < 0 || (r.temperature && (*r.temperature < 0 || *r.temperature > 2)))
        std::abort();

    QJsonArray messages;
    if (r.systemPrompt)
        messages.append(QJsonObject {{QStringLiteral("role"), QStringLiteral("system")},
                                     {QStringLiteral("content"), *r.systemPrompt}});
    for (const ProviderMessage &m : r.messages)
        messages.append(
            QJsonObject {{QStringLiteral("role"), m.role}, {QStringLiteral("content"), m.content}});
    const QJsonObject again {{QStringLiteral("model"), r.model}, {QStringLiteral("messages"), messages}};
    const auto reparsed = ChatCompletionRequest::parse(QJsonDocument(again).toJson(QJsonDocument::Compact));
    const auto *back = std::get_if<ChatCompletionRequest>(&reparsed);
    if (!back || back->model != r.model || back->systemPrompt != r.systemPrompt
        || back->messages.size() != r.messages.size())
        std::abort();
    for (qsizetype i = 0; i < r.messages.size(); ++i) {
        if (back->messages.at(i).role != r.messages.at(i).role
            || back->messages.at(i).content != r.messages.at(i).content)
            std::abort();
    }
    return 0;
}
