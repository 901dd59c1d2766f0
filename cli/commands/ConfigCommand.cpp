#include "ConfigCommand.h"

#include "common/config/ConfigEditor.h"
#include "common/config/StartupChecks.h"

#include "common/storage/SqliteStorage.h"
#include "common/vault/PassphraseReader.h"
#include "common/vault/SecretResolver.h"
#include "common/vault/Vault.h"

#include <QFileInfo>

#include <algorithm>

#include <termios.h>
#include <unistd.h>

namespace blufio::cli {

namespace {
// Turns echo off on a terminal for as long as it lives, so a secret typed at set-secret is not shown.
struct StdinEchoOff
{
    explicit StdinEchoOff(bool active)
    {
        if (active && ::tcgetattr(STDIN_FILENO, &saved) == 0) {
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            restore = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
    }
    ~StdinEchoOff()
    {
        if (restore)
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    }
    StdinEchoOff(const StdinEchoOff &) = delete;
    StdinEchoOff &operator=(const StdinEchoOff &) = delete;

    termios saved {};
    bool restore = false;
};
} // namespace

QString ConfigCommand::description() const
{
    return tr("Show, check and locate the configuration; keep secrets in the vault.");
}

QString ConfigCommand::example() const
{
    return QStringLiteral("blufio config get daemon.memory_limit_mb");
}

QString ConfigCommand::positionalSyntax() const
{
    return QStringLiteral("get KEY | set KEY VALUE | validate [FILE] | path | set-secret NAME | list-secrets "
                          "| delete-secret NAME");
}

void ConfigCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("subcommand"),
                                 tr("get KEY, set KEY VALUE, validate [FILE], path, set-secret NAME (value "
                                    "on stdin), list-secrets or delete-secret NAME."));
    parser.addOption(QCommandLineOption(QStringLiteral("value-only"), tr("get: print only the value.")));
}

int ConfigCommand::execute(const QCommandLineParser &parser, const QStringList &args, CommandContext &ctx)
{
    const QString sub = args.value(0);
    if (sub == u"get")
        return get(parser, args.mid(1), ctx);
    if (sub == u"set")
        return set(args.mid(1), ctx);
    if (sub == u"validate")
        return validate(args.mid(1), ctx);
    if (sub == u"path")
        return path(ctx);
    if (sub == u"set-secret")
        return setSecret(args.mid(1), ctx);
    if (sub == u"list-secrets")
        return listSecrets(args.mid(1), ctx);
    if (sub == u"delete-secret")
        return deleteSecret(args.mid(1), ctx);
    ctx.err << (sub.isEmpty() ? tr("blufio config: missing subcommand.")
                              : tr("blufio config: unknown subcommand '%1'.").arg(sub))
            << ' ' << tr("Use one of: %1").arg(positionalSyntax()) << Qt::endl;
    return Usage;
}

int ConfigCommand::get(const QCommandLineParser &parser, const QStringList &args, CommandContext &ctx)
{
    if (args.size() != 1) {
        ctx.err << tr("blufio config get: expected exactly one KEY, e.g. %1").arg(example()) << Qt::endl;
        return Usage;
    }
    const ConfigKey *key = findConfigKey(args.first());
    if (!key) {
        ctx.err << tr("blufio config get: unknown key '%1'.").arg(args.first()) << Qt::endl;
        return Usage;
    }
    const auto config = loadConfig(ctx);
    if (!config)
        return exitCodeFor(config.code());
    const ConfigEntry &entry = config->entry(key->key);
    QString value;
    if (!entry.value.isValid())
        value = tr("(unset)");
    else if (key->type == ConfigType::StringList || key->type == ConfigType::IntList)
        value = QStringLiteral("[") + entry.value.toStringList().join(QStringLiteral(", ")) + u']';
    else if (key->secret && !SecretResolver::isReference(entry.value.toString()))
        value = QStringLiteral("****");
    else
        value = entry.value.toString();
    if (parser.isSet(QStringLiteral("value-only"))) {
        ctx.out << value << Qt::endl;
        return Ok;
    }
    QString where = Config::sourceName(entry.source);
    if (!entry.origin.isEmpty())
        where += QStringLiteral(" ") + entry.origin;
    ctx.out << key->key << " = " << value << "  (" << where << ')' << Qt::endl;
    return Ok;
}

int ConfigCommand::set(const QStringList &args, CommandContext &ctx)
{
    if (args.size() != 2) {
        ctx.err << tr(
            "blufio config set: expected KEY VALUE, e.g. blufio config set daemon.memory_warn_mb 120")
                << Qt::endl;
        return Usage;
    }
    // A secret on the command line is in every user's `ps`, in /proc/PID/cmdline and in the shell's
    // history. Only a reference to the vault may be given here.
    if (const ConfigKey *key = findConfigKey(args.at(0)); key && key->secret) {
        const QString &value = args.at(1);
        if (!SecretResolver::isReference(value)) {
            ctx.err
                << tr("blufio config set: %1 is a secret and its value does not belong on the command line "
                      "(other "
                      "users can see it in ps, and it stays in the shell history). Store it in the vault, "
                      "read from stdin: blufio config set-secret %1, then refer to it: blufio config set %1 "
                      "vault:%1")
                       .arg(key->key)
                << Qt::endl;
            return Usage;
        }
        if (const QString name = SecretResolver::referencedName(value); !Vault::isValidName(name)) {
            ctx.err << tr("blufio config set: \"%1\" is not a valid secret name (1-128 of letters, digits, "
                          "'.', '_', '-').")
                           .arg(name)
                    << Qt::endl;
            return Usage;
        }
    }
    const ConfigLoader loader(ctx.env);
    QString file = loader.locate(ctx.configPath);
    if (file.isEmpty()) {
        // No file yet: the first place the search order would look that the operator named, else
        // the per-user one.
        const QStringList candidates = loader.searchPath(ctx.configPath);
        file = !ctx.configPath.isEmpty() || ctx.env.contains(QStringLiteral("BLUFIO_CONFIG"))
            ? candidates.first()
            : candidates.value(candidates.size() - 2);
    }
    const Result<ConfigEditor::Written> written = ConfigEditor(ctx.env).set(file, args.at(0), args.at(1));
    if (!written) {
        ctx.err << "blufio config set: " << written.errorMessage() << Qt::endl;
        ctx.err << tr("%1 was not changed.").arg(file) << Qt::endl;
        return exitCodeFor(written.code());
    }
    ctx.out << (*written == ConfigEditor::Written::Created ? tr("Created %1 with %2.")
                                                           : tr("Updated %2 in %1."))
                   .arg(file, args.at(0))
            << Qt::endl;
    ctx.err << tr("Restart blufiod for the change to take effect (systemctl restart blufio).") << Qt::endl;
    return Ok;
}

int ConfigCommand::validate(const QStringList &args, CommandContext &ctx)
{
    const ConfigLoader loader(ctx.env);
    const QString file = args.isEmpty() ? loader.locate(ctx.configPath) : args.first();
    if (!file.isEmpty() && !QFileInfo::exists(file)) {
        ctx.err << tr("%1: file not found").arg(file) << Qt::endl;
        return ConfigError;
    }
    // No file: the built-in defaults and the environment are what blufiod would run with, and they
    // get the same checks (the defaults alone enable the gateway without credentials).
    const Result<Config> result = file.isEmpty() ? loader.load() : loader.loadFile(file);
    if (!result) {
        ctx.err << result.errorMessage() << Qt::endl;
        return exitCodeFor(result.code());
    }
    Config config = *result;
    // blufiod's own pre-listen checks, through the same function and with its messages.
    if (const Result<void> checked = StartupChecks::checkConfiguration(config); !checked) {
        ctx.err << checked.errorMessage() << Qt::endl;
        return exitCodeFor(checked.code());
    }
    const QStringList references = SecretResolver::references(config);
    if (!references.isEmpty()) {
        if (!ctx.env.contains(PassphraseReader::environmentVariable())) {
            ctx.err << tr("Not checked: %1 in the vault (set BLUFIO_VAULT_KEY to check them too).")
                           .arg(references.join(QStringLiteral(", ")))
                    << Qt::endl;
        } else {
            if (!QFileInfo::exists(config.databasePath())) {
                ctx.err << tr("%1 refers to the vault, but there is no database at %2")
                               .arg(references.first(), config.databasePath())
                        << Qt::endl;
                return ConfigError;
            }
            SqliteStorage storage(config.databasePath());
            if (const Result<void> opened = storage.open(); !opened) {
                ctx.err << tr("%1 refers to the vault, but the database cannot be opened: %2")
                               .arg(references.first(), opened.errorMessage())
                        << Qt::endl;
                return ConfigError;
            }
            // Only the environment: validate must never stop at a passphrase prompt.
            if (const Result<void> resolved = StartupChecks::resolveVaultReferences(
                    config, storage, PassphraseReader(ctx.env, QString()));
                !resolved) {
                ctx.err << resolved.errorMessage() << Qt::endl;
                return exitCodeFor(resolved.code());
            }
            if (const Result<void> checked = StartupChecks::checkResolved(config); !checked) {
                ctx.err << checked.errorMessage() << Qt::endl;
                return exitCodeFor(checked.code());
            }
        }
    }
    if (file.isEmpty())
        ctx.out << tr("No configuration file found; the built-in defaults and the environment are valid.")
                << Qt::endl;
    else
        ctx.out << tr("%1: configuration is valid").arg(file) << Qt::endl;
    return Ok;
}

int ConfigCommand::path(CommandContext &ctx)
{
    const ConfigLoader loader(ctx.env);
    const QString used = loader.locate(ctx.configPath);
    ctx.out << (used.isEmpty() ? tr("(none: built-in defaults)") : used) << Qt::endl;
    if (!ctx.colour && !ctx.env.contains(QStringLiteral("BLUFIO_VERBOSE")))
        return Ok;
    for (const QString &candidate : loader.searchPath(ctx.configPath))
        ctx.err << "  " << (candidate == used ? u'*' : u' ') << ' ' << candidate << Qt::endl;
    return Ok;
}

bool ConfigCommand::unlockVault(const QString &command, Vault &vault, bool create, CommandContext &ctx)
{
    const Result<bool> exists = vault.exists();
    if (!exists) {
        ctx.err << command << ": " << exists.errorMessage() << Qt::endl;
        return false;
    }
    if (!create && !*exists) {
        ctx.err << command << ": " << tr("there is no vault yet; `blufio config set-secret NAME` creates it.")
                << Qt::endl;
        return false;
    }
    const bool creating = create && !*exists;
    // A new vault's passphrase is asked twice on a terminal: a typo there would lock the secrets away.
    const Result<SecureBytes> passphrase = PassphraseReader(ctx.env).read(
        creating ? tr("New vault passphrase: ") : tr("Vault passphrase: "), creating);
    if (!passphrase) {
        ctx.err << command << ": " << passphrase.errorMessage() << Qt::endl;
        return false;
    }
    const Result<void> unlocked = create ? vault.unlockOrCreate(*passphrase) : vault.unlock(*passphrase);
    if (!unlocked) {
        ctx.err << command << ": " << unlocked.errorMessage() << Qt::endl;
        return false;
    }
    if (creating)
        ctx.err << tr("Created a new vault; keep its passphrase safe: without it the secrets cannot be read.")
                << Qt::endl;
    return true;
}

Result<SecureBytes> ConfigCommand::readSecretValue(const QString &secretName, CommandContext &ctx)
{
    QString text;
    if (ctx.stdinIsTty) {
        ctx.err << tr("Value of the secret %1 (not shown): ").arg(secretName) << Qt::flush;
        const StdinEchoOff echoOff(true);
        text = ctx.in.readLine();
        ctx.err << Qt::endl;
    } else {
        text = ctx.in.readAll();
        // What `echo value |` or a file with a final newline adds is not part of the secret.
        if (text.endsWith(u'\n'))
            text.chop(1);
        if (text.endsWith(u'\r'))
            text.chop(1);
    }
    QByteArray bytes = text.toUtf8();
    // Our own unshared copies: wipe them so the plaintext does not linger in freed heap.
    text.fill(QChar(0));
    if (bytes.isEmpty())
        return Error {ErrorCode::InvalidArgument,
                      tr("the value is empty; give it on stdin, e.g. printf '%s' \"$TOKEN\" | blufio config "
                         "set-secret %1")
                          .arg(secretName)};
    return SecureBytes::takeFrom(bytes);
}

int ConfigCommand::setSecret(const QStringList &args, CommandContext &ctx)
{
    const QString command = QStringLiteral("blufio config set-secret");
    if (args.size() != 1) {
        ctx.err
            << tr("%1: expected exactly one NAME; the value is read from stdin, never from the command line, "
                  "e.g. printf '%s' \"$TOKEN\" | blufio config set-secret gateway_token")
                   .arg(command)
            << Qt::endl;
        return Usage;
    }
    const QString &secretName = args.first();
    if (!Vault::isValidName(secretName)) {
        ctx.err << tr("%1: \"%2\" is not a valid secret name (1-128 of letters, digits, '.', '_', '-').")
                       .arg(command, secretName)
                << Qt::endl;
        return Usage;
    }
    const auto config = loadConfig(ctx);
    if (!config)
        return exitCodeFor(config.code());
    // The value first: nothing is created or asked for when there is nothing to store.
    const Result<SecureBytes> value = readSecretValue(secretName, ctx);
    if (!value) {
        ctx.err << command << ": " << value.errorMessage() << Qt::endl;
        return Failure;
    }
    const auto storage = openDatabase(command, *config, ctx);
    if (!storage)
        return Failure;
    Vault vault(*storage);
    if (!unlockVault(command, vault, true, ctx))
        return Failure;
    if (const Result<void> stored = vault.set(secretName, value->view()); !stored) {
        ctx.err << command << ": " << stored.errorMessage() << Qt::endl;
        return Failure;
    }
    ctx.out << tr("Stored the secret %1 in the vault; refer to it in the configuration as \"vault:%1\".")
                   .arg(secretName)
            << Qt::endl;
    return Ok;
}

int ConfigCommand::listSecrets(const QStringList &args, CommandContext &ctx)
{
    const QString command = QStringLiteral("blufio config list-secrets");
    if (!args.isEmpty()) {
        ctx.err << tr("%1: unexpected argument '%2'.").arg(command, args.first()) << Qt::endl;
        return Usage;
    }
    const auto config = loadConfig(ctx);
    if (!config)
        return exitCodeFor(config.code());
    // Listing must not leave an empty database behind where there was none.
    if (!QFileInfo::exists(config->databasePath())) {
        ctx.err << tr("The vault is empty: there is no database at %1 yet.").arg(config->databasePath())
                << Qt::endl;
        return Ok;
    }
    const auto storage = openDatabase(command, *config, ctx);
    if (!storage)
        return Failure;
    Vault vault(*storage);
    const Result<QStringList> names = vault.list();
    if (!names) {
        ctx.err << command << ": " << names.errorMessage() << Qt::endl;
        return Failure;
    }
    if (names->isEmpty()) {
        ctx.err << tr("The vault holds no secrets.") << Qt::endl;
        return Ok;
    }
    // The masks are computed from the decrypted values, so listing needs the passphrase too.
    if (!unlockVault(command, vault, false, ctx))
        return Failure;
    const Result<QList<MaskedSecret>> entries = vault.maskedEntries();
    if (!entries) {
        ctx.err << command << ": " << entries.errorMessage() << Qt::endl;
        return Failure;
    }
    qsizetype width = 0;
    for (const MaskedSecret &entry : *entries)
        width = std::max(width, entry.name.size());
    for (const MaskedSecret &entry : *entries)
        ctx.out << entry.name.leftJustified(width) << "  " << entry.masked << '\n';
    ctx.out.flush();
    return Ok;
}

int ConfigCommand::deleteSecret(const QStringList &args, CommandContext &ctx)
{
    const QString command = QStringLiteral("blufio config delete-secret");
    if (args.size() != 1) {
        ctx.err << tr("%1: expected exactly one NAME.").arg(command) << Qt::endl;
        return Usage;
    }
    const QString &secretName = args.first();
    const auto config = loadConfig(ctx);
    if (!config)
        return exitCodeFor(config.code());
    if (!QFileInfo::exists(config->databasePath())) {
        ctx.err << command << ": "
                << tr("the vault has no secret named \"%1\" (there is no database at %2).")
                       .arg(secretName, config->databasePath())
                << Qt::endl;
        return Failure;
    }
    const auto storage = openDatabase(command, *config, ctx);
    if (!storage)
        return Failure;
    Vault vault(*storage);
    // Removing needs no decryption, but asking for the passphrase keeps a mistyped --config or a
    // stranger with a shell from deleting secrets of a vault they cannot open.
    if (!unlockVault(command, vault, false, ctx))
        return Failure;
    if (const Result<void> removed = vault.remove(secretName); !removed) {
        ctx.err << command << ": " << removed.errorMessage() << Qt::endl;
        return Failure;
    }
    ctx.out << tr("Deleted the secret %1 from the vault.").arg(secretName) << Qt::endl;
    return Ok;
}

} // namespace blufio::cli
