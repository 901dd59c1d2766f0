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

BudgetHealth::BudgetHealth(const Budget *budget) : m_budget(budget) { }

void BudgetHealth::contribute(HealthSnapshot &snapshot) const
{
    if (!snapshot.details || !m_budget)
        return;
    const qint64 now = Storage::nowMs();
    snapshot.details->budget.daily = period(m_budget->daily(now));
    snapshot.details->budget.monthly = period(m_budget->monthly(now));
}

} // namespace blufio
