#pragma once

#include "cli/Command.h"
#include "common/term/ControlSequenceFilter.h"

namespace blufio {
class ApiClient;
}

namespace blufio::cli {

// An interactive conversation with the running daemon over /v1: each line is a message in the
// current session, the reply printed as it streams. Also reads piped stdin to the end.
class ShellCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ShellCommand)

public:
    QString name() const override { return QStringLiteral("shell"); }
    QString description() const override;
    QString example() const override { return QStringLiteral("echo 'What changed today?' | blufio shell"); }
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, const QStringList &args, CommandContext &ctx) override;

private:
    // Each returns when the call it makes has answered; false when it failed (already reported).
    bool sendMessage(ApiClient &client, CommandContext &ctx, const QString &content);
    // One page of kSessionsPerPage from cursor (empty: the newest); remembers the next page's cursor.
    bool listSessions(ApiClient &client, CommandContext &ctx, const QString &cursor);
    bool useSession(ApiClient &client, CommandContext &ctx, const QString &id);
    void printHelp(CommandContext &ctx) const;
    void reportFailure(CommandContext &ctx, const QString &code, const QString &message) const;

    // What the model wrote, as the terminal will show it: control sequences removed unless --raw.
    QString printable(const QString &text);

    static constexpr int kSessionsPerPage = 20;

    QString m_session; // empty: the next message starts a new session
    QString m_nextSessions; // cursor of the next /sessions page; empty: no more
    bool m_raw = false;
    ControlSequenceFilter m_filter;
};

} // namespace blufio::cli
