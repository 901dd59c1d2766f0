// Budget (cost.daily_budget_usd, cost.monthly_budget_usd) against a real SQLite ledger in a
// temporary directory. Rows go in through Storage's public API with the storage's clock pinned to
// when they were spent; Budget is asked with its own "now", so UTC day and month boundaries are
// exact to the millisecond.
#include "common/storage/SqliteStorage.h"
#include "daemon/agent/Budget.h"
#include "metrics/Metrics.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace blufio;

namespace {

qint64 utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0, int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC).toMSecsSinceEpoch();
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

using Spends = QList<std::pair<qint64, double>>; // when (unix ms), USD

constexpr double kNone = -1; // no budget for that period in the data tables

std::optional<double> budget(double usd)
{
    return usd < 0 ? std::nullopt : std::optional(usd);
}

} // namespace

class TestBudget : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteStorage> m_storage;
    qint64 m_clock = 0;

    void spend(qint64 at, double usd)
    {
        m_clock = at;
        const Result<void> r
            = m_storage->recordCost({}, {QStringLiteral("claude-sonnet-4-5"), 1000, 200, 0, 0, usd});
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    }

    void spendAll(const Spends &spends)
    {
        for (const auto &[at, usd] : spends) {
            spend(at, usd);
            if (QTest::currentTestFailed())
                return;
        }
    }

    qint64 statementRuns() const { return m_storage->statementStats().runs; }

    // blufio_budget_remaining_usd{period}, or -1 when the series is missing.
    static double remaining(const Metrics &metrics, const char *period)
    {
        const QByteArray text = metrics.render();
        const QByteArray series = QByteArray("blufio_budget_remaining_usd{period=\"") + period + "\"} ";
        const qsizetype at = text.indexOf(series);
        if (at < 0)
            return -1;
        return text.mid(at + series.size(), text.indexOf('\n', at) - at - series.size()).toDouble();
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_storage = std::make_unique<SqliteStorage>(m_dir->filePath(QStringLiteral("blufio.db")));
        QVERIFY(m_storage->open().ok());
        m_storage->setClock([this] { return m_clock; });
    }

    void cleanup()
    {
        m_storage.reset();
        m_dir.reset();
    }

    void check_data()
    {
        QTest::addColumn<double>("daily");
        QTest::addColumn<double>("monthly");
        QTest::addColumn<Spends>("spends");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<QString>("exhausted"); // "daily", "monthly" or empty
        QTest::addColumn<QString>("resetsAt");

        const qint64 noon = utc(2026, 12, 1, 12);
        const QString tomorrow = QStringLiteral("2026-12-02T00:00:00Z");
        const QString nextMonth = QStringLiteral("2027-01-01T00:00:00Z");

        QTest::newRow("no budget, much spent")
            << kNone << kNone << Spends {{noon, 1000.0}} << noon << QString() << QString();
        QTest::newRow("nothing spent") << 1.0 << 10.0 << Spends {} << noon << QString() << QString();
        QTest::newRow("zero budget allows nothing")
            << 0.0 << kNone << Spends {} << noon << QStringLiteral("daily") << tomorrow;
        // Daily.
        QTest::newRow("daily, under")
            << 1.0 << kNone << Spends {{utc(2026, 12, 1, 10), 0.5}, {utc(2026, 12, 1, 11), 0.25}} << noon
            << QString() << QString();
        // Budgets below a micro-dollar work (tst_gateway spends past one with a single call).
        QTest::newRow("a tenth of a micro-dollar, nothing spent")
            << 0.0000001 << kNone << Spends {} << noon << QString() << QString();
        QTest::newRow("a tenth of a micro-dollar, spent")
            << 0.0000001 << kNone << Spends {{utc(2026, 12, 1, 10), 0.0000002}} << noon
            << QStringLiteral("daily") << tomorrow;
        QTest::newRow("daily, a micro-dollar under")
            << 1.0 << kNone << Spends {{utc(2026, 12, 1, 10), 0.999999}} << noon << QString() << QString();
        QTest::newRow("daily, exactly at the limit") << 1.0 << kNone
                                                     << Spends {{utc(2026, 12, 1, 10), 0.5},
                                                                {utc(2026, 12, 1, 11), 0.25},
                                                                {utc(2026, 12, 1, 11, 30), 0.25}}
                                                     << noon << QStringLiteral("daily") << tomorrow;
        // Ten calls of $0.10 are $1.00, though their binary sum is 0.9999999999999999.
        Spends dimes;
        for (int i = 0; i < 10; ++i)
            dimes.append({utc(2026, 12, 1, 1 + i), 0.1});
        QTest::newRow("daily, ten dimes reach a dollar")
            << 1.0 << kNone << dimes << noon << QStringLiteral("daily") << tomorrow;
        QTest::newRow("daily, over") << 1.0 << kNone << Spends {{utc(2026, 12, 1, 10), 1.5}} << noon
                                     << QStringLiteral("daily") << tomorrow;
        QTest::newRow("daily, over in one call")
            << 1.0 << kNone << Spends {{utc(2026, 12, 1, 10), 0.5}, {utc(2026, 12, 1, 11), 7.0}} << noon
            << QStringLiteral("daily") << tomorrow;
        // UTC day boundaries, to the millisecond.
        QTest::newRow("yesterday's last ms does not count")
            << 1.0 << kNone << Spends {{utc(2026, 11, 30, 23, 59, 59, 999), 5.0}} << utc(2026, 12, 1)
            << QString() << QString();
        QTest::newRow("midnight is the new day") << 1.0 << kNone << Spends {{utc(2026, 12, 1), 1.0}}
                                                 << utc(2026, 12, 1) << QStringLiteral("daily") << tomorrow;
        QTest::newRow("spent at 23:59:59.999, checked then")
            << 1.0 << kNone << Spends {{utc(2026, 12, 1, 23, 59, 59, 999), 1.0}}
            << utc(2026, 12, 1, 23, 59, 59, 999) << QStringLiteral("daily") << tomorrow;
        QTest::newRow("spent at 23:59:59.999, checked a ms later")
            << 1.0 << kNone << Spends {{utc(2026, 12, 1, 23, 59, 59, 999), 1.0}} << utc(2026, 12, 2)
            << QString() << QString();
        // Monthly.
        QTest::newRow("monthly, under")
            << kNone << 10.0 << Spends {{utc(2026, 12, 1, 9), 3.0}, {utc(2026, 12, 15, 9), 3.0}}
            << utc(2026, 12, 28) << QString() << QString();
        QTest::newRow("monthly, exactly at the limit")
            << kNone << 10.0
            << Spends {{utc(2026, 12, 1, 9), 4.0}, {utc(2026, 12, 15, 9), 4.0}, {utc(2026, 12, 27, 9), 2.0}}
            << utc(2026, 12, 28) << QStringLiteral("monthly") << nextMonth;
        QTest::newRow("monthly, over") << kNone << 10.0 << Spends {{utc(2026, 12, 3), 12.5}}
                                       << utc(2026, 12, 31, 23) << QStringLiteral("monthly") << nextMonth;
        QTest::newRow("last month does not count")
            << kNone << 10.0 << Spends {{utc(2026, 11, 30, 23, 59, 59, 999), 20.0}} << utc(2026, 12, 1)
            << QString() << QString();
        QTest::newRow("the year's last ms")
            << kNone << 1.0 << Spends {{utc(2026, 12, 31, 23, 59, 59, 999), 1.0}}
            << utc(2026, 12, 31, 23, 59, 59, 999) << QStringLiteral("monthly") << nextMonth;
        QTest::newRow("new year") << kNone << 1.0 << Spends {{utc(2026, 12, 31, 23, 59, 59, 999), 1.0}}
                                  << utc(2027, 1, 1) << QString() << QString();
        QTest::newRow("February of a leap year")
            << kNone << 1.0 << Spends {{utc(2028, 2, 29, 8), 1.0}} << utc(2028, 2, 29, 9)
            << QStringLiteral("monthly") << QStringLiteral("2028-03-01T00:00:00Z");
        QTest::newRow("February, not a leap year")
            << kNone << 1.0 << Spends {{utc(2027, 2, 28, 8), 1.0}} << utc(2027, 2, 28, 9)
            << QStringLiteral("monthly") << QStringLiteral("2027-03-01T00:00:00Z");
        QTest::newRow("a 30-day month")
            << kNone << 1.0 << Spends {{utc(2026, 11, 1), 1.0}} << utc(2026, 11, 30, 23)
            << QStringLiteral("monthly") << QStringLiteral("2026-12-01T00:00:00Z");
        // Both.
        QTest::newRow("both set, neither spent")
            << 1.0 << 10.0 << Spends {{utc(2026, 12, 1, 9), 0.5}} << noon << QString() << QString();
        QTest::newRow("daily spent, monthly not") << 1.0 << 10.0 << Spends {{utc(2026, 12, 1, 9), 1.0}}
                                                  << noon << QStringLiteral("daily") << tomorrow;
        QTest::newRow("monthly spent on earlier days, today nothing")
            << 1.0 << 10.0
            << Spends {{utc(2026, 12, 1, 9), 0.9}, {utc(2026, 12, 2, 9), 0.9}, {utc(2026, 12, 3, 9), 8.2}}
            << utc(2026, 12, 4, 12) << QStringLiteral("monthly") << nextMonth;
        // Both spent: calls stay refused until the month is over, so that is the reset to tell.
        QTest::newRow("both spent") << 1.0 << 1.0 << Spends {{utc(2026, 12, 1, 9), 1.0}} << noon
                                    << QStringLiteral("monthly") << nextMonth;
    }

    void check()
    {
        QFETCH(double, daily);
        QFETCH(double, monthly);
        QFETCH(Spends, spends);
        QFETCH(qint64, now);
        QFETCH(QString, exhausted);
        QFETCH(QString, resetsAt);
        spendAll(spends);
        m_clock = now + 1000; // the budget is asked with its own now, not the storage's clock

        Budget budgetUnderTest(budget(daily), budget(monthly), m_storage.get(), nullptr);
        const std::optional<AgentError> error = budgetUnderTest.check(now);
        QCOMPARE(error.has_value(), !exhausted.isEmpty());
        if (!error)
            return;
        QCOMPARE(error->httpStatus, 402);
        QCOMPARE(error->code, QByteArray("budget_exhausted"));
        QCOMPARE(error->extra.value(QStringLiteral("resets_at")).toString(), resetsAt);
        const double limit = exhausted == u"daily" ? daily : monthly;
        const QString amount = u'$' + QString::number(limit, 'f', 2);
        QVERIFY2(error->message.contains(exhausted) && error->message.contains(amount)
                     && error->message.contains(resetsAt),
                 qPrintable(error->message));
    }

    // What /v1/health and `blufio status` show: spent, budget and reset per period.
    void periods()
    {
        spendAll({{utc(2026, 11, 30, 23), 4.0},
                  {utc(2026, 12, 1, 8), 0.25},
                  {utc(2026, 12, 1, 9), 0.5},
                  {utc(2026, 12, 2, 8), 2.0}});
        const qint64 now = utc(2026, 12, 1, 12);
        Budget b(1.5, 100.0, m_storage.get(), nullptr);

        const Budget::Period day = b.daily(now);
        QCOMPARE(day.budgetUsd, std::optional(1.5));
        QCOMPARE(day.spentUsd, 0.75);
        QCOMPARE(day.resetsAtMs, utc(2026, 12, 2));
        const Budget::Period month = b.monthly(now);
        QCOMPARE(month.budgetUsd, std::optional(100.0));
        QCOMPARE(month.spentUsd, 2.75); // December's rows, including the 2nd's (after now)
        QCOMPARE(month.resetsAtMs, utc(2027, 1, 1));
        // Without a budget the figures are still there, for reports.
        const Budget unset(std::nullopt, std::nullopt, m_storage.get(), nullptr);
        QCOMPARE(unset.daily(now).budgetUsd, std::nullopt);
        QCOMPARE(unset.daily(now).spentUsd, 0.75);
        QCOMPARE(unset.monthly(utc(2026, 11, 15)).spentUsd, 4.0);
        QCOMPARE(unset.monthly(utc(2026, 11, 15)).resetsAtMs, utc(2026, 12, 1));
    }

    // A period without a budget is not read at all: check() runs per message.
    void readsOnlyWhatIsSet_data()
    {
        QTest::addColumn<double>("daily");
        QTest::addColumn<double>("monthly");
        QTest::addColumn<int>("reads");
        QTest::newRow("none") << kNone << kNone << 0;
        QTest::newRow("daily") << 5.0 << kNone << 1;
        QTest::newRow("monthly") << kNone << 5.0 << 1;
        QTest::newRow("both") << 5.0 << 50.0 << 2;
    }

    void readsOnlyWhatIsSet()
    {
        QFETCH(double, daily);
        QFETCH(double, monthly);
        QFETCH(int, reads);
        spend(utc(2026, 12, 1, 9), 1.0);
        Metrics metrics(QStringLiteral("test"));
        Budget b(budget(daily), budget(monthly), m_storage.get(), &metrics);
        const qint64 before = statementRuns();
        QVERIFY(!b.check(utc(2026, 12, 1, 12)));
        QCOMPARE(statementRuns() - before, qint64(reads));
        b.updateMetrics(utc(2026, 12, 1, 12));
        QCOMPARE(statementRuns() - before, qint64(2 * reads));
    }

    void remainingMetric_data()
    {
        QTest::addColumn<double>("daily");
        QTest::addColumn<double>("monthly");
        QTest::addColumn<Spends>("spends");
        QTest::addColumn<double>("dailyRemaining");
        QTest::addColumn<double>("monthlyRemaining");
        const qint64 today = utc(2026, 12, 10, 9);
        const qint64 earlier = utc(2026, 12, 3, 9);
        QTest::newRow("none configured reports 0") << kNone << kNone << Spends {{today, 1.0}} << 0.0 << 0.0;
        QTest::newRow("untouched") << 2.0 << 30.0 << Spends {} << 2.0 << 30.0;
        QTest::newRow("partly spent") << 2.0 << 30.0 << Spends {{earlier, 10.0}, {today, 0.5}} << 1.5 << 19.5;
        QTest::newRow("over is 0, not negative")
            << 2.0 << 30.0 << Spends {{earlier, 40.0}, {today, 3.0}} << 0.0 << 0.0;
        Spends dimes;
        for (int i = 0; i < 10; ++i)
            dimes.append({today, 0.1});
        QTest::newRow("exactly spent is 0") << 1.0 << kNone << dimes << 0.0 << 0.0;
    }

    void remainingMetric()
    {
        QFETCH(double, daily);
        QFETCH(double, monthly);
        QFETCH(Spends, spends);
        QFETCH(double, dailyRemaining);
        QFETCH(double, monthlyRemaining);
        spendAll(spends);
        Metrics metrics(QStringLiteral("test"));
        Budget b(budget(daily), budget(monthly), m_storage.get(), &metrics);
        b.updateMetrics(utc(2026, 12, 10, 12));
        // Exact: QCOMPARE would take 1e-16 for 0, and an alert on "remaining > 0" would not.
        const double day = remaining(metrics, "daily");
        const double month = remaining(metrics, "monthly");
        QVERIFY2(day == dailyRemaining, qPrintable(QString::number(day, 'g', 17)));
        QVERIFY2(month == monthlyRemaining, qPrintable(QString::number(month, 'g', 17)));
    }

    // One Budget through a day and a month: it keeps nothing between checks, the ledger decides.
    void acrossMidnightAndMonthEnd()
    {
        Budget b(1.0, 2.5, m_storage.get(), nullptr);
        const auto exhaustedAt = [&b](qint64 now) {
            const std::optional<AgentError> e = b.check(now);
            return e ? e->extra.value(QStringLiteral("resets_at")).toString() : QString();
        };
        spend(utc(2026, 12, 30, 10), 1.0);
        QCOMPARE(exhaustedAt(utc(2026, 12, 30, 10, 0, 1)), QStringLiteral("2026-12-31T00:00:00Z"));
        QCOMPARE(exhaustedAt(utc(2026, 12, 31)), QString());
        spend(utc(2026, 12, 31, 10), 0.75);
        QCOMPARE(exhaustedAt(utc(2026, 12, 31, 11)), QString());
        spend(utc(2026, 12, 31, 12), 0.75); // the month's 2.50
        QCOMPARE(exhaustedAt(utc(2026, 12, 31, 13)), QStringLiteral("2027-01-01T00:00:00Z"));
        QCOMPARE(exhaustedAt(utc(2026, 12, 31, 23, 59, 59, 999)), QStringLiteral("2027-01-01T00:00:00Z"));
        QCOMPARE(exhaustedAt(utc(2027, 1, 1)), QString());
        QCOMPARE(iso(b.monthly(utc(2027, 1, 1)).resetsAtMs), QStringLiteral("2027-02-01T00:00:00Z"));
        QCOMPARE(b.monthly(utc(2027, 1, 1)).spentUsd, 0.0);
    }
};

QTEST_GUILESS_MAIN(TestBudget)
#include "tst_budget.moc"
