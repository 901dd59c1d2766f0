#pragma once

#include "cli/Command.h"
#include "common/net/HealthClient.h"

#include <QJsonObject>

namespace blufio::cli {

// The operator's dashboard: state, uptime, memory against warn/limit, sessions. Human text with
// colour on a TTY, --plain "key: value" lines for scripts, --json with stable keys.
class StatusCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(StatusCommand)

public:
    QString name() const override { return QStringLiteral("status"); }
    QString description() const override;
    QString example() const override { return QStringLiteral("blufio status --json | jq .memory"); }
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, const QStringList &args, CommandContext &ctx) override;

    // The --json document (keys documented in docs/CLI.md); language-independent.
    static QJsonObject toJson(const HealthReport &report, const QUrl &url, const Config &config);
    static int exitCodeFor(HealthReport::State state);
};

} // namespace blufio::cli
