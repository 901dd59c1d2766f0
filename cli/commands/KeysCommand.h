#pragma once

#include "cli/Command.h"

#include <optional>

namespace blufio {
class SqliteStorage;
}

namespace blufio::cli {

// `blufio keys add|list|revoke` ([12]): API keys with scopes, budgets and expiry, in the database
// (so backups carry them), written while blufiod runs (WAL); the daemon reads them per request.
class KeysCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(KeysCommand)

public:
    QString name() const override { return QStringLiteral("keys"); }
    QString description() const override;
    QString example() const override
    {
        return QStringLiteral("blufio keys add phone --scope chat --daily-budget 1");
    }
    QString positionalSyntax() const override { return QStringLiteral("add NAME | list | revoke NAME"); }
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, const QStringList &args, CommandContext &ctx) override;

    // "1", "0.25", "1.000001": a positive amount of USD with at most six decimals, in micro-dollars.
    static std::optional<qint64> parseBudget(const QString &text);

private:
    int add(const QCommandLineParser &parser, const QString &keyName, CommandContext &ctx);
    int list(const QCommandLineParser &parser, CommandContext &ctx);
    int revoke(const QString &keyName, CommandContext &ctx);
    std::unique_ptr<SqliteStorage> openStorage(const QString &command, CommandContext &ctx, int *exitCode);
};

} // namespace blufio::cli
