#include "ErrorTable.h"

#include "daemon/http/HttpResponse.h"

#include <QDateTime>
#include <QJsonDocument>

namespace blufio {

ErrorTable::Entry ErrorTable::entry(AgentError::Kind kind)
{
    using K = AgentError::Kind;
    switch (kind) {
    case K::InvalidRequest:
        return {400};
    case K::SessionNotFound:
        return {404};
    case K::MemoryPressure:
        return {503, 30};
    case K::QueueFull:
        return {503, 5};
    case K::BudgetExhausted:
        return {402};
    case K::ProviderNotConfigured:
        return {503};
    case K::ProviderRateLimited:
        return {503, 30};
    // The upstream failed us: a bad gateway, whatever it said to us.
    case K::ProviderUnauthorized:
    case K::ProviderInvalidRequest:
    case K::ProviderServerError:
    case K::ProviderBadResponse:
    case K::ProviderMalformedStream:
    case K::ProviderUnreachable:
        return {502};
    case K::ProviderTimeout:
    case K::Timeout:
        return {504};
    // Only a client that left cancels over HTTP; the status is for the metrics and the log.
    case K::Cancelled:
    case K::StorageUnavailable:
        return {503};
    case K::Storage:
        return {500};
    // The request is well formed but more than any call may carry: asking again will not help.
    case K::ContextTooLarge:
        return {413};
    }
    return {500};
}

int ErrorTable::retryAfter(const AgentError &error)
{
    const Entry e = entry(error.kind);
    if (e.retryAfterSecs <= 0)
        return -1;
    return error.retryAfterSecs > 0 ? error.retryAfterSecs : e.retryAfterSecs;
}

ApiError ErrorTable::shape(const AgentError &error)
{
    ApiError out {QString::fromLatin1(error.code()), error.message, {}};
    if (error.kind == AgentError::Kind::BudgetExhausted && error.resetsAtMs > 0) {
        out.details.insert(QStringLiteral("resets_at"),
                           QDateTime::fromMSecsSinceEpoch(error.resetsAtMs, Qt::UTC).toString(Qt::ISODate));
    }
    if (!error.sessionId.isEmpty())
        out.details.insert(QStringLiteral("session_id"), error.sessionId);
    return out;
}

HttpResponse ErrorTable::response(const AgentError &error)
{
    HttpResponse response = HttpResponse::error(entry(error.kind).status, shape(error));
    if (const int secs = retryAfter(error); secs > 0)
        response.withHeader("Retry-After", QByteArray::number(secs));
    return response;
}

QString ErrorTable::openAiType(int status)
{
    switch (status) {
    case 401:
        return QStringLiteral("authentication_error");
    case 402:
        return QStringLiteral("insufficient_quota");
    case 403:
        return QStringLiteral("permission_error");
    case 429:
        return QStringLiteral("rate_limit_error");
    default:
        return status >= 500 ? QStringLiteral("server_error") : QStringLiteral("invalid_request_error");
    }
}

OpenAiError ErrorTable::openAiShape(int status, const ApiError &error)
{
    // Clients and libraries test these codes (a key to replace, a quota to raise, a pause to take).
    static const QHash<QString, QString> openAiCodes {
        {QStringLiteral("unauthorized"), QStringLiteral("invalid_api_key")},
        {QStringLiteral("budget_exhausted"), QStringLiteral("insufficient_quota")},
        {QStringLiteral("too_many_auth_failures"), QStringLiteral("rate_limit_exceeded")},
        {QStringLiteral("context_too_large"), QStringLiteral("context_length_exceeded")},
    };
    return {error.message, openAiType(status), openAiCodes.value(error.code, error.code), {}};
}

OpenAiError ErrorTable::openAiShape(const AgentError &error)
{
    return openAiShape(entry(error.kind).status, shape(error));
}

HttpResponse ErrorTable::openAiResponse(int status, const OpenAiError &error)
{
    return HttpResponse::json(status, error.toBody());
}

HttpResponse ErrorTable::openAiResponse(const AgentError &error)
{
    const int status = entry(error.kind).status;
    HttpResponse response = openAiResponse(status, openAiShape(error));
    if (const int secs = retryAfter(error); secs > 0)
        response.withHeader("Retry-After", QByteArray::number(secs));
    return response;
}

void ErrorTable::toOpenAi(HttpResponse &response)
{
    if (response.status < 400 || response.body.isEmpty())
        return;
    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    const QJsonObject inner = body.value(QStringLiteral("error")).toObject();
    // Already OpenAI's (type is a field of that shape only), or not an error body at all.
    if (inner.isEmpty() || inner.contains(QStringLiteral("type")))
        return;
    response.body = QJsonDocument(openAiShape(response.status, ApiError::fromJson(body)).toBody())
                        .toJson(QJsonDocument::Compact);
}

} // namespace blufio
