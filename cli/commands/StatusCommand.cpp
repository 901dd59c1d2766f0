#include "StatusCommand.h"

#include "common/net/StatusSummary.h"
#include "common/term/TerminalOutput.h"
#include "common/vault/SecretResolver.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>

namespace blufio::cli {

QString StatusCommand::description() const
{
    return tr("Show the daemon's state, memory and sessions.");
}

void StatusCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("json"), tr("Print machine-readable JSON.")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("plain"), tr("Print 'key: value' lines without colour.")));
    parser.addOption(QCommandLineOption(QStringLiteral("timeout"),
                                        tr("Seconds to wait for the daemon (default 3)."),
                                        QStringLiteral("SECONDS"), QStringLiteral("3")));
}

int StatusCommand::exitCodeFor(HealthReport::State state)
{
    switch (state) {
    case HealthReport::State::Healthy:
        return Ok;
    case HealthReport::State::Degraded:
        return Degraded;
    default:
        return Failure;
    }
}

QJsonObject StatusCommand::toJson(const HealthReport &report, const QUrl &url, const Config &config)
{
    return StatusSummary(report, url, MemoryLimits::fromConfig(config)).toJson();
}

int StatusCommand::execute(const QCommandLineParser &parser, const QStringList &args, CommandContext &ctx)
{
    if (!args.isEmpty()) {
        ctx.err << tr("blufio status: unexpected argument '%1'.").arg(args.first()) << Qt::endl;
        return Usage;
    }
    const auto config = loadConfig(ctx);
    if (!config)
        return cli::exitCodeFor(config.code());
    const QUrl url = daemonUrl(ctx, *config);
    QNetworkAccessManager nam;
    HealthClient client(&nam);
    const double timeout = qMax(0.1, parser.value(QStringLiteral("timeout")).toDouble());
    // With a token the authenticated /v1/health adds cost, budget and dependency health.
    const QString token = config->settings().gateway.bearerToken;
    HealthReport report;
    if (!token.isEmpty() && !SecretResolver::isReference(token))
        report = client.fetchAndWait(url, int(timeout * 1000), token.toUtf8());
    if (report.httpStatus == 0 || report.httpStatus == 401 || report.httpStatus == 404)
        report = client.fetchAndWait(url, int(timeout * 1000));
    const StatusSummary summary(report, url, MemoryLimits::fromConfig(*config));
    const QJsonObject json = summary.toJson();

    if (parser.isSet(QStringLiteral("json"))) {
        ctx.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        ctx.out.flush();
        return exitCodeFor(report.state);
    }
    if (report.state == HealthReport::State::Unreachable) {
        ctx.err << tr("blufio is not running: nothing answers at %1 (%2).").arg(url.toString(), report.error)
                << Qt::endl;
        return Failure;
    }

    const QJsonObject memory = json.value(QStringLiteral("memory")).toObject();
    const QJsonObject sessions = json.value(QStringLiteral("sessions")).toObject();
    const auto heap = quint64(memory.value(QStringLiteral("heap_bytes")).toDouble());
    const auto rss = quint64(memory.value(QStringLiteral("rss_bytes")).toDouble());
    const auto warn = quint64(memory.value(QStringLiteral("warn_bytes")).toDouble());
    const auto limit = quint64(memory.value(QStringLiteral("limit_bytes")).toDouble());
    const int pressure = memory.value(QStringLiteral("pressure")).toInt();
    const bool accepting = sessions.value(QStringLiteral("accepting")).toBool();
    const qint64 uptime = qint64(json.value(QStringLiteral("uptime_secs")).toDouble());

    QString stateText;
    TerminalOutput::Colour stateColour = TerminalOutput::Colour::Green;
    switch (report.state) {
    case HealthReport::State::Healthy:
        stateText = tr("healthy");
        break;
    case HealthReport::State::Degraded:
        stateText = tr("degraded");
        stateColour = TerminalOutput::Colour::Yellow;
        break;
    default:
        stateText = tr("unhealthy");
        stateColour = TerminalOutput::Colour::Red;
        break;
    }

    if (parser.isSet(QStringLiteral("plain"))) {
        // Shared with blufio-tray's "Copy status", so both print exactly the same lines.
        ctx.out << summary.plainText();
        ctx.out.flush();
        return exitCodeFor(report.state);
    }

    const TerminalOutput term(ctx.colour);
    const auto label = [&](const QString &text) {
        return term.paint(text.leftJustified(10), TerminalOutput::Colour::Dim);
    };
    const TerminalOutput::Colour memoryColour = pressure == 0 ? TerminalOutput::Colour::Green
        : pressure == 1                                       ? TerminalOutput::Colour::Yellow
                                                              : TerminalOutput::Colour::Red;
    ctx.out << label(tr("blufio")) << term.paint(stateText, stateColour) << "  "
            << tr("version %1, up %2")
                   .arg(json.value(QStringLiteral("version")).toString(), TerminalOutput::duration(uptime))
            << '\n';
    ctx.out << label(tr("memory")) << term.paint(tr("heap %1").arg(TerminalOutput::bytes(heap)), memoryColour)
            << "  " << tr("warn %1, limit %2").arg(TerminalOutput::bytes(warn), TerminalOutput::bytes(limit))
            << "  " << tr("RSS %1").arg(TerminalOutput::bytes(rss)) << '\n';
    ctx.out << label(tr("sessions"))
            << tr("%n active", nullptr, sessions.value(QStringLiteral("active")).toInt()) << ", "
            << (accepting ? tr("accepting new sessions")
                          : term.paint(tr("refusing new sessions"), TerminalOutput::Colour::Red))
            << '\n';
    if (summary.hasDetails()) {
        const auto budget = [](double spent, std::optional<double> limit) {
            return limit
                ? tr("$%1 of $%2").arg(QString::number(spent, 'f', 4), QString::number(*limit, 'f', 2))
                : tr("$%1 (no budget)").arg(QString::number(spent, 'f', 4));
        };
        ctx.out << label(tr("cost"))
                << tr("today %1, this month %2")
                       .arg(budget(summary.costTodayUsd(), summary.dailyBudgetUsd()),
                            budget(summary.costMonthUsd(), summary.monthlyBudgetUsd()))
                << '\n';
        const auto health = [&](bool ok) {
            return ok ? term.paint(tr("ok"), TerminalOutput::Colour::Green)
                      : term.paint(tr("down"), TerminalOutput::Colour::Red);
        };
        ctx.out << label(tr("health"))
                << tr("database %1, provider %2")
                       .arg(health(summary.databaseOk()),
                            summary.providerConfigured()
                                ? health(summary.providerUp())
                                : term.paint(tr("not configured"), TerminalOutput::Colour::Yellow))
                << '\n';
        if (summary.telegramEnabled()) {
            ctx.out << label(tr("telegram")) << health(summary.telegramUp());
            if (!summary.telegramUp() && !summary.telegramLastError().isEmpty())
                ctx.out << "  " << term.paint(summary.telegramLastError(), TerminalOutput::Colour::Dim);
            ctx.out << '\n';
        }
    }
    ctx.out << label(tr("listener")) << url.toString() << "  "
            << term.paint(summary.hasDetails()
                              ? tr("(from /v1/health)")
                              : tr("(from /health; set gateway.bearer_token for cost and dependencies)"),
                          TerminalOutput::Colour::Dim)
            << Qt::endl;
    return exitCodeFor(report.state);
}

} // namespace blufio::cli
