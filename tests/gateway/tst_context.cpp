// Issue [11]: a bounded context through a real blufiod (a subprocess) against the fake LLM (in this
// process, which records every request). With agent.context_tokens = 1000, a 40-message conversation:
// every call within the bound, a summary made, stored (GET /v1/sessions/{id}, the database) and sent
// from then on, its tokens and cost in the ledger; a failing summary call falls back to trimming and
// is counted; after a restart the stored summary is still what the session's calls start with.
#include "fakellm/FakeLlmServer.h"
#include "storage/StorageTestUtil.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace blufio;
using namespace blufio::test;

namespace {
const QByteArray kToken = "test-token-0123456789abcdef";
const QByteArray kApiKey = "sk-test-fake";
constexpr qint64 kBound = 1000;
// A phrase of the agent's summary prompt (ContextBuilder::summarySystemPrompt).
const QString kSummaryMarker = QStringLiteral("summarising a conversation");
const QString kSummaryText = QStringLiteral("SUMMARY: the user sent numbered notes about the alpha project.");
// 66 bytes: 17 tokens by the estimate; the fake reports 20, so the daemon never counts a reply at
// less than the estimate this test checks the requests with.
const QString kReply = QStringLiteral("Noted, thank you. I will keep this in mind for the alpha project.");

QHash<QByteArray, QByteArray> bearer()
{
    return {{"Authorization", "Bearer " + kToken}};
}

QByteArray messageBody(const QString &content, const QString &session)
{
    QJsonObject o;
    o.insert(QStringLiteral("content"), content);
    if (!session.isEmpty())
        o.insert(QStringLiteral("session_id"), session);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// The agent's estimate, written out again: UTF-8 bytes / 4 rounded up, 4 per message and one for the
// system prompt.
qint64 estimate(const QString &text)
{
    return (qint64(text.toUtf8().size()) + 3) / 4;
}

qint64 requestTokens(const QJsonObject &body)
{
    qint64 total = estimate(FakeLlmBehaviour::systemPromptOf(body)) + 4;
    for (const QJsonValue &m : body.value(QStringLiteral("messages")).toArray())
        total += estimate(m.toObject().value(QStringLiteral("content")).toString()) + 4;
    return total;
}

bool isSummaryCall(const FakeLlmRequest &r)
{
    return FakeLlmBehaviour::systemPromptOf(r.json()).contains(kSummaryMarker);
}

// A user message of about 80 tokens, numbered so the test can tell which are sent.
QString note(int i)
{
    return QStringLiteral("note %1: ").arg(i, 3, 10, QLatin1Char('0'))
        + QString(310, QLatin1Char('a' + i % 26));
}

double metric(const QByteArray &exposition, const QString &series)
{
    const QByteArray prefix = series.toUtf8() + QByteArray(" ");
    for (const QByteArray &line : exposition.split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).toDouble();
    }
    return -1;
}

FakeLlmBehaviour behaviour(const QJsonObject &forSummaries)
{
    FakeLlmBehaviour b;
    b.reply = kReply;
    b.outputTokens = 20;
    b.systemContains = kSummaryMarker;
    b.whenSystemContains = forSummaries;
    return b;
}

FakeLlmBehaviour summariesSucceed()
{
    return behaviour({{QStringLiteral("reply"), kSummaryText}, {QStringLiteral("output_tokens"), 30}});
}
} // namespace

class TestContext : public QObject
{
    Q_OBJECT

    FakeLlmServer m_fake;
    std::unique_ptr<DaemonProcess> m_daemon;
    QString m_session;
    int m_sent = 0;

    QString dbPath() const { return QDir(m_daemon->dataDir()).filePath(QStringLiteral("blufio.db")); }

    QStringList rows(const QString &sql)
    {
        QStringList out;
        if (!sqliteExec(dbPath(), sql, &out))
            return {QStringLiteral("(query failed)")};
        return out;
    }

    // One turn; 200 or the test fails.
    void send()
    {
        const HttpReply r = http("POST", m_daemon->url() + QStringLiteral("/v1/messages"),
                                 messageBody(note(++m_sent), m_session), bearer(), 20000);
        QVERIFY2(r.status == 200, r.body.constData());
        const QString session = r.json().object().value(QStringLiteral("session_id")).toString();
        if (m_session.isEmpty())
            m_session = session;
        QCOMPARE(session, m_session);
        QCOMPARE(r.json().object().value(QStringLiteral("content")).toString(), kReply);
    }

    QByteArray scrape() { return http("GET", m_daemon->url() + QStringLiteral("/metrics")).body; }

    void checkEveryRequestWithinTheBound()
    {
        for (const FakeLlmRequest &r : m_fake.requests()) {
            const qint64 tokens = requestTokens(r.json());
            QVERIFY2(
                tokens <= kBound,
                qPrintable(
                    QStringLiteral("%1 tokens: %2").arg(tokens).arg(QString::fromUtf8(r.body.left(300)))));
            if (isSummaryCall(r))
                QVERIFY(r.json().value(QStringLiteral("max_tokens")).toInt() <= kBound / 4);
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fake.listen());
        m_fake.setExpectedApiKey(kApiKey);
        m_daemon = std::make_unique<DaemonProcess>();
        m_daemon->setExtraConfig("[providers.anthropic]\nbase_url = \"" + m_fake.anthropicBaseUrl().toUtf8()
                                 + "\"\napi_key = \"" + kApiKey
                                 + "\"\n[agent]\nmodel = \"claude-sonnet-4-5\"\ncontext_tokens = "
                                 + QByteArray::number(kBound) + "\nprices = [\"claude-sonnet-4-5=3,15\"]\n");
        QVERIFY2(m_daemon->start(), m_daemon->output().constData());
        // Both series from the start, at 0.
        const QByteArray exposition = scrape();
        QCOMPARE(metric(exposition, QStringLiteral("blufio_summaries_total{result=\"ok\"}")), 0.0);
        QCOMPARE(metric(exposition, QStringLiteral("blufio_summaries_total{result=\"failed\"}")), 0.0);
        QCOMPARE(metric(exposition, QStringLiteral("blufio_context_tokens_count")), 0.0);
    }

    void cleanupTestCase()
    {
        if (m_daemon)
            QCOMPARE(m_daemon->stop(), 0);
        m_daemon.reset();
    }

    void fortyMessagesStayWithinTheBound()
    {
        m_fake.setBehaviour(summariesSucceed());
        m_fake.clearRequests();
        for (int i = 0; i < 20; ++i) { // 20 notes and 20 replies
            send();
            if (QTest::currentTestFailed())
                return;
        }
        QCOMPARE(rows(QStringLiteral("SELECT message_count FROM sessions")),
                 QStringList {QStringLiteral("40")});
        checkEveryRequestWithinTheBound();

        const QList<FakeLlmRequest> requests = m_fake.requests();
        qsizetype firstSummary = -1;
        int summaries = 0;
        for (qsizetype i = 0; i < requests.size(); ++i) {
            if (!isSummaryCall(requests.at(i)))
                continue;
            ++summaries;
            if (firstSummary < 0)
                firstSummary = i;
        }
        QVERIFY2(summaries >= 2, qPrintable(QString::number(summaries)));
        QCOMPARE(requests.size(), 20 + summaries);
        // From the first summary on, every turn's call starts with one; the first note is long gone.
        for (qsizetype i = firstSummary + 1; i < requests.size(); ++i) {
            if (isSummaryCall(requests.at(i))) // folds in the previous summary
                QVERIFY(requests.at(i)
                            .json()
                            .value(QStringLiteral("messages"))
                            .toArray()
                            .first()
                            .toObject()
                            .value(QStringLiteral("content"))
                            .toString()
                            .contains(kSummaryText));
            else
                QVERIFY(FakeLlmBehaviour::systemPromptOf(requests.at(i).json()).endsWith(kSummaryText));
            QVERIFY(!requests.at(i).body.contains(note(1).toUtf8()));
        }
        // The last call ends with the last note.
        const QJsonArray last = requests.last().json().value(QStringLiteral("messages")).toArray();
        QCOMPARE(last.last().toObject().value(QStringLiteral("content")).toString(), note(20));

        // Stored: one row, visible in the API with what it covers.
        const QStringList stored
            = rows(QStringLiteral("SELECT text || '|' || covers_through_seq || '|' || tokens "
                                  "FROM session_summaries"));
        QCOMPARE(stored.size(), 1);
        const QStringList parts = stored.first().split(u'|');
        QCOMPARE(parts.at(0), kSummaryText);
        QCOMPARE(parts.at(2), QStringLiteral("30"));
        const qint64 covers = parts.at(1).toLongLong();
        QVERIFY(covers > 0 && covers < 40);
        const HttpReply detail
            = http("GET", m_daemon->url() + QStringLiteral("/v1/sessions/") + m_session, {}, bearer());
        QCOMPARE(detail.status, 200);
        const QJsonObject summary = detail.json().object().value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("text")).toString(), kSummaryText);
        QCOMPARE(summary.value(QStringLiteral("covers_through_seq")).toInteger(), covers);
        QCOMPARE(detail.json().object().value(QStringLiteral("messages")).toArray().size(),
                 40); // all still there

        // Each summary paid for: a ledger row of its own (no message), with its tokens and cost, in
        // the totals the budgets read.
        QCOMPARE(rows(QStringLiteral("SELECT COUNT(*) FROM cost_ledger WHERE message_id IS NULL AND "
                                     "output_tokens = 30 AND cost_usd > 0 AND session_id IS NOT NULL")),
                 QStringList {QString::number(summaries)});
        QCOMPARE(rows(QStringLiteral("SELECT COUNT(*) FROM cost_ledger")),
                 QStringList {QString::number(20 + summaries)});
        QCOMPARE(rows(QStringLiteral("SELECT SUM(calls) FROM cost_totals WHERE granularity = 'day'")),
                 QStringList {QString::number(20 + summaries)});
        const QByteArray exposition = scrape();
        QCOMPARE(metric(exposition, QStringLiteral("blufio_summaries_total{result=\"ok\"}")),
                 double(summaries));
        QCOMPARE(metric(exposition, QStringLiteral("blufio_summaries_total{result=\"failed\"}")), 0.0);
        QCOMPARE(metric(exposition, QStringLiteral("blufio_context_tokens_count")), double(requests.size()));
        QVERIFY(metric(exposition, QStringLiteral("blufio_context_tokens_sum"))
                <= double(kBound * requests.size()));
        // The summaries' output tokens are counted with the replies'.
        QCOMPARE(metric(exposition,
                        QStringLiteral("blufio_tokens_total{model=\"claude-sonnet-4-5\",type=\"output\"}")),
                 double(20 * 20 + 30 * summaries));
    }

    void aFailingSummaryFallsBackToTrimming()
    {
        QVERIFY(!m_session.isEmpty());
        m_fake.setBehaviour(behaviour({{QStringLiteral("mode"), QStringLiteral("500")}}));
        m_fake.clearRequests();
        // Turns until the next summary is due (about half a window of conversation).
        for (int i = 0; i < 10; ++i) {
            send();
            if (QTest::currentTestFailed())
                return;
            if (metric(scrape(), QStringLiteral("blufio_summaries_total{result=\"failed\"}")) >= 1)
                break;
        }
        QCOMPARE(metric(scrape(), QStringLiteral("blufio_summaries_total{result=\"failed\"}")), 1.0);
        const QList<FakeLlmRequest> requests = m_fake.requests();
        QVERIFY(requests.size() >= 2);
        QVERIFY(isSummaryCall(requests.at(requests.size() - 2))); // refused by the fake with a 500 ...
        const FakeLlmRequest &turn = requests.last(); // ... and the turn was answered all the same,
        QVERIFY(!isSummaryCall(turn));
        // trimmed to the bound, the old summary still first.
        QVERIFY(FakeLlmBehaviour::systemPromptOf(turn.json()).endsWith(kSummaryText));
        checkEveryRequestWithinTheBound();
        QVERIFY(m_daemon->output().contains("the summary call failed"));
        // No cost for a refused call, and the stored summary is unchanged.
        QCOMPARE(
            rows(
                QStringLiteral("SELECT COUNT(*) FROM session_summaries WHERE text = '%1'").arg(kSummaryText)),
            QStringList {QStringLiteral("1")});
    }

    void aRestartKeepsUsingTheStoredSummary()
    {
        QVERIFY(!m_session.isEmpty());
        QCOMPARE(m_daemon->stop(), 0);
        m_fake.setBehaviour(summariesSucceed());
        QVERIFY2(m_daemon->start(), m_daemon->output().constData());
        m_fake.clearRequests();
        send();
        const QList<FakeLlmRequest> requests = m_fake.requests();
        QVERIFY(!requests.isEmpty());
        const FakeLlmRequest &turn = requests.last();
        QVERIFY(!isSummaryCall(turn));
        QVERIFY(FakeLlmBehaviour::systemPromptOf(turn.json()).endsWith(kSummaryText));
        QVERIFY(!turn.body.contains(note(1).toUtf8()));
        checkEveryRequestWithinTheBound();
    }

    void aMessageNoCallCouldCarryIsRefused()
    {
        const qint64 before = rows(QStringLiteral("SELECT COUNT(*) FROM messages")).value(0).toLongLong();
        m_fake.clearRequests();
        const HttpReply r = http("POST", m_daemon->url() + QStringLiteral("/v1/messages"),
                                 messageBody(QString(5000, u'x'), m_session), bearer());
        QCOMPARE(r.status, 413);
        const QJsonObject error = r.json().object().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("context_too_large"));
        QCOMPARE(rows(QStringLiteral("SELECT COUNT(*) FROM messages")).value(0).toLongLong(), before);
        QCOMPARE(m_fake.requests().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestContext)
#include "tst_context.moc"
