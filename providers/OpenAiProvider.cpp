#include "OpenAiProvider.h"

#include "NetworkPool.h"
#include "OpenAiCall.h"
#include "ProbeCall.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>

namespace blufio {

OpenAiProvider::OpenAiProvider(NetworkPool *network, const QUrl &baseUrl, const QByteArray &apiKey,
                               QObject *parent)
    : LlmProvider(network, baseUrl, apiKey, parent)
{ }

QNetworkRequest OpenAiProvider::authenticated(const QUrl &url) const
{
    QNetworkRequest request = baseRequest(url);
    if (!apiKey().isEmpty())
        request.setRawHeader("authorization", QByteArrayLiteral("Bearer ") + apiKey());
    return request;
}

QByteArray OpenAiProvider::requestBody(const ProviderRequest &request)
{
    QJsonArray messages;
    if (!request.systemPrompt.isEmpty())
        messages.append(QJsonObject {{QStringLiteral("role"), QStringLiteral("system")},
                                     {QStringLiteral("content"), request.systemPrompt}});
    for (const ProviderMessage &message : request.messages)
        messages.append(QJsonObject {{QStringLiteral("role"), message.role},
                                     {QStringLiteral("content"), message.content}});
    QJsonObject body {
        {QStringLiteral("model"), request.model},
        {QStringLiteral("max_tokens"), request.maxTokens},
        {QStringLiteral("messages"), messages},
        {QStringLiteral("stream"), true},
        // Without this the stream carries no token counts and nothing could be billed.
        {QStringLiteral("stream_options"), QJsonObject {{QStringLiteral("include_usage"), true}}},
    };
    if (request.temperature)
        body.insert(QStringLiteral("temperature"), *request.temperature);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

ProviderCall *OpenAiProvider::start(const ProviderRequest &request)
{
    QNetworkRequest http = authenticated(endpoint(QStringLiteral("/chat/completions")));
    http.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    http.setRawHeader("accept", "text/event-stream");
    QNetworkReply *reply = network()->post(http, requestBody(request));
    return track(new OpenAiCall(reply, idleTimeoutMs(), this), true);
}

ProviderCall *OpenAiProvider::probe()
{
    QNetworkReply *reply = network()->get(authenticated(endpoint(QStringLiteral("/models"))));
    return track(new ProbeCall(reply, probeTimeoutMs(), this), false);
}

} // namespace blufio
