#include "BudgetHealth.h"

#include "common/storage/Storage.h"
#include "daemon/agent/Budget.h"

namespace blufio {

namespace {
HealthSnapshot::BudgetPeriod period(const Budget::Period &p)
{
    return {p.spentUsd, p.budgetUsd, QDateTime::fromMSecsSinceEpoch(p.resetsAtMs, Qt::UTC)};
}
} // namespace

BudgetHealth::BudgetHealth(const Budget *budget, Storage *storage) : m_budget(budget), m_storage(storage) { }

void BudgetHealth::contribute(HealthSnapshot &snapshot) const
{
    if (!snapshot.details || !m_budget)
        return;
    const qint64 now = Storage::nowMs();
    snapshot.details->budget.daily = period(m_budget->daily(now));
    snapshot.details->budget.monthly = period(m_budget->monthly(now));
    if (!m_storage || !m_storage->isOpen())
        return;
    // Keys are few (an operator names each one) and each total is one row on its primary key, so
    // this stays cheap on every /v1/health.
    const Result<QList<ApiKey>> keys = m_storage->keys();
    if (!keys)
        return;
    const qint64 dayStart = Storage::startOfUtcDay(now);
    for (const ApiKey &key : *keys) {
        if (!key.usableAt(now))
            continue;
        const Result<CostTotals> today
            = m_storage->keyCostIn(key.name, Storage::CostPeriod::UtcDay, dayStart);
        HealthSnapshot::KeySpend spend;
        spend.name = key.name;
        spend.spentTodayUsd = today ? today->costUsd : 0.0;
        if (key.dailyBudgetMicros)
            spend.dailyBudgetUsd = double(*key.dailyBudgetMicros) / 1e6;
        snapshot.details->budget.keys.append(spend);
    }
}

} // namespace blufio
