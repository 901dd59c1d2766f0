#pragma once

#include "daemon/core/HealthContributor.h"

namespace blufio {

class Budget;
class Storage;

// The cost budget: this UTC day's and month's spend, budget and reset time for /v1/health, and each
// usable API key's spend today (what `blufio status` lists per key).
class BudgetHealth : public HealthContributor
{
public:
    explicit BudgetHealth(const Budget *budget, Storage *storage = nullptr);

    QString name() const override { return QStringLiteral("budget"); }
    void contribute(HealthSnapshot &snapshot) const override;

private:
    const Budget *m_budget;
    Storage *m_storage;
};

} // namespace blufio
