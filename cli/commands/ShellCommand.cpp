#include "ShellCommand.h"

#include "common/net/ApiClient.h"
#include "common/net/MessageReply.h"

#include <QEventLoop>
#include <QLocale>
#include <QNetworkAccessManager>

namespace blufio::cli {

namespace {
// Runs a local event loop until `done` is set by a result or failure slot. The flag, not just the
// loop, because a call may answer before exec() is entered.
void waitUntil(const bool &done, QEventLoop &loop)
{
    if (!done)
        loop.exec();
}
} // namespace

QString ShellCommand::description() const
{
    return tr("Talk to the running daemon: each line is a message, the reply streams back.");
}

void ShellCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        QStringLiteral("raw"),
        tr("Print the model's replies as they are, terminal control sequences included (by default escape "
           "sequences and control characters other than newline and tab are removed).")));
}

QString ShellCommand::printable(const QString &text)
{
    return m_raw ? text : m_filter.filter(text);
}

int ShellCommand::execute(const QCommandLineParser &parser, const QStringList &args, CommandContext &ctx)
{
    m_raw = parser.isSet(QStringLiteral("raw"));
    if (!args.isEmpty()) {
        ctx.err << tr("blufio shell: unexpected argument '%1'.").arg(args.first()) << Qt::endl;
        return Usage;
    }
    const auto config = loadConfig(ctx);
    if (!config)
        return exitCodeFor(config.code());
    Result<ApiCredentials> credentials = ApiClient::credentialsFrom(*config, ctx.env);
    if (!credentials) {
        ctx.err << "blufio shell: " << credentials.errorMessage() << Qt::endl;
        return exitCodeFor(credentials.code());
    }
    QNetworkAccessManager network;
    ApiClient client(&network, daemonUrl(ctx, *config), std::move(*credentials));

    if (ctx.stdinIsTty)
        ctx.out << tr("Connected to %1. Type a message, or /help.").arg(client.baseUrl().toString())
                << Qt::endl;
    bool anyFailed = false;
    QString line;
    for (;;) {
        if (ctx.stdinIsTty) {
            ctx.out << "blufio> ";
            ctx.out.flush();
        }
        if (!ctx.in.readLineInto(&line))
            break; // EOF ends the shell like /quit
        const QString text = line.trimmed();
        if (text.isEmpty())
            continue;
        if (!text.startsWith(u'/')) {
            if (!sendMessage(client, ctx, line))
                anyFailed = true;
            continue;
        }
        const QString command = text.section(u' ', 0, 0, QString::SectionSkipEmpty);
        const QString argument = text.section(u' ', 1, -1, QString::SectionSkipEmpty).trimmed();
        if (command == u"/quit" || command == u"/exit") {
            break;
        } else if (command == u"/new") {
            m_session.clear();
            ctx.out << tr("The next message starts a new session.") << Qt::endl;
        } else if (command == u"/sessions") {
            if (argument.isEmpty()) {
                m_nextSessions.clear();
                listSessions(client, ctx, {});
            } else if (argument == u"more") {
                if (m_nextSessions.isEmpty())
                    ctx.err << tr("blufio shell: no more sessions; /sessions starts again from the newest.")
                            << Qt::endl;
                else
                    listSessions(client, ctx, m_nextSessions);
            } else {
                ctx.err << tr("blufio shell: /sessions takes no argument but 'more'.") << Qt::endl;
            }
        } else if (command == u"/use") {
            if (argument.isEmpty())
                ctx.err << tr("blufio shell: /use needs a session id (see /sessions).") << Qt::endl;
            else
                useSession(client, ctx, argument);
        } else if (command == u"/help") {
            printHelp(ctx);
        } else {
            ctx.err << tr("blufio shell: unknown command '%1'; /help lists them.").arg(command) << Qt::endl;
        }
    }
    if (ctx.stdinIsTty)
        ctx.out << Qt::endl;
    return anyFailed ? Failure : Ok;
}

bool ShellCommand::sendMessage(ApiClient &client, CommandContext &ctx, const QString &content)
{
    QEventLoop loop;
    bool done = false;
    bool ok = false;
    bool midLine = false; // deltas printed without their final newline
    bool anyDelta = false;
    QObject context; // scopes the connections to this call
    m_filter.reset(); // a reply cut off inside a sequence must not swallow this one
    QObject::connect(&client, &ApiClient::messageStarted, &context, [&](const QString &session) {
        if (!session.isEmpty())
            m_session = session;
    });
    QObject::connect(&client, &ApiClient::textDelta, &context, [&](const QString &delta) {
        anyDelta = true;
        const QString text = printable(delta);
        if (text.isEmpty())
            return;
        ctx.out << text;
        ctx.out.flush(); // the point of streaming: the user reads while the model writes
        midLine = !text.endsWith(u'\n');
    });
    QObject::connect(&client, &ApiClient::completed, &context, [&](const QJsonObject &reply) {
        const MessageReply message = MessageReply::fromJson(reply);
        if (!message.sessionId.isEmpty())
            m_session = message.sessionId;
        if (!anyDelta) {
            const QString text = printable(message.content);
            ctx.out << text;
            midLine = !text.isEmpty() && !text.endsWith(u'\n');
        }
        if (midLine)
            ctx.out << '\n';
        ctx.out.flush();
        ok = true;
        done = true;
        loop.quit();
    });
    QObject::connect(&client, &ApiClient::failed, &context, [&](const QString &code, const QString &message) {
        if (midLine) {
            ctx.out << '\n';
            ctx.out.flush();
        }
        reportFailure(ctx, code, message);
        done = true;
        loop.quit();
    });
    client.sendMessage(content, m_session);
    waitUntil(done, loop);
    return ok;
}

bool ShellCommand::listSessions(ApiClient &client, CommandContext &ctx, const QString &cursor)
{
    QEventLoop loop;
    bool done = false;
    bool ok = false;
    QObject context;
    QObject::connect(&client, &ApiClient::sessionsListed, &context, [&](const SessionList &page) {
        const QList<SessionSummary> &sessions = page.sessions;
        m_nextSessions = page.nextCursor;
        if (sessions.isEmpty()) {
            ctx.out << tr("No sessions yet.") << Qt::endl;
        } else {
            int idWidth = 2;
            for (const SessionSummary &s : sessions)
                idWidth = std::max(idWidth, int(s.id.size()));
            ctx.out << "  " << tr("ID").leftJustified(idWidth) << "  " << tr("MESSAGES").rightJustified(8)
                    << "  " << tr("UPDATED") << '\n';
            for (const SessionSummary &s : sessions) {
                // The current session is marked so /use is not needed to find out where one is.
                ctx.out
                    << (s.id == m_session ? "* " : "  ") << s.id.leftJustified(idWidth) << "  "
                    << QString::number(s.messageCount).rightJustified(std::max(8, int(tr("MESSAGES").size())))
                    << "  " << s.updatedAt.toLocalTime().toString(Qt::ISODate) << '\n';
            }
            if (!m_nextSessions.isEmpty())
                ctx.out << tr("Older sessions: /sessions more") << '\n';
            ctx.out.flush();
        }
        ok = true;
        done = true;
        loop.quit();
    });
    QObject::connect(&client, &ApiClient::failed, &context, [&](const QString &code, const QString &message) {
        reportFailure(ctx, code, message);
        done = true;
        loop.quit();
    });
    client.listSessions(kSessionsPerPage, cursor);
    waitUntil(done, loop);
    return ok;
}

bool ShellCommand::useSession(ApiClient &client, CommandContext &ctx, const QString &id)
{
    QEventLoop loop;
    bool done = false;
    bool ok = false;
    QObject context;
    QObject::connect(&client, &ApiClient::sessionFetched, &context, [&](const SessionTranscript &session) {
        m_session = session.id.isEmpty() ? id : session.id;
        ctx.out << tr("Using session %1 (%n message(s)).", nullptr, int(session.messageCount)).arg(m_session)
                << Qt::endl;
        ok = true;
        done = true;
        loop.quit();
    });
    QObject::connect(&client, &ApiClient::failed, &context, [&](const QString &code, const QString &message) {
        if (code == u"session_not_found" || code == u"not_found")
            ctx.err << tr("blufio shell: no session '%1'; /sessions lists them.").arg(id) << Qt::endl;
        else
            reportFailure(ctx, code, message);
        done = true;
        loop.quit();
    });
    // Only the count is shown: one message is enough to learn it, whatever the history's length.
    client.getSession(id, 1);
    waitUntil(done, loop);
    return ok;
}

void ShellCommand::printHelp(CommandContext &ctx) const
{
    ctx.out << tr("Type a message and press Enter; the reply streams back in the current session.") << '\n'
            << "  /new           " << tr("start a new session with the next message") << '\n'
            << "  /sessions      " << tr("list sessions (id, message count, last update)") << '\n'
            << "  /sessions more " << tr("the next, older page of sessions") << '\n'
            << "  /use ID        " << tr("continue session ID") << '\n'
            << "  /help          " << tr("this help") << '\n'
            << "  /quit          " << tr("leave (so does end of input)") << Qt::endl;
}

void ShellCommand::reportFailure(CommandContext &ctx, const QString &code, const QString &message) const
{
    // The daemon's codes are stable and greppable; the message is for the person at the keyboard.
    if (code.isEmpty() || code == ApiClient::unreachableCode() || code == ApiClient::unauthorizedCode())
        ctx.err << "blufio shell: " << message << Qt::endl;
    else
        ctx.err << "blufio shell: " << message << " (" << code << ')' << Qt::endl;
}

} // namespace blufio::cli
