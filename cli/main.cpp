// blufio: the operator's CLI. Argument parsing and dispatch live in Command.cpp.
#include "cli/Command.h"
#include "common/term/TerminalOutput.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("blufio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BLUFIO_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    blufio::cli::CommandContext ctx {out, err, in, QProcessEnvironment::systemEnvironment()};
    ctx.colour = blufio::TerminalOutput::colourFor(STDOUT_FILENO);
    ctx.stdinIsTty = isatty(STDIN_FILENO) == 1;
    const int code = blufio::cli::run(QCoreApplication::arguments(), ctx);
    out.flush();
    err.flush();
    return code;
}
