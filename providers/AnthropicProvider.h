#pragma once

#include "LlmProvider.h"

namespace blufio {

// The Anthropic Messages API: POST {base_url}/v1/messages, streamed.
class AnthropicProvider : public LlmProvider
{
    Q_OBJECT

public:
    static constexpr const char *apiVersion = "2023-06-01";

    AnthropicProvider(NetworkPool *network, const QUrl &baseUrl, const QByteArray &apiKey,
                      QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("anthropic"); }
    ProviderCall *start(const ProviderRequest &request) override;
    ProviderCall *probe() override;

    // The JSON body start() sends; public so tests and logs can inspect it without a network.
    static QByteArray requestBody(const ProviderRequest &request);

private:
    QNetworkRequest authenticated(const QUrl &url) const;
};

} // namespace blufio
