#pragma once

#include "cli/Command.h"

namespace blufio::cli {

// blufio config get|validate|path (and, with the vault, the secret subcommands).
class ConfigCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ConfigCommand)

public:
    QString name() const override { return QStringLiteral("config"); }
    QString description() const override;
    QString example() const override;
    QString positionalSyntax() const override;
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, const QStringList &args, CommandContext &ctx) override;

private:
    int get(const QCommandLineParser &parser, const QStringList &args, CommandContext &ctx);
    int validate(const QStringList &args, CommandContext &ctx);
    int path(CommandContext &ctx);
};

} // namespace blufio::cli
