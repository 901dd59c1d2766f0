#include "ProviderError.h"

#include <QCoreApplication>

namespace blufio {

namespace {

ProviderError make(ProviderError::Kind kind, const QString &message)
{
    ProviderError error;
    error.kind = kind;
    error.message = message;
    return error;
}

// Upstream messages end up in client replies and logs; a hostile or broken server must not be
// able to flood them.
QString clip(const QString &text)
{
    constexpr qsizetype maxChars = 500;
    QString simplified = text.simplified();
    if (simplified.size() > maxChars)
        simplified = simplified.left(maxChars) + QStringLiteral("…");
    return simplified;
}

} // namespace

QString ProviderError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::NotConfigured:
        return QStringLiteral("provider_not_configured");
    case Kind::Unauthorized:
        return QStringLiteral("provider_unauthorized");
    case Kind::RateLimited:
        return QStringLiteral("provider_rate_limited");
    case Kind::InvalidRequest:
        return QStringLiteral("provider_invalid_request");
    case Kind::ServerError:
        return QStringLiteral("provider_server_error");
    case Kind::BadResponse:
        return QStringLiteral("provider_bad_response");
    case Kind::MalformedStream:
        return QStringLiteral("provider_malformed_stream");
    case Kind::Network:
        return QStringLiteral("provider_unreachable");
    case Kind::Timeout:
        return QStringLiteral("provider_timeout");
    case Kind::Cancelled:
        return QStringLiteral("provider_cancelled");
    }
    return QStringLiteral("provider_error");
}

QString ProviderError::code() const
{
    return kindName(kind);
}

bool ProviderError::isTransient() const
{
    switch (kind) {
    case Kind::RateLimited:
    case Kind::ServerError:
    case Kind::Network:
    case Kind::Timeout:
        return true;
    default:
        return false;
    }
}

ProviderError ProviderError::notConfigured(const QString &configKey)
{
    ProviderError error = make(Kind::NotConfigured,
                               tr("No LLM provider is configured: set %1 in the configuration file "
                                  "or the environment.")
                                   .arg(configKey));
    error.configKey = configKey;
    return error;
}

ProviderError ProviderError::notConfigured(const QString &configKey, const QString &reason)
{
    ProviderError error = make(Kind::NotConfigured,
                               tr("The LLM provider is not usable: %1 (set %2).").arg(reason, configKey));
    error.configKey = configKey;
    return error;
}

ProviderError ProviderError::notConfigured(const Error &setupError)
{
    ProviderError error = make(Kind::NotConfigured, setupError.message);
    error.configKey = setupError.details.value(0).key;
    return error;
}

ProviderError ProviderError::cancelled()
{
    return make(Kind::Cancelled, tr("The request to the LLM provider was cancelled."));
}

ProviderError ProviderError::timeout(int idleMs)
{
    return make(Kind::Timeout,
                tr("The LLM provider sent nothing for %n second(s).", nullptr, (idleMs + 999) / 1000));
}

ProviderError ProviderError::deadline(int maxMs)
{
    return make(
        Kind::Timeout,
        tr("The LLM provider did not finish its reply within %n second(s).", nullptr, (maxMs + 999) / 1000));
}

ProviderError ProviderError::network(const QString &detail)
{
    return make(Kind::Network, tr("Could not reach the LLM provider: %1").arg(clip(detail)));
}

ProviderError ProviderError::truncated()
{
    return make(Kind::Network,
                tr("The connection to the LLM provider closed before the reply was complete."));
}

ProviderError ProviderError::malformed(const QString &detail)
{
    return make(Kind::MalformedStream, tr("The LLM provider sent a malformed reply stream: %1").arg(detail));
}

ProviderError ProviderError::badResponse(const QString &detail)
{
    return make(Kind::BadResponse, tr("The LLM provider sent an unexpected reply: %1").arg(detail));
}

ProviderError ProviderError::fromHttp(int status, const QString &upstreamType, const QString &upstreamMessage,
                                      int retryAfterSecs)
{
    ProviderError error;
    error.httpStatus = status;
    error.upstreamType = upstreamType;
    error.upstreamMessage = clip(upstreamMessage);
    const QString said
        = error.upstreamMessage.isEmpty() ? QStringLiteral("HTTP %1").arg(status) : error.upstreamMessage;
    if (status == 401 || status == 403) {
        error.kind = Kind::Unauthorized;
        error.message
            = tr("The LLM provider rejected the API key (HTTP %1: %2).").arg(QString::number(status), said);
    } else if (status == 429) {
        error.kind = Kind::RateLimited;
        error.retryAfterSecs = retryAfterSecs;
        error.message = retryAfterSecs >= 0
            ? tr("The LLM provider is rate limiting requests; retry in %1 s (%2).")
                  .arg(QString::number(retryAfterSecs), said)
            : tr("The LLM provider is rate limiting requests (%1).").arg(said);
    } else if (status >= 500) {
        error.kind = Kind::ServerError;
        error.retryAfterSecs = retryAfterSecs;
        error.message = tr("The LLM provider failed (HTTP %1: %2).").arg(QString::number(status), said);
    } else if (status >= 400) {
        error.kind = Kind::InvalidRequest;
        error.message
            = tr("The LLM provider refused the request (HTTP %1: %2).").arg(QString::number(status), said);
    } else {
        error.kind = Kind::BadResponse;
        error.message = tr("The LLM provider answered with HTTP %1.").arg(status);
    }
    return error;
}

ProviderError ProviderError::fromStreamError(const QString &upstreamType, const QString &upstreamMessage)
{
    // Both APIs name their error types alike; map them onto the statuses they stand for.
    int status = 500;
    if (upstreamType == QLatin1String("authentication_error")
        || upstreamType == QLatin1String("permission_error")
        || upstreamType == QLatin1String("invalid_api_key"))
        status = 401;
    else if (upstreamType == QLatin1String("rate_limit_error")
             || upstreamType == QLatin1String("rate_limit_exceeded")
             || upstreamType == QLatin1String("insufficient_quota"))
        status = 429;
    else if (upstreamType == QLatin1String("overloaded_error"))
        status = 529;
    else if (upstreamType == QLatin1String("invalid_request_error")
             || upstreamType == QLatin1String("not_found_error")
             || upstreamType == QLatin1String("request_too_large"))
        status = 400;
    ProviderError error = fromHttp(status, upstreamType, upstreamMessage, -1);
    // The HTTP status was 200; the derived one only decides how to treat the error.
    error.httpStatus = 200;
    error.message
        = tr("The LLM provider reported an error during the reply (%1: %2).")
              .arg(upstreamType.isEmpty() ? QStringLiteral("error") : upstreamType, error.upstreamMessage);
    return error;
}

} // namespace blufio
