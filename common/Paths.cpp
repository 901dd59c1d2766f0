#include "Paths.h"

#include <QDir>

namespace blufio::Paths {

QString expandHome(const QString &path)
{
    if (path == u"~")
        return QDir::homePath();
    if (path.startsWith(QStringLiteral("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}

QString defaultDataDir()
{
    const QString state = qEnvironmentVariable("STATE_DIRECTORY");
    if (!state.isEmpty())
        return state.section(u':', 0, 0); // systemd lists several directories separated by ':'
    QString xdg = qEnvironmentVariable("XDG_DATA_HOME");
    if (xdg.isEmpty())
        xdg = QDir::homePath() + QStringLiteral("/.local/share");
    return QDir(xdg).filePath(QStringLiteral("blufio"));
}

QString lockFileName()
{
    return QStringLiteral("blufiod.lock");
}

} // namespace blufio::Paths
