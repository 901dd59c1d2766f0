#include "RestoreCommand.h"

#include "common/storage/RestoreService.h"

#include <QFileInfo>
#include <QLocale>

namespace blufio::cli {

QString RestoreCommand::description() const
{
    return tr("Replace the database with a checked backup; the current one is kept as <db>.pre-restore.");
}

void RestoreCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("PATH"), tr("The backup to restore."));
    parser.addOption(QCommandLineOption(
        QStringLiteral("force"), tr("Restore even while blufiod is running (restart it right after).")));
}

int RestoreCommand::execute(const QCommandLineParser &parser, const QStringList &args, CommandContext &ctx)
{
    if (args.size() != 1) {
        ctx.err << tr("blufio restore: expected exactly one PATH, e.g. %1").arg(example()) << Qt::endl;
        return Usage;
    }
    const auto config = loadConfig(ctx);
    if (!config)
        return exitCodeFor(config.code());

    const QString candidate = QFileInfo(args.first()).absoluteFilePath();
    RestoreOptions options;
    options.force = parser.isSet(QStringLiteral("force"));
    const Result<RestoreReport> report
        = RestoreService(config->databasePath(), config->dataDir()).restore(candidate, options);
    if (!report) {
        ctx.err << "blufio restore: " << report.errorMessage() << '\n';
        // A refused candidate or a held lock stops RestoreService before it touches anything; say so,
        // since the operator's next question is whether the live data is intact. Later I/O failures
        // name their own state.
        switch (report.code()) {
        case ErrorCode::NotFound:
        case ErrorCode::NotSqlite:
        case ErrorCode::Corrupt:
        case ErrorCode::NotBlufio:
        case ErrorCode::SchemaTooNew:
        case ErrorCode::Locked:
        case ErrorCode::InvalidArgument:
            ctx.err << tr("Nothing was changed.") << '\n';
            break;
        default:
            break;
        }
        ctx.err.flush();
        return Failure;
    }
    const QLocale locale(ctx.language);
    ctx.out << tr("Restored %1 into %2 (schema version %3, %4).")
                   .arg(candidate, report->databasePath)
                   .arg(report->schemaVersion)
                   .arg(locale.formattedDataSize(report->bytes))
            << '\n';
    if (report->preRestorePath.isEmpty())
        ctx.out << tr("There was no database before; nothing was kept.") << '\n';
    else
        ctx.out << tr("The previous database is kept as %1.").arg(report->preRestorePath) << '\n';
    ctx.out.flush();
    // On stderr so that it is seen even when stdout goes to a log.
    if (!report->notice.isEmpty())
        ctx.err << tr("Warning: %1").arg(report->notice) << Qt::endl;
    return Ok;
}

} // namespace blufio::cli
