#pragma once

#include "cli/Command.h"
#include "common/Result.h"
#include "common/vault/SecureBytes.h"

#include <memory>

namespace blufio {
class SqliteStorage;
class Vault;
} // namespace blufio

namespace blufio::cli {

// blufio config get|validate|path, and the vault's set-secret|list-secrets|delete-secret.
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
    int set(const QStringList &args, CommandContext &ctx);

    // The vault lives in the configured database, so these open it (next to a running blufiod: WAL).
    int setSecret(const QStringList &args, CommandContext &ctx);
    int listSecrets(const QStringList &args, CommandContext &ctx);
    int deleteSecret(const QStringList &args, CommandContext &ctx);
    // Opens (creating and migrating when needed) the configured database; nullptr after printing why.
    // Reads and unlocks (or, with create, creates on first use) the vault; false after printing why.
    bool unlockVault(const QString &command, Vault &vault, bool create, CommandContext &ctx);
    // The secret's value from stdin, never from argv: the whole input minus one trailing newline, or
    // one line read without echo when stdin is a terminal.
    Result<SecureBytes> readSecretValue(const QString &secretName, CommandContext &ctx);
};

} // namespace blufio::cli
