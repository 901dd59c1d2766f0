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
    // Only the codes with a status of their own; every other ErrorCode is a plain failure
    // (tst_exitcodes checks each code against docs/CLI.md).
    switch (code) {
    case ErrorCode::Config:
        return DaemonConfigError;
    default:
        return DaemonFailed;
    }
}

} // namespace blufio
