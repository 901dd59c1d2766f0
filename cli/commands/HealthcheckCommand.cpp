#include "HealthcheckCommand.h"

#include "common/net/HealthClient.h"

#include <QNetworkAccessManager>

namespace blufio::cli {

QString HealthcheckCommand::description() const
{
    return tr("Exit 0 if the daemon's /health answers 200 in time, 1 otherwise.");
}

void HealthcheckCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("timeout"), tr("Seconds to wait (default 5)."),
                                        QStringLiteral("SECONDS"), QStringLiteral("5")));
}

int HealthcheckCommand::execute(const QCommandLineParser &parser, const QStringList &, CommandContext &ctx)
{
    bool ok = false;
    const double timeout = parser.value(QStringLiteral("timeout")).toDouble(&ok);
    if (!ok || timeout <= 0) {
        ctx.err << tr("blufio healthcheck: --timeout must be a positive number of seconds.") << Qt::endl;
        return Usage;
    }
    const auto config = loadConfig(ctx);
    if (!config)
        return exitCodeFor(config.code());
    QNetworkAccessManager nam;
    HealthClient client(&nam);
    const QUrl url = daemonUrl(ctx, *config);
    const HealthReport report = client.fetchAndWait(url, int(timeout * 1000));
    if (report.httpStatus == 200)
        return Ok;
    if (report.httpStatus == 0)
        ctx.err << tr("unhealthy: %1 unreachable (%2)").arg(url.toString(), report.error) << Qt::endl;
    else
        ctx.err << tr("unhealthy: %1/health answered %2").arg(url.toString()).arg(report.httpStatus)
                << Qt::endl;
    return Failure;
}

} // namespace blufio::cli
