// blufio-bench-storage: the storage half of one POST /v1/messages, through SqliteStorage as the agent
// calls it (budget read, session lookup, user message + queue row, in progress, history read for
// the provider, reply + ledger row, budget read for the metrics), on a database that already holds
// --prefill sessions. Prints microseconds per message (mean, p50, p99) and messages per second.
// Not a ctest test: run bench/storage.sh and copy the figures into docs/PERFORMANCE.md.
#include "common/storage/SqliteStorage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace blufio;

namespace {

void say(const QString &line)
{
    std::printf("%s\n", line.toLocal8Bit().constData());
    std::fflush(stdout);
}

bool prefill(SqliteStorage &storage, int sessions)
{
    // Rows straight through one transaction: the figure is about the message path, not the loader.
    sqlite3 *db = storage.handle();
    if (sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
        return false;
    const QByteArray text(400, 'x');
    for (int s = 0; s < sessions; ++s) {
        const QByteArray id = "prefill-" + QByteArray::number(s);
        const QByteArray sql = "INSERT INTO sessions (id, created_at, updated_at) VALUES ('" + id + "', "
            + QByteArray::number(s) + ", " + QByteArray::number(s) + ");";
        if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
            return false;
        for (int m = 1; m <= 10; ++m) {
            const QByteArray msg
                = "INSERT INTO messages (session_id, seq, role, content, created_at) VALUES ('" + id + "', "
                + QByteArray::number(m) + ", '" + (m % 2 ? "user" : "assistant") + "', '" + text + "', "
                + QByteArray::number(s) + ");";
            if (sqlite3_exec(db, msg.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
                return false;
            if (m % 2 == 0) {
                const QByteArray cost
                    = "INSERT INTO cost_ledger (session_id, model, input_tokens, output_tokens, cost_usd, "
                      "created_at) VALUES ('"
                    + id + "', 'm', 100, 20, 0.001, " + QByteArray::number(s) + ");";
                if (sqlite3_exec(db, cost.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
                    return false;
            }
        }
    }
    return sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption messagesOption(QStringLiteral("messages"),
                                            QStringLiteral("messages to send (default 3000)"),
                                            QStringLiteral("N"), QStringLiteral("3000"));
    const QCommandLineOption perSessionOption(
        QStringLiteral("per-session"),
        QStringLiteral("messages per session before a new one starts (default 10)"), QStringLiteral("N"),
        QStringLiteral("10"));
    const QCommandLineOption prefillOption(
        QStringLiteral("prefill"),
        QStringLiteral("sessions (10 messages each) stored before the run (default 0)"), QStringLiteral("N"),
        QStringLiteral("0"));
    const QCommandLineOption dirOption(
        QStringLiteral("dir"), QStringLiteral("directory for the database (default: a temporary one)"),
        QStringLiteral("DIR"));
    parser.addOptions({messagesOption, perSessionOption, prefillOption, dirOption});
    parser.process(app);
    const int messages = parser.value(messagesOption).toInt();
    const int perSession = qMax(1, parser.value(perSessionOption).toInt());
    const int prefillSessions = parser.value(prefillOption).toInt();

    QTemporaryDir tmp(parser.isSet(dirOption)
                          ? parser.value(dirOption) + QStringLiteral("/bench-storage-XXXXXX")
                          : QString());
    SqliteStorage storage(tmp.filePath(QStringLiteral("bench.db")));
    if (auto opened = storage.open(); !opened) {
        say(opened.errorMessage());
        return 1;
    }
    if (prefillSessions > 0 && !prefill(storage, prefillSessions)) {
        say(QStringLiteral("prefill failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(storage.handle()))));
        return 1;
    }

    Usage usage;
    usage.model = QStringLiteral("claude-sonnet-4-5");
    usage.inputTokens = 120;
    usage.outputTokens = 30;
    usage.costUsd = 0.00081;
    const QString userText
        = QStringLiteral("How long does it take to walk from the station to the old town?");
    const QString replyText
        = QStringLiteral("About twenty minutes along the river; the bus takes eight.").repeated(4);

    std::vector<qint64> perMessageNs;
    perMessageNs.reserve(size_t(messages));
    QString session;
    QElapsedTimer total;
    total.start();
    for (int i = 0; i < messages; ++i) {
        QElapsedTimer t;
        t.start();
        const qint64 now = Storage::nowMs();
        (void)storage.costIn(Storage::CostPeriod::UtcDay, Storage::startOfUtcDay(now));
        (void)storage.costIn(Storage::CostPeriod::UtcMonth, Storage::startOfUtcMonth(now));
        if (i % perSession == 0) {
            session = storage.createSession()->id;
        } else if (!storage.sessionExists(session).value()) {
            say(QStringLiteral("session vanished"));
            return 1;
        }
        const Result<EnqueuedMessage> stored = storage.appendUserMessage(session, userText);
        if (!stored) {
            say(stored.errorMessage());
            return 1;
        }
        (void)storage.markInProgress(stored->queueId);
        const auto history = storage.history(session, stored->message.seq);
        if (!history || history->isEmpty()) {
            say(QStringLiteral("history read failed"));
            return 1;
        }
        if (auto reply = storage.completeReply(stored->queueId, replyText, usage); !reply) {
            say(reply.errorMessage());
            return 1;
        }
        (void)storage.costIn(Storage::CostPeriod::UtcDay, Storage::startOfUtcDay(now));
        (void)storage.costIn(Storage::CostPeriod::UtcMonth, Storage::startOfUtcMonth(now));
        perMessageNs.push_back(t.nsecsElapsed());
    }
    const double seconds = double(total.nsecsElapsed()) / 1e9;
    std::vector<qint64> sorted = perMessageNs;
    std::sort(sorted.begin(), sorted.end());
    double sum = 0;
    for (const qint64 ns : perMessageNs)
        sum += double(ns);
    const auto pct = [&sorted](double p) {
        return double(sorted[size_t(p * double(sorted.size() - 1))]) / 1000.0;
    };
    say(QStringLiteral("sqlite %1, %2 messages (%3 per session) over %4 prefilled sessions")
            .arg(QString::fromLatin1(sqlite3_libversion()))
            .arg(messages)
            .arg(perSession)
            .arg(prefillSessions));
    say(QStringLiteral("per message: mean %1 us, p50 %2 us, p99 %3 us; %4 messages/s")
            .arg(sum / double(perMessageNs.size()) / 1000.0, 0, 'f', 1)
            .arg(pct(0.5), 0, 'f', 1)
            .arg(pct(0.99), 0, 'f', 1)
            .arg(double(messages) / seconds, 0, 'f', 0));
    return 0;
}
