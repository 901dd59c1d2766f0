#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QUrl>

class QSettings;

namespace blufio::tray {

// What the Settings dialog edits, persisted with QSettings (~/.config/blufio/blufio-tray.conf).
// The token is stored there (the file is made owner-only) and is never written to a log.
struct TraySettings
{
    QUrl url;
    int intervalSecs = 5;
    QByteArray bearerToken;

    static constexpr int minIntervalSecs = 1;
    static constexpr int maxIntervalSecs = 3600;

    static TraySettings load(QSettings &settings, const TraySettings &defaults);
    // --interval's value: whole seconds from minIntervalSecs to maxIntervalSecs, else ErrorCode::Usage.
    static Result<int> parseInterval(const QString &text);
    void save(QSettings &settings) const;
    bool operator==(const TraySettings &other) const = default;
};

} // namespace blufio::tray
