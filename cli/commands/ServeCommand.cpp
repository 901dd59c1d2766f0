#include "ServeCommand.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

namespace blufio::cli {

QString ServeCommand::description() const
{
    return tr("Run the daemon (blufiod) in the foreground.");
}

int ServeCommand::execute(const QCommandLineParser &, const QStringList &args, CommandContext &ctx)
{
    if (!args.isEmpty()) {
        ctx.err << tr("blufio serve: unexpected argument '%1'.").arg(args.first()) << Qt::endl;
        return Usage;
    }
    // blufiod sits beside blufio in the build tree and in /usr/bin.
    QString daemon = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("blufiod"));
    if (!QFileInfo(daemon).isExecutable())
        daemon = QStringLiteral("blufiod");
    QList<QByteArray> argv {QFile::encodeName(daemon)};
    if (!ctx.configPath.isEmpty())
        argv += {QByteArrayLiteral("--config"), QFile::encodeName(ctx.configPath)};
    std::vector<char *> raw;
    for (QByteArray &a : argv)
        raw.push_back(a.data());
    raw.push_back(nullptr);
    ctx.out.flush();
    ctx.err.flush();
    execvp(raw.front(), raw.data());
    ctx.err << tr("blufio serve: cannot start %1: %2").arg(daemon, QString::fromLocal8Bit(strerror(errno)))
            << Qt::endl;
    return Failure;
}

} // namespace blufio::cli
