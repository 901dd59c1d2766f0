#include "AgentError.h"

#include "providers/ProviderError.h"

namespace blufio {

QByteArray AgentError::codeOf(Kind kind)
{
    // The codes clients have always seen; the provider ones are ProviderError::kindName()'s.
    switch (kind) {
    case Kind::InvalidRequest:
        return "invalid_request";
    case Kind::SessionNotFound:
        return "session_not_found";
    case Kind::MemoryPressure:
        return "memory_pressure";
    case Kind::QueueFull:
        return "queue_full";
    case Kind::BudgetExhausted:
        return "budget_exhausted";
    case Kind::ProviderNotConfigured:
        return "provider_not_configured";
    case Kind::ProviderUnauthorized:
        return "provider_unauthorized";
    case Kind::ProviderRateLimited:
        return "provider_rate_limited";
    case Kind::ProviderInvalidRequest:
        return "provider_invalid_request";
    case Kind::ProviderServerError:
        return "provider_server_error";
    case Kind::ProviderBadResponse:
        return "provider_bad_response";
    case Kind::ProviderMalformedStream:
        return "provider_malformed_stream";
    case Kind::ProviderUnreachable:
        return "provider_unreachable";
    case Kind::ProviderTimeout:
        return "provider_timeout";
    case Kind::Timeout:
        return "timeout";
    case Kind::Cancelled:
        return "cancelled";
    case Kind::StorageUnavailable:
        return "storage_unavailable";
    case Kind::Storage:
        return "storage_error";
    case Kind::ContextTooLarge:
        return "context_too_large";
    }
    return "storage_error";
}

QList<AgentError::Kind> AgentError::allKinds()
{
    QList<Kind> kinds;
    for (int k = int(Kind::InvalidRequest); k <= int(Kind::ContextTooLarge); ++k)
        kinds.append(Kind(k));
    return kinds;
}

AgentError AgentError::fromProvider(const ProviderError &error)
{
    using P = ProviderError::Kind;
    Kind kind = Kind::ProviderServerError;
    switch (error.kind) {
    case P::NotConfigured:
        kind = Kind::ProviderNotConfigured;
        break;
    case P::Unauthorized:
        kind = Kind::ProviderUnauthorized;
        break;
    case P::RateLimited:
        kind = Kind::ProviderRateLimited;
        break;
    case P::InvalidRequest:
        kind = Kind::ProviderInvalidRequest;
        break;
    case P::ServerError:
        kind = Kind::ProviderServerError;
        break;
    case P::BadResponse:
        kind = Kind::ProviderBadResponse;
        break;
    case P::MalformedStream:
        kind = Kind::ProviderMalformedStream;
        break;
    case P::Network:
        kind = Kind::ProviderUnreachable;
        break;
    case P::Timeout:
        kind = Kind::ProviderTimeout;
        break;
    case P::Cancelled:
        kind = Kind::Cancelled;
        break;
    }
    AgentError out(kind, error.message);
    if (kind == Kind::ProviderRateLimited)
        out.retryAfterSecs = error.retryAfterSecs;
    return out;
}

} // namespace blufio
