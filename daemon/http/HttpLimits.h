#pragma once

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
};

} // namespace blufio
