#include "ErrorTable.h"

#include "daemon/http/HttpResponse.h"

#include <QDateTime>

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

} // namespace blufio
