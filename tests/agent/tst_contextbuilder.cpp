// Issue [11]: the bounded context without a provider: the estimate, the bound, the summary first,
// summary planning within the bound, the oversize refusal, the window table and the cache.
#include "common/cost/ContextWindowTable.h"
#include "daemon/agent/ContextBuilder.h"
#include "daemon/agent/ContextCache.h"

#include <QTest>

using namespace blufio;

namespace {

ContextMessage message(qint64 seq, const QString &content, qint64 reported = 0)
{
    return {seq, seq % 2 ? MessageRole::User : MessageRole::Assistant, content, reported};
}

// n messages of seq 1..n, each `bytes` ASCII bytes; fed newest first like storage does.
QList<ContextMessage> conversation(int n, int bytes)
{
    QList<ContextMessage> list;
    for (int seq = n; seq >= 1; --seq)
        list.append(message(seq, QString(bytes, QLatin1Char('a' + seq % 26))));
    return list;
}

// Feeds until the builder says stop; returns how many it took.
int feed(ContextBuilder &builder, const QList<ContextMessage> &newestFirst)
{
    int fed = 0;
    for (const ContextMessage &m : newestFirst) {
        ++fed;
        if (!builder.add(m))
            break;
    }
    return fed;
}

// What a request costs by the text alone, as a test outside the agent would count it.
qint64 textTokens(const AssembledContext &c)
{
    qint64 total = ContextBuilder::estimateText(c.systemPrompt) + ContextBuilder::MessageOverhead;
    for (const ContextMessage &m : c.messages)
        total += ContextBuilder::estimateText(m.content) + ContextBuilder::MessageOverhead;
    return total;
}

const QString kSystem = QStringLiteral("You are a test."); // 15 bytes: 4 tokens

} // namespace

class TestContextBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void estimate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("tokens");
        QTest::newRow("empty") << QString() << qint64(0);
        QTest::newRow("one byte rounds up") << QStringLiteral("a") << qint64(1);
        QTest::newRow("four bytes") << QStringLiteral("abcd") << qint64(1);
        QTest::newRow("five bytes") << QStringLiteral("abcde") << qint64(2);
        QTest::newRow("two-byte chars") << QStringLiteral("\u00e9\u00e9") << qint64(1); // 4 bytes
        QTest::newRow("three-byte chars") << QStringLiteral("\u65e5\u672c\u8a9e") << qint64(3); // 9 bytes
        QTest::newRow("surrogate pair") << QStringLiteral("\U0001F600") << qint64(1); // 4 bytes
    }
    void estimate()
    {
        QFETCH(QString, text);
        QFETCH(qint64, tokens);
        QCOMPARE(ContextBuilder::estimateText(text), tokens);
        QCOMPARE(ContextBuilder::estimateText(text), (qint64(text.toUtf8().size()) + 3) / 4);
    }

    void reportedTokensWinOverTheEstimate()
    {
        QCOMPARE(ContextBuilder::messageTokens(message(2, QString(400, u'x'))),
                 100 + ContextBuilder::MessageOverhead);
        QCOMPARE(ContextBuilder::messageTokens(message(2, QString(400, u'x'), 7)),
                 7 + ContextBuilder::MessageOverhead);
    }

    void everythingFitsWithoutSummary()
    {
        ContextBuilder builder({1000, 250}, kSystem, std::nullopt);
        const QList<ContextMessage> all = conversation(6, 40);
        QCOMPARE(feed(builder, all), 6); // read to the start: nothing older exists
        const AssembledContext c = builder.trimmed();
        QCOMPARE(c.messages.size(), 6);
        QCOMPARE(c.messages.first().seq, 1);
        QCOMPARE(c.messages.last().seq, 6); // oldest first, the turn's own last
        QCOMPARE(c.systemPrompt, kSystem);
        QVERIFY(!c.summarySent);
        QCOMPARE(c.tokens, 4 + 4 + 6 * (10 + 4));
        QVERIFY(!builder.summaryRequest());
    }

    void theBoundHoldsAndReadingStops_data()
    {
        QTest::addColumn<int>("bound");
        QTest::addColumn<int>("bytes");
        QTest::newRow("1000, short messages") << 1000 << 40;
        QTest::newRow("1000, long messages") << 1000 << 900;
        QTest::newRow("2000, mixed") << 2000 << 333;
        QTest::newRow("32000") << 32000 << 1200;
    }
    void theBoundHoldsAndReadingStops()
    {
        QFETCH(int, bound);
        QFETCH(int, bytes);
        ContextBuilder builder({bound, ContextBuilder::summaryMaxTokensFor(bound, 1024)}, kSystem,
                               std::nullopt);
        const QList<ContextMessage> all = conversation(2000, bytes);
        const int fed = feed(builder, all);
        // Constant cost: what is read depends on the bound, not on the 2000 messages.
        QVERIFY2(qint64(fed) * (bytes / 4) <= 3 * bound, qPrintable(QString::number(fed)));
        const AssembledContext c = builder.trimmed();
        QVERIFY(c.tokens <= bound);
        QCOMPARE(textTokens(c), c.tokens);
        QCOMPARE(c.messages.last().seq, 2000);
        // The newest that fit: one more would not have.
        const qint64 next = ContextBuilder::messageTokens(all.at(c.messages.size()));
        QVERIFY(c.tokens + next > bound);
        const std::optional<SummaryRequest> plan = builder.summaryRequest();
        QVERIFY(plan);
        QVERIFY(plan->tokens <= bound);
        QCOMPARE(ContextBuilder::callTokens(plan->systemPrompt,
                                            ContextBuilder::estimateText(plan->content)
                                                + ContextBuilder::MessageOverhead),
                 plan->tokens);
        QVERIFY(plan->maxTokens <= bound / 4);
        QVERIFY(plan->coversThroughSeq < c.messages.last().seq);
        QVERIFY(plan->messages >= 1);
    }

    void summaryGoesFirstAndCoveredMessagesStayOut()
    {
        StoredSummary summary;
        summary.sessionId = QStringLiteral("s");
        summary.text = QStringLiteral("They talked about tea.");
        summary.coversThroughSeq = 10;
        summary.tokens = 6;
        ContextBuilder builder({1000, 250}, kSystem, summary);
        QCOMPARE(feed(builder, conversation(14, 40)), 5); // 14..11, then 10 is covered: stop
        const AssembledContext c = builder.trimmed();
        QVERIFY(c.summarySent);
        QVERIFY(c.systemPrompt.startsWith(kSystem));
        QVERIFY(c.systemPrompt.endsWith(summary.text));
        QCOMPARE(c.messages.size(), 4);
        QCOMPARE(c.messages.first().seq, 11);
        QVERIFY(textTokens(c) <= c.tokens);
        QVERIFY(!builder.summaryRequest());
    }

    void summaryPlanKeepsRoomAndFoldsThePreviousSummary()
    {
        StoredSummary previous;
        previous.text = QStringLiteral("Earlier: the user is called Ada.");
        previous.coversThroughSeq = 4;
        const qint64 bound = 1000;
        const int summaryMax = ContextBuilder::summaryMaxTokensFor(bound, 1024);
        QCOMPARE(summaryMax, 250);
        ContextBuilder builder({bound, summaryMax}, kSystem, previous);
        feed(builder, conversation(60, 200)); // 50 tokens + 4 each
        const std::optional<SummaryRequest> plan = builder.summaryRequest();
        QVERIFY(plan);
        QVERIFY(plan->content.contains(previous.text));
        QVERIFY(plan->systemPrompt.contains(QStringLiteral("summarising")));
        QCOMPARE(plan->maxTokens, summaryMax);
        // After the summary: only what fits half of what is left, so the next turns have room.
        StoredSummary fresh;
        fresh.text = QString(summaryMax * 4, u's');
        fresh.tokens = summaryMax;
        fresh.coversThroughSeq = plan->coversThroughSeq;
        const AssembledContext after = builder.withSummary(fresh);
        QVERIFY(after.summarySent);
        QCOMPARE(after.messages.first().seq, plan->coversThroughSeq + 1);
        QCOMPARE(after.messages.last().seq, 60);
        QVERIFY(after.tokens <= bound);
        QVERIFY(after.tokens <= bound - (bound - summaryMax) / 2 + 54); // room for about half again
        const AssembledContext before = builder.trimmed();
        QVERIFY(before.messages.size() > after.messages.size());
    }

    void aDroppedPartLargerThanTheSummaryInputIsCutFromTheOldEnd()
    {
        const qint64 bound = 1000;
        ContextBuilder builder({bound, 250}, kSystem, std::nullopt);
        feed(builder, conversation(400, 120));
        const std::optional<SummaryRequest> plan = builder.summaryRequest();
        QVERIFY(plan);
        QVERIFY(plan->tokens <= bound);
        // Newest dropped messages first: the transcript ends right before what is kept.
        QVERIFY(plan->messages < 400);
        QVERIFY(plan->content.endsWith(QString(120, QLatin1Char('a' + plan->coversThroughSeq % 26))));
    }

    void aHugeDroppedMessageMeansTrimmingOnly()
    {
        ContextBuilder builder({1000, 250}, kSystem, std::nullopt);
        QList<ContextMessage> all = {message(3, QString(400, u'q')), message(2, QString(3800, u'r')),
                                     message(1, QStringLiteral("hi"))};
        QCOMPARE(feed(builder, all), 2); // the huge one fills the summary input at once: stop
        QVERIFY(!builder.summaryRequest());
        QCOMPARE(builder.trimmed().messages.size(), 1);
    }

    void oversize()
    {
        const QString big(4000, u'x');
        QVERIFY(!ContextBuilder::fitsAlone(kSystem, big, 1000));
        QVERIFY(ContextBuilder::fitsAlone(kSystem, QString(3952, u'x'), 1000)); // 4 + 4 + 988 + 4
        QVERIFY(!ContextBuilder::fitsAlone(kSystem, QString(3953, u'x'), 1000));
        ContextBuilder builder({1000, 250}, kSystem, std::nullopt);
        builder.add(message(1, big));
        QVERIFY(builder.trimmed().oversize);
        // A summary that leaves no room for the message is left out of the call, not the message.
        StoredSummary summary;
        summary.text = QString(1200, u's');
        summary.coversThroughSeq = 1;
        ContextBuilder withSummary({1000, 250}, kSystem, summary);
        withSummary.add(message(2, QString(3000, u'm')));
        const AssembledContext c = withSummary.trimmed();
        QVERIFY(!c.oversize);
        QVERIFY(!c.summarySent);
        QCOMPARE(c.messages.size(), 1);
        QVERIFY(c.tokens <= 1000);
    }

    void statelessMessagesHaveNoSeq()
    {
        // A route that carries its own history: messages without seq are never "covered".
        ContextBuilder builder({1000, 250}, kSystem, std::nullopt);
        for (int i = 0; i < 50; ++i) {
            if (!builder.add(message(0, QString(200, u'z'))))
                break;
        }
        const AssembledContext c = builder.trimmed();
        QVERIFY(c.tokens <= 1000);
        QVERIFY(c.messages.size() >= 10);
        QVERIFY(!builder.summaryRequest()); // nothing to store a summary against
    }

    void windows()
    {
        ContextWindowTable table;
        QCOMPARE(table.window(QStringLiteral("claude-sonnet-4-5-20250929")), std::optional<qint64>(200000));
        QCOMPARE(table.window(QStringLiteral("gpt-4o-mini")), std::optional<qint64>(128000));
        QCOMPARE(table.window(QStringLiteral("gpt-4oo")), std::nullopt);
        QCOMPARE(table.window(QStringLiteral("my-local-llama")), std::nullopt);
        // Every model with a built-in price has a built-in window.
        QCOMPARE(table.effectiveBound(QStringLiteral("claude-haiku-4-5"), 32000, 1024), 32000);
        QCOMPARE(table.effectiveBound(QStringLiteral("claude-haiku-4-5"), 2000000, 1024), 200000 - 1024);
        QCOMPARE(table.effectiveBound(QStringLiteral("my-local-llama"), 2000000, 1024), 2000000);
        QVERIFY(table.applyOverrides({QStringLiteral("my-local-llama=8192"), QStringLiteral("gpt-4o=64000")})
                    .ok());
        QCOMPARE(table.effectiveBound(QStringLiteral("my-local-llama"), 32000, 1024), 8192 - 1024);
        QCOMPARE(table.effectiveBound(QStringLiteral("gpt-4o-2024-08-06"), 100000, 1000), 63000);
        for (const char *bad : {"no-equals", "=100", "m=", "m=abc", "m=0", "m=-5", "m=1.5"}) {
            const Result<void> applied = ContextWindowTable().applyOverrides({QString::fromLatin1(bad)});
            QVERIFY2(!applied && applied.code() == ErrorCode::Config, bad);
            QVERIFY2(applied.errorMessage().contains(QStringLiteral("agent.context_windows"))
                         && applied.errorMessage().contains(QString::fromLatin1(bad)),
                     qPrintable(applied.errorMessage()));
        }
    }

    void cacheShedsEverythingAndStaysBounded()
    {
        ContextCache cache(3);
        for (int i = 0; i < 5; ++i) {
            ContextCache::Entry e;
            e.throughSeq = 2;
            e.newestFirst = {message(2, QString(100, u'x')), message(1, QString(100, u'y'))};
            cache.put(QString::number(i), e);
        }
        QCOMPARE(cache.size(), 3);
        QVERIFY(!cache.find(QStringLiteral("0")));
        QVERIFY(cache.find(QStringLiteral("4")));
        QVERIFY(cache.bytes() >= 3 * 400);
        const quint64 before = cache.bytes();
        QCOMPARE(cache.shed(), before);
        QCOMPARE(cache.size(), 0);
        QCOMPARE(cache.bytes(), 0u);
        QCOMPARE(QByteArray(cache.name()), QByteArray("context cache"));
    }
};

QTEST_GUILESS_MAIN(TestContextBuilder)
#include "tst_contextbuilder.moc"
