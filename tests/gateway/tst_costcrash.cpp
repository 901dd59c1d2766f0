// Budget totals across kill -9 ([8]): a real blufiod against the fake LLM (in this process), killed
// while a reply is in flight, after it arrived but before it was stored, and after it was
// acknowledged; after each restart the running totals equal the ledger, every reply has exactly one
// ledger row and every answered queue item one reply.
#include "fakellm/FakeLlmServer.h"
#include "storage/StorageTestUtil.h"
#include "support/TestSupport.h"

#include "common/storage/Storage.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

#include <sqlite3.h>

#include <signal.h>

using namespace blufio;
using namespace blufio::test;

namespace {
const QByteArray kToken = "test-token-0123456789abcdef";
const QByteArray kApiKey = "sk-test-fake";

QHash<QByteArray, QByteArray> bearer()
{
    return {{"Authorization", "Bearer " + kToken}};
}

QByteArray messageBody(const QString &content)
{
    QJsonObject o;
    o.insert(QStringLiteral("content"), content);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// One number from the database (the first column of the first row).
double number(const QString &db, const QString &sql)
{
    QStringList rows;
    if (!sqliteExec(db, sql, &rows) || rows.isEmpty())
        return -1;
    return rows.first().toDouble();
}
} // namespace

class TestCostCrash : public QObject
{
    Q_OBJECT

    FakeLlmServer m_fake;
    std::unique_ptr<DaemonProcess> m_daemon;
    std::unique_ptr<QTcpSocket> m_client;
    int m_acknowledged = 0; // replies the daemon answered 200 to

    QString dbPath() const { return QDir(m_daemon->dataDir()).filePath(QStringLiteral("blufio.db")); }

    void startDaemon()
    {
        QVERIFY2(m_daemon->start(), m_daemon->output().constData());
        // Whatever a crash left unanswered is answered again before the next step.
        QTRY_COMPARE_WITH_TIMEOUT(
            number(dbPath(),
                   QStringLiteral("SELECT COUNT(*) FROM queue WHERE state IN ('pending', 'in_progress')")),
            0.0, 15000);
    }

    void kill()
    {
        ::kill(pid_t(m_daemon->pid()), SIGKILL);
        QVERIFY(m_daemon->waitForExit(5000));
        m_client.reset();
    }

    // A POST /v1/messages whose answer the test does not wait for.
    void sendWithoutWaiting(const QString &content)
    {
        m_client = std::make_unique<QTcpSocket>();
        m_client->connectToHost(QHostAddress::LocalHost, m_daemon->port());
        QVERIFY(m_client->waitForConnected(3000));
        const QByteArray body = messageBody(content);
        m_client->write("POST /v1/messages HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer " + kToken
                        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QVERIFY(m_client->waitForBytesWritten(3000));
    }

    // What must hold whatever moment the daemon died at; empty when it does.
    QString inconsistency()
    {
        const QString db = dbPath();
        if (integrityCheck(db) != u"ok")
            return QStringLiteral("integrity_check: ") + integrityCheck(db);
        const double replies
            = number(db, QStringLiteral("SELECT COUNT(*) FROM messages WHERE role = 'assistant'"));
        const double ledgerRows = number(db, QStringLiteral("SELECT COUNT(*) FROM cost_ledger"));
        const double answered
            = number(db, QStringLiteral("SELECT COUNT(*) FROM queue WHERE state = 'answered'"));
        // A reply without its cost, or a cost counted twice.
        const double unpaired
            = number(db,
                     QStringLiteral("SELECT COUNT(*) FROM messages m WHERE role = 'assistant' AND "
                                    "(SELECT COUNT(*) FROM cost_ledger c WHERE c.message_id = m.id) != 1"));
        const double orphans
            = number(db,
                     QStringLiteral("SELECT COUNT(*) FROM cost_ledger c LEFT JOIN messages m ON "
                                    "m.id = c.message_id WHERE m.id IS NULL OR m.role != 'assistant'"));
        if (unpaired != 0 || orphans != 0 || ledgerRows != replies || answered != replies)
            return QStringLiteral(
                       "%1 replies, %2 ledger rows, %3 answered queue items, %4 replies without exactly one "
                       "ledger row, %5 ledger rows without a reply")
                .arg(replies)
                .arg(ledgerRows)
                .arg(answered)
                .arg(unpaired)
                .arg(orphans);
        if (replies < m_acknowledged)
            return QStringLiteral("%1 replies acknowledged, %2 stored").arg(m_acknowledged).arg(replies);
        // The running totals of migration 2 against the ledger they summarise, per granularity.
        for (const char *granularity : {"day", "month"}) {
            const QString totals = QStringLiteral("FROM cost_totals WHERE granularity = '%1'")
                                       .arg(QLatin1StringView(granularity));
            const double calls = number(db, QStringLiteral("SELECT TOTAL(calls) ") + totals);
            const double input = number(db, QStringLiteral("SELECT TOTAL(input_tokens) ") + totals);
            const double output = number(db, QStringLiteral("SELECT TOTAL(output_tokens) ") + totals);
            const double cost = number(db, QStringLiteral("SELECT TOTAL(cost_usd) ") + totals);
            const double ledgerInput
                = number(db, QStringLiteral("SELECT TOTAL(input_tokens) FROM cost_ledger"));
            const double ledgerOutput
                = number(db, QStringLiteral("SELECT TOTAL(output_tokens) FROM cost_ledger"));
            const double ledgerCost = number(db, QStringLiteral("SELECT TOTAL(cost_usd) FROM cost_ledger"));
            // Sums of the same doubles in another order may differ in the last bits; counts may not.
            if (calls != ledgerRows || input != ledgerInput || output != ledgerOutput
                || qAbs(cost - ledgerCost) > 1e-9 * qMax(1.0, ledgerCost))
                return QStringLiteral(
                           "%1 totals: %2 calls, %3/%4 tokens, $%5; ledger: %6 rows, %7/%8 tokens, $%9")
                    .arg(QLatin1StringView(granularity))
                    .arg(calls)
                    .arg(input)
                    .arg(output)
                    .arg(cost, 0, 'g', 17)
                    .arg(ledgerRows)
                    .arg(ledgerInput)
                    .arg(ledgerOutput)
                    .arg(ledgerCost, 0, 'g', 17);
        }
        // And what the daemon reports: today's spend on /v1/health is the ledger's since midnight UTC.
        const HttpReply health = http("GET", m_daemon->url() + QStringLiteral("/v1/health"), {}, bearer());
        const double spent = health.json()
                                 .object()
                                 .value(QStringLiteral("budget"))
                                 .toObject()
                                 .value(QStringLiteral("daily"))
                                 .toObject()
                                 .value(QStringLiteral("spent_usd"))
                                 .toDouble(-1);
        const double today
            = number(db,
                     QStringLiteral("SELECT TOTAL(cost_usd) FROM cost_ledger WHERE created_at >= %1")
                         .arg(Storage::startOfUtcDay(Storage::nowMs())));
        if (qAbs(spent - today) > 1e-9 * qMax(1.0, today))
            return QStringLiteral("/v1/health says $%1 spent today, the ledger $%2: %3")
                .arg(spent, 0, 'g', 17)
                .arg(today, 0, 'g', 17)
                .arg(QString::fromUtf8(health.body));
        return {};
    }

    double repliesStored()
    {
        return number(dbPath(), QStringLiteral("SELECT COUNT(*) FROM messages WHERE role = 'assistant'"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fake.listen());
        m_fake.setExpectedApiKey(kApiKey);
        m_daemon = std::make_unique<DaemonProcess>();
        m_daemon->setExtraConfig(
            "[providers.anthropic]\nbase_url = \"" + m_fake.anthropicBaseUrl().toUtf8() + "\"\napi_key = \""
            + kApiKey
            + "\"\n[agent]\nmodel = \"claude-sonnet-4-5\"\n"
              "prices = [\"claude-sonnet-4-5=3.7,15.3\"]\n[cost]\ndaily_budget_usd = 1000.0\n");
        startDaemon();
        for (int i = 0; i < 3; ++i) {
            const HttpReply r = http("POST", m_daemon->url() + QStringLiteral("/v1/messages"),
                                     messageBody(QStringLiteral("warm up %1").arg(i)), bearer());
            QCOMPARE(r.status, 200);
            QVERIFY(r.json().object().value(QStringLiteral("cost_usd")).toDouble() > 0);
            ++m_acknowledged;
        }
        QVERIFY2(inconsistency().isEmpty(), qPrintable(inconsistency()));
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_daemon.reset();
    }

    void init() { m_fake.setBehaviour(FakeLlmBehaviour {}); }

    void killedWhileTheCallIsPending()
    {
        FakeLlmBehaviour hold;
        hold.holdAfterDeltas = 1;
        m_fake.setBehaviour(hold);
        const int held = m_fake.heldStreams();
        const double before = repliesStored();
        sendWithoutWaiting(QStringLiteral("in flight when the daemon dies"));
        QTRY_COMPARE_WITH_TIMEOUT(m_fake.heldStreams(), held + 1, 10000);
        kill();
        QCOMPARE(repliesStored(), before);
        m_fake.release();
        m_fake.setBehaviour(FakeLlmBehaviour {});
        startDaemon(); // the message is answered again, once
        QCOMPARE(repliesStored(), before + 1);
        QVERIFY2(inconsistency().isEmpty(), qPrintable(inconsistency()));
    }

    void killedAfterTheReplyArrivedBeforeItWasStored()
    {
        FakeLlmBehaviour hold;
        hold.holdAfterDeltas = 1;
        m_fake.setBehaviour(hold);
        const int held = m_fake.heldStreams();
        const double before = repliesStored();
        sendWithoutWaiting(QStringLiteral("received, then the daemon dies"));
        QTRY_COMPARE_WITH_TIMEOUT(m_fake.heldStreams(), held + 1, 10000);
        // Another process holds the database's write lock: the daemon gets the whole reply (and its
        // usage) but waits in busy_timeout to store it. Killed there, it stored nothing of it.
        sqlite3 *lock = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(dbPath()).constData(), &lock), SQLITE_OK);
        auto closeLock = qScopeGuard([&] { sqlite3_close(lock); });
        QCOMPARE(sqlite3_exec(lock, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
        QSignalSpy completed(&m_fake, &FakeLlmServer::responseCompleted);
        m_fake.release();
        QVERIFY(completed.wait(10000));
        kill();
        QCOMPARE(sqlite3_exec(lock, "ROLLBACK", nullptr, nullptr, nullptr), SQLITE_OK);
        QCOMPARE(repliesStored(), before);
        QCOMPARE(number(dbPath(), QStringLiteral("SELECT COUNT(*) FROM queue WHERE state = 'in_progress'")),
                 1.0);
        m_fake.setBehaviour(FakeLlmBehaviour {});
        startDaemon();
        QCOMPARE(repliesStored(), before + 1);
        QVERIFY2(inconsistency().isEmpty(), qPrintable(inconsistency()));
    }

    void killedRightAfterTheReply()
    {
        // Acknowledged means on disk: the reply the client got is there after the crash, with its cost.
        const HttpReply r = http("POST", m_daemon->url() + QStringLiteral("/v1/messages"),
                                 messageBody(QStringLiteral("acknowledged, then the daemon dies")), bearer());
        kill();
        QCOMPARE(r.status, 200);
        ++m_acknowledged;
        const QString id = r.json().object().value(QStringLiteral("id")).toString();
        QCOMPARE(number(dbPath(),
                        QStringLiteral("SELECT COUNT(*) FROM cost_ledger WHERE message_id = %1")
                            .arg(id.toLongLong())),
                 1.0);
        QCOMPARE(number(dbPath(),
                        QStringLiteral("SELECT cost_usd FROM cost_ledger WHERE message_id = %1")
                            .arg(id.toLongLong())),
                 r.json().object().value(QStringLiteral("cost_usd")).toDouble());
        startDaemon();
        QVERIFY2(inconsistency().isEmpty(), qPrintable(inconsistency()));
    }

    void killedAsTheReplyLands()
    {
        // The kill races the store: each round the daemon may or may not have committed the reply, and
        // either way the books balance.
        for (int round = 0; round < 5; ++round) {
            QSignalSpy completed(&m_fake, &FakeLlmServer::responseCompleted);
            sendWithoutWaiting(QStringLiteral("round %1").arg(round));
            QVERIFY(completed.wait(10000));
            kill();
            startDaemon();
            QVERIFY2(inconsistency().isEmpty(),
                     qPrintable(QStringLiteral("round %1: ").arg(round) + inconsistency()));
        }
    }
};

QTEST_GUILESS_MAIN(TestCostCrash)
#include "tst_costcrash.moc"
