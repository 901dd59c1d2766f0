#pragma once

#include "common/Result.h"

namespace blufio::tray {

// What blufio-tray exits with (docs/CLI.md). It keeps running on an invalid configuration (it
// falls back to default limits and says so), so only its own command line can stop it at start.
enum TrayExitCode : int { TrayOk = 0, TrayFailed = 1, TrayUsage = 2 };

constexpr int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Usage:
        return TrayUsage;
    case ErrorCode::Failed:
    case ErrorCode::Config:
    case ErrorCode::Unavailable:
    case ErrorCode::NotFound:
    case ErrorCode::AlreadyExists:
    case ErrorCode::Conflict:
    case ErrorCode::InvalidArgument:
    case ErrorCode::Io:
    case ErrorCode::Database:
    case ErrorCode::NotSqlite:
    case ErrorCode::Corrupt:
    case ErrorCode::NotBlufio:
    case ErrorCode::SchemaTooNew:
    case ErrorCode::Locked:
    case ErrorCode::WrongPassphrase:
    case ErrorCode::VaultMissing:
    case ErrorCode::VaultLocked:
    case ErrorCode::NoPassphrase:
    case ErrorCode::Crypto:
    case ErrorCode::Unauthorized:
    case ErrorCode::RateLimited:
    case ErrorCode::Network:
    case ErrorCode::Timeout:
    case ErrorCode::Malformed:
        return TrayFailed;
    }
    return TrayFailed;
}

} // namespace blufio::tray
