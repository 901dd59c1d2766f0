#include "Budget.h"

#include "common/storage/Storage.h"
#include "metrics/Metrics.h"

#include <QDateTime>

namespace blufio {

namespace {
// What is left of a budget. The ledger adds doubles, so ten calls of $0.10 sum to
// 0.9999999999999999: less than a nano-dollar left (far below what one token costs) is nothing left.
double left(double budgetUsd, double spentUsd)
{
    const double rest = budgetUsd - spentUsd;
    return rest < 1e-9 ? 0.0 : rest;
}
} // namespace

Budget::Budget(std::optional<double> dailyUsd, std::optional<double> monthlyUsd, Storage *storage,
               Metrics *metrics)
    : m_daily(dailyUsd), m_monthly(monthlyUsd), m_storage(storage), m_metrics(metrics)
{ }

Budget::Period Budget::period(std::optional<double> budget, Storage::CostPeriod kind, qint64 startMs,
                              qint64 resetsAtMs) const
{
    Period p {budget, 0, resetsAtMs};
    // One row of running totals (migration 2), not a sum over the period's ledger: the check costs
    // the same on day 300 as on day 1.
    if (m_storage && m_storage->isOpen()) {
        if (const Result<CostTotals> totals = m_storage->costIn(kind, startMs))
            p.spentUsd = totals->costUsd;
    }
    return p;
}

Budget::Period Budget::daily(qint64 nowMs) const
{
    const qint64 start = Storage::startOfUtcDay(nowMs);
    return period(m_daily, Storage::CostPeriod::UtcDay, start, start + qint64(24) * 3600 * 1000);
}

Budget::Period Budget::monthly(qint64 nowMs) const
{
    const qint64 start = Storage::startOfUtcMonth(nowMs);
    const qint64 next = QDateTime::fromMSecsSinceEpoch(start, Qt::UTC).addMonths(1).toMSecsSinceEpoch();
    return period(m_monthly, Storage::CostPeriod::UtcMonth, start, next);
}

std::optional<AgentError> Budget::check(qint64 nowMs)
{
    // A period without a budget is not read at all: most daemons set none, and this runs per message.
    // The month first: when both are spent, calls stay refused until the month ends (always at or
    // after the day's end), so that is the reset to tell the client.
    for (const bool isDaily : {false, true}) {
        if (!(isDaily ? m_daily : m_monthly))
            continue;
        const Period p = isDaily ? daily(nowMs) : monthly(nowMs);
        const QString name = isDaily ? tr("daily") : tr("monthly");
        if (left(*p.budgetUsd, p.spentUsd) > 0)
            continue;
        const QString resets = QDateTime::fromMSecsSinceEpoch(p.resetsAtMs, Qt::UTC).toString(Qt::ISODate);
        AgentError error(AgentError::Kind::BudgetExhausted,
                         tr("the %1 budget of $%2 is spent ($%3 used); it resets at %4")
                             .arg(name, QString::number(*p.budgetUsd, 'f', 2),
                                  QString::number(p.spentUsd, 'f', 4), resets));
        error.resetsAtMs = p.resetsAtMs;
        return error;
    }
    return std::nullopt;
}

std::optional<AgentError> Budget::checkKey(const QString &keyName, qint64 nowMs)
{
    if (!m_storage || !m_storage->isOpen())
        return std::nullopt; // submit() refuses without a database anyway
    const Result<std::optional<ApiKey>> key = m_storage->keyByName(keyName);
    if (!key || !*key)
        return std::nullopt;
    const qint64 dayStart = Storage::startOfUtcDay(nowMs);
    const qint64 monthStart = Storage::startOfUtcMonth(nowMs);
    const qint64 monthEnd
        = QDateTime::fromMSecsSinceEpoch(monthStart, Qt::UTC).addMonths(1).toMSecsSinceEpoch();
    // As for the daemon's budget: the month first, its reset is the later one.
    const struct
    {
        std::optional<qint64> micros;
        Storage::CostPeriod period;
        qint64 start;
        qint64 resetsAt;
        QString name;
    } periods[] = {
        {(*key)->monthlyBudgetMicros, Storage::CostPeriod::UtcMonth, monthStart, monthEnd, tr("monthly")},
        {(*key)->dailyBudgetMicros, Storage::CostPeriod::UtcDay, dayStart,
         dayStart + qint64(24) * 3600 * 1000, tr("daily")},
    };
    for (const auto &p : periods) {
        if (!p.micros)
            continue; // no budget: not read at all
        const Result<CostTotals> totals = m_storage->keyCostIn(keyName, p.period, p.start);
        const double spent = totals ? totals->costUsd : 0.0;
        const double budget = double(*p.micros) / 1e6;
        if (left(budget, spent) > 0)
            continue;
        const QString resets = QDateTime::fromMSecsSinceEpoch(p.resetsAt, Qt::UTC).toString(Qt::ISODate);
        AgentError error(AgentError::Kind::BudgetExhausted,
                         tr("the %1 budget of $%2 of key \"%3\" is spent ($%4 used); it resets at %5")
                             .arg(p.name, QString::number(budget, 'f', 2), keyName,
                                  QString::number(spent, 'f', 4), resets));
        error.resetsAtMs = p.resetsAt;
        return error;
    }
    return std::nullopt;
}

void Budget::updateMetrics(qint64 nowMs)
{
    if (!m_metrics)
        return;
    // No budget configured: nothing is "remaining" to alert on; report 0 like an unset gauge, and
    // skip the read.
    const auto remaining = [](const Period &p) {
        return left(*p.budgetUsd, p.spentUsd);
    };
    m_metrics->budgetRemaining(QStringLiteral("daily")).Set(m_daily ? remaining(daily(nowMs)) : 0);
    m_metrics->budgetRemaining(QStringLiteral("monthly")).Set(m_monthly ? remaining(monthly(nowMs)) : 0);
}

} // namespace blufio
