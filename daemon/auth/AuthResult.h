#pragma once

#include "daemon/auth/Caller.h"

#include <QLatin1StringView>

#include <array>

namespace blufio {

// Why a request was refused, from the fixed set docs/DEPLOYMENT.md names: these are the values of the
// `reason` label of blufio_auth_failures_total and of the audit log, so the set never grows at run time.
enum class AuthReason : unsigned char {
    Missing, // no credentials at all
    Malformed, // a scheme other than Bearer, an empty token, incomplete or undecodable signature headers
    BadToken,
    BadSignature,
    Stale, // timestamp outside the window
    Replay, // nonce already seen within the window
    UnknownKey,
    Locked, // the peer is locked out: credentials were not even looked at
};

inline constexpr std::array<AuthReason, 8> kAuthReasons = {
    AuthReason::Missing, AuthReason::Malformed, AuthReason::BadToken,   AuthReason::BadSignature,
    AuthReason::Stale,   AuthReason::Replay,    AuthReason::UnknownKey, AuthReason::Locked,
};

constexpr QLatin1StringView authReasonName(AuthReason reason)
{
    switch (reason) {
    case AuthReason::Missing:
        return QLatin1StringView("missing");
    case AuthReason::Malformed:
        return QLatin1StringView("malformed");
    case AuthReason::BadToken:
        return QLatin1StringView("bad_token");
    case AuthReason::BadSignature:
        return QLatin1StringView("bad_signature");
    case AuthReason::Stale:
        return QLatin1StringView("stale");
    case AuthReason::Replay:
        return QLatin1StringView("replay");
    case AuthReason::UnknownKey:
        return QLatin1StringView("unknown_key");
    case AuthReason::Locked:
        return QLatin1StringView("locked");
    }
    return QLatin1StringView("malformed");
}

// What Authenticator decided. Busy is not the client's fault (the nonce cache is full of unexpired
// nonces, so a new one cannot be remembered and accepting it would allow its replay): it is not a
// failed authentication and is answered 503, not 401.
struct AuthResult
{
    enum class Kind : unsigned char { Accepted, Refused, Busy };
    Kind kind = Kind::Refused;
    AuthReason reason = AuthReason::Missing; // when Refused
    int retryAfterSecs = 0; // when Busy
    Caller caller; // when Accepted

    static AuthResult accepted(Caller who = Caller::configuredAdmin())
    {
        return {Kind::Accepted, AuthReason::Missing, 0, std::move(who)};
    }
    static AuthResult refused(AuthReason why) { return {Kind::Refused, why, 0, {}}; }
    static AuthResult busy(int retryAfterSecs)
    {
        return {Kind::Busy, AuthReason::Missing, retryAfterSecs, {}};
    }
    bool ok() const { return kind == Kind::Accepted; }
};

} // namespace blufio
