#include "Command.h"

#include "commands/BackupCommand.h"
#include "commands/ConfigCommand.h"
#include "commands/DoctorCommand.h"
#include "commands/HealthcheckCommand.h"
#include "commands/KeygenCommand.h"
#include "commands/KeysCommand.h"
#include "commands/RestoreCommand.h"
#include "commands/ServeCommand.h"
#include "commands/ShellCommand.h"
#include "commands/StatusCommand.h"

#include "BuildInfo.h"
#include "common/i18n/I18n.h"
#include "common/storage/SqliteStorage.h"

#include <QDir>
#include <QFileInfo>

namespace blufio::cli {

namespace {
QList<QCommandLineOption> globalOptions()
{
    return {
        QCommandLineOption({QStringLiteral("c"), QStringLiteral("config")},
                           QCoreApplication::translate("blufio", "Read the configuration from FILE."),
                           QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("lang"),
                           QCoreApplication::translate("blufio", "Language of the output (de, fr, es, en)."),
                           QStringLiteral("CODE")),
        QCommandLineOption(
            QStringLiteral("url"),
            QCoreApplication::translate("blufio", "URL of the daemon (default: from the configuration)."),
            QStringLiteral("URL")),
    };
}

// Levenshtein distance, for "did you mean" suggestions.
int distance(const QString &a, const QString &b)
{
    QList<int> prev(b.size() + 1), cur(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j)
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

QString suggestion(const QString &word, const QStringList &candidates)
{
    QString best;
    int bestDistance = 3;
    for (const QString &c : candidates) {
        const int d = distance(word, c);
        if (d < bestDistance || (c.startsWith(word) && !word.isEmpty())) {
            best = c;
            bestDistance = std::min(d, bestDistance);
        }
    }
    return best;
}

void printUsage(QTextStream &out, const std::vector<std::unique_ptr<Command>> &commands)
{
    out << QCoreApplication::translate(
        "blufio", "Usage: blufio [--config FILE] [--lang CODE] [--url URL] COMMAND [options]")
        << "\n\n";
    out << QCoreApplication::translate("blufio", "Commands:") << '\n';
    for (const auto &c : commands)
        out << "  " << c->name().leftJustified(12) << c->description() << '\n';
    out << '\n' << QCoreApplication::translate("blufio", "Global options:") << '\n';
    for (const QCommandLineOption &o : globalOptions()) {
        const QString names = QStringLiteral("--") + o.names().constLast()
            + (o.valueName().isEmpty() ? QString() : u' ' + o.valueName());
        out << "  " << names.leftJustified(16) << o.description() << '\n';
    }
    out << "  " << QStringLiteral("--version").leftJustified(16)
        << QCoreApplication::translate("blufio", "Print the version.") << '\n';
    out << "  " << QStringLiteral("--help").leftJustified(16)
        << QCoreApplication::translate("blufio", "Print this help, or a command's help.") << '\n';
    out << '\n'
        << QCoreApplication::translate("blufio",
                                       "Run 'blufio COMMAND --help' for a command's options and an example.")
        << '\n';
}
} // namespace

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<ServeCommand>());
    commands.push_back(std::make_unique<StatusCommand>());
    commands.push_back(std::make_unique<DoctorCommand>());
    commands.push_back(std::make_unique<HealthcheckCommand>());
    commands.push_back(std::make_unique<ConfigCommand>());
    commands.push_back(std::make_unique<KeygenCommand>());
    commands.push_back(std::make_unique<KeysCommand>());
    commands.push_back(std::make_unique<BackupCommand>());
    commands.push_back(std::make_unique<RestoreCommand>());
    commands.push_back(std::make_unique<ShellCommand>());
    return commands;
}

Result<Config> Command::loadConfig(CommandContext &ctx)
{
    Result<Config> result = ConfigLoader(ctx.env).load(ctx.configPath);
    if (!result)
        ctx.err << QCoreApplication::translate("blufio", "blufio: invalid configuration:") << '\n'
                << result.errorMessage() << Qt::endl;
    return result;
}

std::unique_ptr<SqliteStorage> Command::openDatabase(const QString &command, const Config &config,
                                                     CommandContext &ctx, int *exitCode)
{
    const QString databasePath = config.databasePath();
    if (!QDir().mkpath(QFileInfo(databasePath).absolutePath())) {
        ctx.err << command << ": "
                << QCoreApplication::translate("blufio", "cannot create the directory of the database %1.")
                       .arg(databasePath)
                << Qt::endl;
        if (exitCode)
            *exitCode = Failure;
        return nullptr;
    }
    auto storage = std::make_unique<SqliteStorage>(databasePath);
    if (const Result<void> opened = storage->open(); !opened) {
        ctx.err << command << ": " << opened.errorMessage() << Qt::endl;
        if (exitCode)
            *exitCode = exitCodeFor(opened.code());
        return nullptr;
    }
    return storage;
}

QUrl Command::daemonUrl(CommandContext &ctx, const Config &config)
{
    if (!ctx.url.isEmpty())
        return QUrl::fromUserInput(ctx.url);
    QString host = config.settings().daemon.bind;
    if (host == u"0.0.0.0" || host.isEmpty())
        host = QStringLiteral("127.0.0.1");
    else if (host == u"::")
        host = QStringLiteral("::1");
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host);
    url.setPort(int(config.settings().daemon.healthPort));
    return url;
}

int run(const QStringList &arguments, CommandContext &ctx)
{
    const auto commands = allCommands();
    QStringList names;
    for (const auto &c : commands)
        names.append(c->name());

    // First pass: global options up to the command name; the rest belongs to the command.
    QCommandLineParser global;
    global.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    global.addOptions(globalOptions());
    const QCommandLineOption versionOption(QStringLiteral("version"));
    const QCommandLineOption helpOption(
        QStringList {QStringLiteral("h"), QStringLiteral("help")},
        QCoreApplication::translate("blufio", "Print this help, or a command's help."));
    global.addOption(versionOption);
    global.addOption(helpOption);
    if (!global.parse(arguments)) {
        ctx.err << "blufio: " << global.errorText() << '\n'
                << QCoreApplication::translate("blufio", "Run 'blufio --help' for usage.") << Qt::endl;
        return Usage;
    }
    ctx.configPath = global.value(QStringLiteral("config"));
    ctx.url = global.value(QStringLiteral("url"));
    ctx.language = I18n::pickLanguage(global.value(QStringLiteral("lang")), ctx.env);
    I18n::install(ctx.language);

    const QStringList positional = global.positionalArguments();
    if (global.isSet(versionOption)) {
        ctx.out << "blufio " << BLUFIO_VERSION << " (" << BLUFIO_GIT_COMMIT << ")" << Qt::endl;
        return Ok;
    }
    if (positional.isEmpty()) {
        printUsage(global.isSet(helpOption) ? ctx.out : ctx.err, commands);
        return global.isSet(helpOption) ? Ok : Usage;
    }
    const QString &name = positional.first();
    auto it
        = std::find_if(commands.begin(), commands.end(), [&](const auto &c) { return c->name() == name; });
    if (it == commands.end()) {
        ctx.err << QCoreApplication::translate("blufio", "blufio: unknown command '%1'.").arg(name);
        if (const QString hint = suggestion(name, names); !hint.isEmpty())
            ctx.err << ' ' << QCoreApplication::translate("blufio", "Did you mean '%1'?").arg(hint);
        ctx.err << '\n'
                << QCoreApplication::translate("blufio", "Run 'blufio --help' for the list of commands.")
                << Qt::endl;
        return Usage;
    }
    Command &command = **it;

    QCommandLineParser parser;
    parser.setApplicationDescription(command.description());
    parser.addOptions(globalOptions());
    parser.addOption(helpOption);
    command.addOptions(parser);
    QStringList commandArgs {QStringLiteral("blufio ") + name};
    commandArgs += positional.mid(1);
    const bool parsed = parser.parse(commandArgs);
    if (parsed && parser.isSet(QStringLiteral("lang"))) {
        ctx.language = I18n::pickLanguage(parser.value(QStringLiteral("lang")), ctx.env);
        I18n::install(ctx.language);
    }
    if (!parsed) {
        ctx.err << "blufio " << name << ": " << parser.errorText() << '\n'
                << QCoreApplication::translate("blufio", "Run 'blufio %1 --help' for its options.").arg(name)
                << Qt::endl;
        return Usage;
    }
    if (parser.isSet(helpOption)) {
        QStringList help = parser.helpText().split(u'\n');
        help[0] = QCoreApplication::translate("blufio", "Usage: blufio %1 [options] %2")
                      .arg(name, command.positionalSyntax())
                      .trimmed();
        ctx.out << help.join(u'\n') << '\n'
                << QCoreApplication::translate("blufio", "Example:") << "\n  " << command.example()
                << Qt::endl;
        return Ok;
    }
    // Options given after the command name win over those before it.
    if (parser.isSet(QStringLiteral("config")))
        ctx.configPath = parser.value(QStringLiteral("config"));
    if (parser.isSet(QStringLiteral("url")))
        ctx.url = parser.value(QStringLiteral("url"));
    return command.execute(parser, parser.positionalArguments(), ctx);
}

} // namespace blufio::cli
