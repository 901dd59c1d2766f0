#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace blufio {

// Why a provider call did not produce a reply, as a value the agent turns into a client error
// (code()) and a metric label (code()). message is translated and safe to show a user: it never
// contains the API key, only what the upstream said about the request.
struct ProviderError
{
    Q_DECLARE_TR_FUNCTIONS(blufio::ProviderError)

public:
    enum class Kind {
        NotConfigured, // no provider, or a required key unset; message names the key
        Unauthorized, // 401/403, or an authentication_error event
        RateLimited, // 429; retryAfterSecs when the upstream said
        InvalidRequest, // other 4xx: unknown model, prompt too long, bad parameter
        ServerError, // 5xx, 529 overloaded, an api_error/overloaded_error event
        BadResponse, // a 2xx that is not what the API documents (wrong content type, too big)
        MalformedStream, // an event stream we cannot parse (bad JSON, a line over the cap)
        Network, // connection refused, reset, DNS, TLS, or closed mid-reply
        Timeout, // nothing received for the idle timeout
        Cancelled, // ProviderCall::cancel()
    };

    Kind kind = Kind::Network;
    int httpStatus = 0; // the upstream's status; 0 when there was no HTTP reply
    int retryAfterSecs = -1; // RateLimited/ServerError: the retry-after header, -1 when absent
    QString message; // translated, for people
    QString upstreamType; // e.g. "overloaded_error", "invalid_api_key"; empty when unknown
    QString upstreamMessage; // the upstream's own words, untranslated
    QString configKey; // NotConfigured: the key to set

    // snake_case, stable: "provider_not_configured", "provider_unauthorized", ...
    QString code() const;
    // Short metric label for blufio_errors_total{type}: "provider_<kind>".
    static QString kindName(Kind kind);
    // Whether the same request may succeed later without changes (rate limit, 5xx, network, timeout).
    bool isTransient() const;

    static ProviderError notConfigured(const QString &configKey);
    static ProviderError notConfigured(const QString &configKey, const QString &reason);
    // What createProvider() said when it made no provider: its message and key.
    static ProviderError notConfigured(const Error &setupError);
    static ProviderError cancelled();
    static ProviderError timeout(int idleMs);
    static ProviderError deadline(int maxMs);
    static ProviderError network(const QString &detail);
    static ProviderError truncated();
    static ProviderError malformed(const QString &detail);
    static ProviderError badResponse(const QString &detail);
    // Maps an HTTP error status (and optionally an error event's type) to a kind and a message
    // that quotes the upstream.
    static ProviderError fromHttp(int status, const QString &upstreamType, const QString &upstreamMessage,
                                  int retryAfterSecs);
    // An error event inside a 2xx stream: the kind comes from the upstream's error type.
    static ProviderError fromStreamError(const QString &upstreamType, const QString &upstreamMessage);
};

} // namespace blufio

Q_DECLARE_METATYPE(blufio::ProviderError)
