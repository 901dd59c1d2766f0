#pragma once

#include "LlmProvider.h"

namespace blufio {

// The OpenAI Chat Completions API or any server compatible with it: POST {base_url}/chat/completions
// with base_url ending in /v1. The key may be empty for local servers that need none.
class OpenAiProvider : public LlmProvider
{
    Q_OBJECT

public:
    OpenAiProvider(NetworkPool *network, const QUrl &baseUrl, const QByteArray &apiKey,
                   QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("openai"); }
    ProviderCall *start(const ProviderRequest &request) override;
    ProviderCall *probe() override;

    static QByteArray requestBody(const ProviderRequest &request);

private:
    QNetworkRequest authenticated(const QUrl &url) const;
};

} // namespace blufio
