#pragma once

#include "cli/Command.h"

namespace blufio::cli {

// Exit 0 iff /health answers 200 within --timeout: for Docker HEALTHCHECK, cron, monitoring.
class HealthcheckCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(HealthcheckCommand)

public:
    QString name() const override { return QStringLiteral("healthcheck"); }
    QString description() const override;
    QString example() const override
    {
        return QStringLiteral("blufio healthcheck --timeout 2 || systemctl restart blufio");
    }
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, const QStringList &args, CommandContext &ctx) override;
};

} // namespace blufio::cli
