#include "BackupCommand.h"

#include "common/storage/BackupService.h"

#include <QFileInfo>
#include <QLocale>

namespace blufio::cli {

QString BackupCommand::description() const
{
    return tr("Copy the database to PATH while blufiod keeps running (checked, then renamed into place).");
}

void BackupCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("PATH"), tr("Where to write the copy."));
    parser.addOption(QCommandLineOption(QStringLiteral("force"), tr("Replace PATH when it exists.")));
}

int BackupCommand::execute(const QCommandLineParser &parser, const QStringList &args, CommandContext &ctx)
{
    if (args.size() != 1) {
        ctx.err << tr("blufio backup: expected exactly one PATH, e.g. %1").arg(example()) << Qt::endl;
        return Usage;
    }
    const auto config = loadConfig(ctx);
    if (!config)
        return exitCodeFor(config.code());

    // An absolute target, so the messages name the file the operator will look for later.
    const QString target = QFileInfo(args.first()).absoluteFilePath();
    BackupOptions options;
    options.force = parser.isSet(QStringLiteral("force"));
    const Result<BackupReport> report = BackupService(config->databasePath()).backup(target, options);
    if (!report) {
        ctx.err << "blufio backup: " << report.errorMessage() << Qt::endl;
        return Failure;
    }
    const QLocale locale(ctx.language);
    ctx.out << tr("Backed up %1 to %2").arg(config->databasePath(), report->path) << '\n'
            << tr("  size:  %1 (%2 bytes)").arg(locale.formattedDataSize(report->bytes)).arg(report->bytes)
            << '\n'
            << tr("  pages: %1").arg(report->pages) << '\n'
            << tr("  time:  %1 s (copy %2 ms, integrity check %3 ms, sync %4 ms)")
                   .arg(locale.toString(double(report->elapsedMs) / 1000.0, 'f', 2))
                   .arg(report->copyMs)
                   .arg(report->checkMs)
                   .arg(report->syncMs)
            << Qt::endl;
    return Ok;
}

} // namespace blufio::cli
