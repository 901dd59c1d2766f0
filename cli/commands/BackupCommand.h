#pragma once

#include "cli/Command.h"

namespace blufio::cli {

// blufio backup PATH [--force]: an online copy of the configured database (BackupService), safe while
// blufiod runs and writes.
class BackupCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    QString name() const override { return QStringLiteral("backup"); }
    QString description() const override;
    QString example() const override
    {
        return QStringLiteral("blufio backup /var/backups/blufio-$(date +%F).db");
    }
    QString positionalSyntax() const override { return QStringLiteral("PATH"); }
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, const QStringList &args, CommandContext &ctx) override;
};

} // namespace blufio::cli
