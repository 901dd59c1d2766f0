#pragma once

#include "cli/Command.h"

namespace blufio::cli {

// Creates the Ed25519 device key the CLI signs gateway requests with.
class KeygenCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(KeygenCommand)

public:
    QString name() const override { return QStringLiteral("keygen"); }
    QString description() const override;
    QString example() const override
    {
        return QStringLiteral("blufio keygen && sudo blufio config set gateway.device_keys '[\"<key>\"]'");
    }
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, const QStringList &args, CommandContext &ctx) override;
};

} // namespace blufio::cli
