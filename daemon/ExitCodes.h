#pragma once

#include "common/Result.h"

namespace blufio {

// What blufiod exits with when it cannot start (docs/CLI.md): 78 (EX_CONFIG) for a configuration
// problem, which the unit's RestartPreventExitStatus=78 keeps systemd from restarting in a loop;
// 1 for everything else, which Restart=on-failure retries (a port still taken, a database locked
// by a process that is about to exit). A clean stop exits 0. Bad command-line options exit 1
// (QCommandLineParser::process).
enum DaemonExitCode : int { DaemonStopped = 0, DaemonFailed = 1, DaemonConfigError = 78 };

constexpr int daemonExitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Config:
        return DaemonConfigError;
    case ErrorCode::Failed:
    case ErrorCode::Usage:
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
        return DaemonFailed;
    }
    return DaemonFailed;
}

} // namespace blufio
