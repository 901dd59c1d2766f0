#pragma once

#include "AgentPorts.h"
#include "common/storage/Storage.h"

#include <QCoreApplication>

#include <optional>

namespace blufio {

class Metrics;

// cost.daily_budget_usd / cost.monthly_budget_usd against the cost ledger's running totals (UTC days
// and months).
class Budget final : public SpendingLimit
{
    Q_DECLARE_TR_FUNCTIONS(Budget)

public:
    Budget(std::optional<double> dailyUsd, std::optional<double> monthlyUsd, Storage *storage,
           Metrics *metrics);

    // Kind::BudgetExhausted, naming the period and when it resets, when a period's budget is spent.
    std::optional<AgentError> check(qint64 nowMs) override;
    std::optional<AgentError> checkKey(const QString &keyName, qint64 nowMs) override;
    void spent(qint64 nowMs) override { updateMetrics(nowMs); }
    // Refreshes blufio_budget_remaining_usd{period}.
    void updateMetrics(qint64 nowMs);

    struct Period
    {
        std::optional<double> budgetUsd;
        double spentUsd = 0;
        qint64 resetsAtMs = 0;
    };
    Period daily(qint64 nowMs) const;
    Period monthly(qint64 nowMs) const;

private:
    Period period(std::optional<double> budget, Storage::CostPeriod kind, qint64 startMs,
                  qint64 resetsAtMs) const;

    std::optional<double> m_daily;
    std::optional<double> m_monthly;
    Storage *m_storage;
    Metrics *m_metrics;
};

} // namespace blufio
