#include "AnthropicProvider.h"

#include "AnthropicCall.h"
#include "NetworkPool.h"
#include "ProbeCall.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>

namespace blufio {

AnthropicProvider::AnthropicProvider(NetworkPool *network, const QUrl &baseUrl, const QByteArray &apiKey,
                                     QObject *parent)
    : LlmProvider(network, baseUrl, apiKey, parent)
{ }

QNetworkRequest AnthropicProvider::authenticated(const QUrl &url) const
{
    QNetworkRequest request = baseRequest(url);
    request.setRawHeader("x-api-key", apiKey());
    request.setRawHeader("anthropic-version", apiVersion);
    return request;
}

QByteArray AnthropicProvider::requestBody(const ProviderRequest &request)
{
    QJsonArray messages;
    for (const ProviderMessage &message : request.messages)
        messages.append(QJsonObject {{QStringLiteral("role"), message.role},
                                     {QStringLiteral("content"), message.content}});
    QJsonObject body {
        {QStringLiteral("model"), request.model},
        {QStringLiteral("max_tokens"), request.maxTokens},
        {QStringLiteral("messages"), messages},
        {QStringLiteral("stream"), true},
    };
    // An empty "system" is rejected by the API; leave it out instead.
    if (!request.systemPrompt.isEmpty())
        body.insert(QStringLiteral("system"), request.systemPrompt);
    // OpenAI's range is 0..2, Anthropic's 0..1: a client of the OpenAI routes may send either.
    if (request.temperature)
        body.insert(QStringLiteral("temperature"), qBound(0.0, *request.temperature, 1.0));
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

ProviderCall *AnthropicProvider::start(const ProviderRequest &request)
{
    QNetworkRequest http = authenticated(endpoint(QStringLiteral("/v1/messages")));
    http.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    http.setRawHeader("accept", "text/event-stream");
    QNetworkReply *reply = network()->post(http, requestBody(request));
    return track(new AnthropicCall(reply, idleTimeoutMs(), this), true);
}

ProviderCall *AnthropicProvider::probe()
{
    QUrl url = endpoint(QStringLiteral("/v1/models"));
    url.setQuery(QStringLiteral("limit=1"));
    QNetworkReply *reply = network()->get(authenticated(url));
    return track(new ProbeCall(reply, probeTimeoutMs(), this), false);
}

} // namespace blufio
