#pragma once

#include "cli/Command.h"

namespace blufio::cli {

// `blufio doctor [--deep] [--json] [--strict]`: checks the setup and says what to fix, one line each.
class DoctorCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DoctorCommand)

public:
    QString name() const override { return QStringLiteral("doctor"); }
    QString description() const override;
    QString example() const override { return QStringLiteral("blufio doctor --deep"); }
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, const QStringList &args, CommandContext &ctx) override;
};

} // namespace blufio::cli
