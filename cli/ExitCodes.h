#pragma once

#include "common/Result.h"

namespace blufio::cli {

// What `blufio` exits with (docs/CLI.md). Commands return these; a failure that arrives as an Error
// is turned into one by exitCodeFor(), the only place that knows which ErrorCode is which status.
enum ExitCode : int {
    Ok = 0,
    Failure = 1, // anything that failed, unreachable daemon or provider included
    Usage = 2, // the command line is wrong
    Degraded = 3, // `blufio status`: the daemon answers but is degraded
    ConfigError = 78, // EX_CONFIG: the configuration is invalid or points at something missing
};

constexpr int exitCodeFor(ErrorCode code)
{
    // Only the codes with a status of their own; every other ErrorCode is a plain failure: scripts get
    // one status for "did not work" and the message says what to do (no 69 for Unavailable: status and
    // healthcheck have exited 1 for an unreachable daemon since the beginning). tst_exitcodes checks
    // each code against docs/CLI.md.
    switch (code) {
    case ErrorCode::Config:
        return ConfigError;
    case ErrorCode::Usage:
        return Usage;
    default:
        return Failure;
    }
}

} // namespace blufio::cli
