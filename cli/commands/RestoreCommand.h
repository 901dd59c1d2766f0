#pragma once

#include "cli/Command.h"

namespace blufio::cli {

// blufio restore PATH [--force]: verifies PATH completely, keeps the current database as
// <db>.pre-restore and swaps PATH in (RestoreService). Refuses while blufiod holds the data directory
// unless --force.
class RestoreCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)

public:
    QString name() const override { return QStringLiteral("restore"); }
    QString description() const override;
    QString example() const override
    {
        return QStringLiteral("sudo systemctl stop blufio && blufio restore /var/backups/blufio.db");
    }
    QString positionalSyntax() const override { return QStringLiteral("PATH"); }
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, const QStringList &args, CommandContext &ctx) override;
};

} // namespace blufio::cli
