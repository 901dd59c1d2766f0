#pragma once

#include "daemon/core/HealthContributor.h"

namespace blufio {

class Budget;

// The cost budget: this UTC day's and month's spend, budget and reset time for /v1/health.
class BudgetHealth : public HealthContributor
{
public:
    explicit BudgetHealth(const Budget *budget);

    QString name() const override { return QStringLiteral("budget"); }
    void contribute(HealthSnapshot &snapshot) const override;

private:
    const Budget *m_budget;
};

} // namespace blufio
