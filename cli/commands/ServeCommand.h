#pragma once

#include "cli/Command.h"

namespace blufio::cli {

// Runs blufiod in the foreground: the same binary systemd starts, so there is one daemon.
class ServeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ServeCommand)

public:
    QString name() const override { return QStringLiteral("serve"); }
    QString description() const override;
    QString example() const override { return QStringLiteral("blufio serve --config ./blufio.toml"); }
    int execute(const QCommandLineParser &parser, const QStringList &args, CommandContext &ctx) override;
};

} // namespace blufio::cli
