#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace blufio {

// One turn of the conversation as the provider APIs see it; role is "user" or "assistant".
struct ProviderMessage
{
    QString role;
    QString content;
};

// What the agent asks a provider for. The system prompt travels separately because the two APIs
// place it differently (Anthropic: top-level "system"; OpenAI: a leading system message).
struct ProviderRequest
{
    QString model;
    int maxTokens = 1024;
    QString systemPrompt;
    QList<ProviderMessage> messages;
    // Sent only when a client asked for one (the OpenAI routes): otherwise the upstream's default.
    std::optional<double> temperature;
};

} // namespace blufio

Q_DECLARE_METATYPE(blufio::ProviderRequest)
