#include "common/cost/PriceTable.h"

#include <QTest>

using blufio::ErrorCode;
using blufio::ModelPrice;
using blufio::PriceTable;
using blufio::ProviderUsage;
using blufio::Result;

class TestPriceTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cost_data();
    void cost();
    void familyPrefixesMatchOnlyAtBoundaries();
    void unknownModelsCostNothingAndAreFlagged();
    void overridesWin();

    void overridesFromConfig()
    {
        PriceTable table;
        QVERIFY(table
                    .applyOverrides({QStringLiteral("my-local-model=1,2"),
                                     QStringLiteral("claude-sonnet-4-5=4,20,0.4,5")})
                    .ok());
        ProviderUsage usage;
        usage.inputTokens = 1'000'000;
        usage.outputTokens = 1'000'000;
        usage.cacheReadTokens = 1'000'000;
        QCOMPARE(table.cost(QStringLiteral("my-local-model"), usage), 1.0 + 2.0 + 0.1);
        QCOMPARE(table.cost(QStringLiteral("claude-sonnet-4-5-20250929"), usage), 4.0 + 20.0 + 0.4);
        for (const char *bad : {"no-equals", "=1,2", "m=1", "m=1,2,3", "m=a,b", "m=-1,2"}) {
            const Result<void> applied = PriceTable().applyOverrides({QString::fromLatin1(bad)});
            QVERIFY2(!applied && applied.code() == ErrorCode::Config, bad);
            const QString error = applied.errorMessage();
            QVERIFY2(error.contains(QStringLiteral("agent.prices"))
                         && error.contains(QString::fromLatin1(bad)),
                     bad);
        }
    }
};

void TestPriceTable::cost_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<qint64>("input");
    QTest::addColumn<qint64>("output");
    QTest::addColumn<qint64>("cacheRead");
    QTest::addColumn<qint64>("cacheWrite");
    QTest::addColumn<double>("usd");

    // 1M input + 1M output on Sonnet 4.5 at 3/15.
    QTest::newRow("sonnet 4.5 dated") << QStringLiteral("claude-sonnet-4-5-20250929") << qint64(1000000)
                                      << qint64(1000000) << qint64(0) << qint64(0) << 18.0;
    QTest::newRow("sonnet 4 alias") << QStringLiteral("claude-sonnet-4-0") << qint64(2000) << qint64(500)
                                    << qint64(0) << qint64(0) << (2000 * 3.0 + 500 * 15.0) / 1e6;
    // Opus 4 / 4.1 at 15/75, cache write 18.75, cache read 1.50.
    QTest::newRow("opus 4.1 with cache")
        << QStringLiteral("claude-opus-4-1-20250805") << qint64(1000) << qint64(1000) << qint64(10000)
        << qint64(2000) << (1000 * 15.0 + 1000 * 75.0 + 10000 * 1.5 + 2000 * 18.75) / 1e6;
    QTest::newRow("opus 4") << QStringLiteral("claude-opus-4-20250514") << qint64(1000000) << qint64(0)
                            << qint64(0) << qint64(0) << 15.0;
    // Haiku 4.5 at 1/5: cache write 1.25x input, cache read 0.1x input.
    QTest::newRow("haiku 4.5") << QStringLiteral("claude-haiku-4-5") << qint64(100000) << qint64(20000)
                               << qint64(1000000) << qint64(1000000) << (0.1 + 0.1 + 0.1 + 1.25);
    QTest::newRow("vertex id") << QStringLiteral("claude-sonnet-4-5@20250929") << qint64(1000000) << qint64(0)
                               << qint64(0) << qint64(0) << 3.0;
    QTest::newRow("bedrock id") << QStringLiteral("us.anthropic.claude-haiku-4-5-20251001-v1:0") << qint64(0)
                                << qint64(1000000) << qint64(0) << qint64(0) << 5.0;
    QTest::newRow("gpt-4o-mini dated")
        << QStringLiteral("gpt-4o-mini-2024-07-18") << qint64(1000000) << qint64(1000000) << qint64(1000000)
        << qint64(0) << (0.15 + 0.6 + 0.075);
    QTest::newRow("zero usage") << QStringLiteral("claude-sonnet-4-5") << qint64(0) << qint64(0) << qint64(0)
                                << qint64(0) << 0.0;
}

void TestPriceTable::cost()
{
    QFETCH(QString, model);
    QFETCH(qint64, input);
    QFETCH(qint64, output);
    QFETCH(qint64, cacheRead);
    QFETCH(qint64, cacheWrite);
    QFETCH(double, usd);

    PriceTable table;
    ProviderUsage usage;
    usage.inputTokens = input;
    usage.outputTokens = output;
    usage.cacheReadTokens = cacheRead;
    usage.cacheWriteTokens = cacheWrite;
    QVERIFY(table.isKnown(model));
    QVERIFY2(qAbs(table.cost(model, usage) - usd) < 1e-9,
             qPrintable(QStringLiteral("%1 != %2").arg(table.cost(model, usage)).arg(usd)));
    QVERIFY(table.unknownModels().isEmpty());
}

void TestPriceTable::familyPrefixesMatchOnlyAtBoundaries()
{
    PriceTable table;
    // The longest family wins: Opus 4.5 is not priced like Opus 4.
    QCOMPARE(table.breakdown(QStringLiteral("claude-opus-4-5-20251101"), {}).matchedModel,
             QStringLiteral("claude-opus-4-5"));
    QCOMPARE(table.price(QStringLiteral("claude-opus-4-5-20251101"))->input, 5.0);
    QCOMPARE(table.price(QStringLiteral("claude-opus-4-1"))->input, 15.0);
    // "gpt-4o" must not price "gpt-4omega", nor "gpt-5" price "gpt-50".
    QVERIFY(!table.isKnown(QStringLiteral("gpt-4omega")));
    QVERIFY(!table.isKnown(QStringLiteral("gpt-50")));
    QCOMPARE(table.price(QStringLiteral("GPT-4o-2024-08-06"))->output, 10.0);
}

void TestPriceTable::unknownModelsCostNothingAndAreFlagged()
{
    PriceTable table;
    ProviderUsage usage;
    usage.inputTokens = 1000;
    usage.outputTokens = 1000;
    const auto breakdown = table.breakdown(QStringLiteral("llama-3.1-8b-instruct"), usage);
    QVERIFY(!breakdown.known);
    QCOMPARE(breakdown.usd, 0.0);
    QCOMPARE(table.cost(QStringLiteral("llama-3.1-8b-instruct"), usage), 0.0);
    QCOMPARE(table.unknownModels(), QStringList {QStringLiteral("llama-3.1-8b-instruct")});
}

void TestPriceTable::overridesWin()
{
    PriceTable table;
    ProviderUsage usage;
    usage.inputTokens = 1000000;
    table.setOverride(QStringLiteral("claude-sonnet-4-5"), ModelPrice {6, 22.5, 0.6, 7.5});
    QCOMPARE(table.cost(QStringLiteral("claude-sonnet-4-5-20250929"), usage), 6.0);
    // An override of one family leaves its neighbours alone.
    QCOMPARE(table.cost(QStringLiteral("claude-sonnet-4-20250514"), usage), 3.0);
    table.setOverride(QStringLiteral("llama-3.1-8b-instruct"), ModelPrice {0.1, 0.1, 0, 0});
    QCOMPARE(table.cost(QStringLiteral("llama-3.1-8b-instruct"), usage), 0.1);
    table.clearOverrides();
    QCOMPARE(table.cost(QStringLiteral("claude-sonnet-4-5-20250929"), usage), 3.0);
}

QTEST_GUILESS_MAIN(TestPriceTable)
#include "tst_pricetable.moc"
