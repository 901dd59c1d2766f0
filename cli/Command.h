#pragma once

#include "cli/ExitCodes.h"
#include "common/config/ConfigLoader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QTextStream>

#include <memory>

namespace blufio {
class SqliteStorage;
}

namespace blufio::cli {

// Everything a command touches of the outside world, injectable for in-process tests.
struct CommandContext
{
    CommandContext(QTextStream &o, QTextStream &e, QTextStream &i, const QProcessEnvironment &environment)
        : out(o), err(e), in(i), env(environment)
    { }

    QTextStream &out;
    QTextStream &err;
    QTextStream &in;
    QProcessEnvironment env;
    bool colour = false; // stdout is a TTY and NO_COLOR is unset
    bool stdinIsTty = false;
    QString configPath; // --config
    QString url; // --url
    QString language; // resolved --lang
};

// A CLI command (KeePassXC's Command idea): name, one-line description, example, its own options,
// and execute() on injected streams.
class Command
{
public:
    virtual ~Command() = default;

    virtual QString name() const = 0;
    virtual QString description() const = 0;
    virtual QString example() const = 0;
    virtual QString positionalSyntax() const { return {}; }
    virtual void addOptions(QCommandLineParser &parser) { Q_UNUSED(parser) }
    // args: the positional arguments after the command name.
    virtual int execute(const QCommandLineParser &parser, const QStringList &args, CommandContext &ctx) = 0;

    // Loads the configuration the global options point at; on failure prints the errors (the
    // command then returns exitCodeFor(the error's code), 78).
    static Result<Config> loadConfig(CommandContext &ctx);
    // Opens (creating when needed) the configured database for a command that reads or writes it
    // itself; on failure prints why after `command: ` and, when exitCode is given, sets the status.
    // The daemon may hold it: WAL lets this process work beside it (busy_timeout waits out its
    // write transactions).
    static std::unique_ptr<SqliteStorage> openDatabase(const QString &command, const Config &config,
                                                       CommandContext &ctx, int *exitCode = nullptr);
    // The daemon's base URL: --url, else http://<daemon.bind>:<daemon.health_port>.
    static QUrl daemonUrl(CommandContext &ctx, const Config &config);
};

// Every command, for dispatch and help.
std::vector<std::unique_ptr<Command>> allCommands();
// Runs the CLI with argv; used by main.cpp and by tests in-process.
int run(const QStringList &arguments, CommandContext &ctx);

} // namespace blufio::cli
