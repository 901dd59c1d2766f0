#include "TraySettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>

namespace blufio::tray {

Result<int> TraySettings::parseInterval(const QString &text)
{
    bool ok = false;
    const int secs = text.toInt(&ok);
    if (!ok || secs < minIntervalSecs || secs > maxIntervalSecs) {
        // The context main.cpp has always used, so the translations still apply.
        return Error {
            ErrorCode::Usage,
            QCoreApplication::translate("main", "blufio-tray: --interval takes whole seconds from %1 to %2.")
                .arg(minIntervalSecs)
                .arg(maxIntervalSecs)};
    }
    return secs;
}

TraySettings TraySettings::load(QSettings &settings, const TraySettings &defaults)
{
    TraySettings s = defaults;
    const QUrl url(settings.value(QStringLiteral("daemon/url")).toString());
    if (url.isValid() && !url.isEmpty())
        s.url = url;
    const int interval
        = settings.value(QStringLiteral("daemon/interval_secs"), defaults.intervalSecs).toInt();
    s.intervalSecs = qBound(minIntervalSecs, interval, maxIntervalSecs);
    if (settings.contains(QStringLiteral("daemon/bearer_token")))
        s.bearerToken = settings.value(QStringLiteral("daemon/bearer_token")).toString().toUtf8();
    return s;
}

void TraySettings::save(QSettings &settings) const
{
    settings.setValue(QStringLiteral("daemon/url"), url.toString());
    settings.setValue(QStringLiteral("daemon/interval_secs"), intervalSecs);
    if (bearerToken.isEmpty())
        settings.remove(QStringLiteral("daemon/bearer_token"));
    else
        settings.setValue(QStringLiteral("daemon/bearer_token"), QString::fromUtf8(bearerToken));
    settings.sync();
    // The file holds a credential: owner-only, like the daemon's own key files.
    if (QFile::exists(settings.fileName()))
        QFile::setPermissions(settings.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace blufio::tray
