#pragma once

#include "common/config/Settings.h"

#include <QtGlobal>

namespace blufio {

// The limits QHttpServer 6.4 does not enforce itself (see docs/ARCHITECTURE.md).
struct HttpLimits
{
    int maxConnections = 256;
    qint64 maxBodyBytes = 1048576;
    qint64 maxHeaderBytes = 16384;
    int idleTimeoutMs = 30000;
    int maxWebSockets = 16;

    // daemon.max_connections, max_body_bytes, max_header_bytes, idle_timeout_secs and
    // gateway.max_websockets.
    static HttpLimits fromSettings(const Settings &settings)
    {
        return {settings.daemon.maxConnections, settings.daemon.maxBodyBytes, settings.daemon.maxHeaderBytes,
                int(settings.daemon.idleTimeoutSecs * 1000), settings.gateway.maxWebsockets};
    }
};

} // namespace blufio
