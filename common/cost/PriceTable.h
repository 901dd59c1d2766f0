#pragma once

#include "common/Result.h"
#include "common/cost/ProviderUsage.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace blufio {

// USD per million tokens, per class of token.
struct ModelPrice
{
    double input = 0;
    double output = 0;
    double cacheRead = 0;
    double cacheWrite = 0;

    bool operator==(const ModelPrice &) const = default;
};

struct CostBreakdown
{
    double usd = 0;
    bool known = false; // false: no price for the model, usd is 0
    QString matchedModel; // the table entry used: the model id itself or a prefix of it
};

// Prices per model id. Lookups match the longest entry that is the model id or a prefix of it
// ending at a '-' or '@', so dated ids ("claude-sonnet-4-5-20250929") and Vertex ids
// ("claude-sonnet-4-5@20250929") find their family. Overrides win over the built-in table.
class PriceTable
{
public:
    PriceTable(); // the built-in list prices

    // Replaces (or adds) the price of a model id or family prefix.
    void setOverride(const QString &model, const ModelPrice &price);
    // agent.prices entries "MODEL=INPUT,OUTPUT[,CACHE_READ,CACHE_WRITE]" (USD per million tokens;
    // cache prices default to 0.1x and 1.25x input). An entry that does not parse is
    // ErrorCode::Config naming it; the entries before it stay applied.
    Result<void> applyOverrides(const QStringList &entries);
    void clearOverrides();

    std::optional<ModelPrice> price(const QString &model) const;
    bool isKnown(const QString &model) const { return price(model).has_value(); }

    CostBreakdown breakdown(const QString &model, const ProviderUsage &usage) const;
    // USD for this usage; 0 for a model without a price (which is remembered, see unknownModels()).
    double cost(const QString &model, const ProviderUsage &usage) const;

    // Models cost() was asked about and had no price for; logged once each.
    QStringList unknownModels() const;

    static QList<QPair<QString, ModelPrice>> builtIn();

private:
    std::optional<QPair<QString, ModelPrice>> lookup(const QString &model) const;

    QHash<QString, ModelPrice> m_builtIn;
    QHash<QString, ModelPrice> m_overrides;
    mutable QSet<QString> m_unknown;
};

} // namespace blufio
