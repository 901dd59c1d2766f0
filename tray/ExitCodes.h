#pragma once

#include "common/Result.h"

namespace blufio::tray {

// What blufio-tray exits with (docs/CLI.md). It keeps running on an invalid configuration (it
// falls back to default limits and says so), so only its own command line can stop it at start.
enum TrayExitCode : int { TrayOk = 0, TrayFailed = 1, TrayUsage = 2 };

constexpr int exitCodeFor(ErrorCode code)
{
    // Only the codes with a status of their own; every other ErrorCode is a plain failure
    // (tst_exitcodes checks each code against docs/CLI.md).
    switch (code) {
    case ErrorCode::Usage:
        return TrayUsage;
    default:
        return TrayFailed;
    }
}

} // namespace blufio::tray
