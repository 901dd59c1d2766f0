#include "PriceTable.h"

#include "ModelId.h"

#include <QCoreApplication>

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCost, "blufio.cost")

namespace blufio {

namespace {

// Anthropic bills 5-minute cache writes at 1.25x and cache reads at 0.1x the input price.
ModelPrice claude(double input, double output)
{
    return {input, output, input * 0.1, input * 1.25};
}

// OpenAI bills cached input at a discount and has no separate cache-write price.
ModelPrice openai(double input, double output, double cachedInput)
{
    return {input, output, cachedInput, input};
}

// Bounds the set of remembered unknown models: model ids come from the upstream's reply.
constexpr qsizetype maxUnknownModels = 64;

} // namespace

QList<QPair<QString, ModelPrice>> PriceTable::builtIn()
{
    // List prices per million tokens as published by the vendors; config overrides them when
    // they change. Families are prefixes: "claude-opus-4" covers 4 and 4.1, "claude-opus-4-5" is
    // longer and wins for 4.5.
    return {
        {QStringLiteral("claude-opus-4"), claude(15, 75)},
        {QStringLiteral("claude-opus-4-1"), claude(15, 75)},
        {QStringLiteral("claude-opus-4-5"), claude(5, 25)},
        {QStringLiteral("claude-sonnet-4"), claude(3, 15)},
        {QStringLiteral("claude-sonnet-4-5"), claude(3, 15)},
        {QStringLiteral("claude-haiku-4-5"), claude(1, 5)},
        {QStringLiteral("claude-3-7-sonnet"), claude(3, 15)},
        {QStringLiteral("claude-3-5-sonnet"), claude(3, 15)},
        {QStringLiteral("claude-3-5-haiku"), claude(0.8, 4)},
        {QStringLiteral("claude-3-opus"), claude(15, 75)},
        {QStringLiteral("claude-3-haiku"), claude(0.25, 1.25)},
        {QStringLiteral("gpt-4o"), openai(2.5, 10, 1.25)},
        {QStringLiteral("gpt-4o-mini"), openai(0.15, 0.6, 0.075)},
        {QStringLiteral("gpt-4.1"), openai(2, 8, 0.5)},
        {QStringLiteral("gpt-4.1-mini"), openai(0.4, 1.6, 0.1)},
        {QStringLiteral("gpt-4.1-nano"), openai(0.1, 0.4, 0.025)},
        {QStringLiteral("gpt-5"), openai(1.25, 10, 0.125)},
        {QStringLiteral("gpt-5-mini"), openai(0.25, 2, 0.025)},
        {QStringLiteral("gpt-5-nano"), openai(0.05, 0.4, 0.005)},
    };
}

PriceTable::PriceTable()
{
    for (const auto &[model, price] : builtIn())
        m_builtIn.insert(model, price);
}

void PriceTable::setOverride(const QString &model, const ModelPrice &price)
{
    m_overrides.insert(ModelId::normalized(model), price);
    m_unknown.remove(ModelId::normalized(model));
}

void PriceTable::clearOverrides()
{
    m_overrides.clear();
}

std::optional<QPair<QString, ModelPrice>> PriceTable::lookup(const QString &model) const
{
    const QString id = ModelId::normalized(model);
    if (auto hit = ModelId::longestMatch(m_overrides, id))
        return hit;
    return ModelId::longestMatch(m_builtIn, id);
}

std::optional<ModelPrice> PriceTable::price(const QString &model) const
{
    if (const auto hit = lookup(model))
        return hit->second;
    return std::nullopt;
}

CostBreakdown PriceTable::breakdown(const QString &model, const ProviderUsage &usage) const
{
    CostBreakdown out;
    const auto hit = lookup(model);
    if (!hit) {
        const QString id = ModelId::normalized(model);
        if (!m_unknown.contains(id) && m_unknown.size() < maxUnknownModels) {
            m_unknown.insert(id);
            qCWarning(lcCost).noquote()
                << "no price for model" << model.left(100)
                << "- its calls are counted as free; set a price in the configuration";
        }
        return out;
    }
    const ModelPrice &p = hit->second;
    out.known = true;
    out.matchedModel = hit->first;
    out.usd = (double(usage.inputTokens) * p.input + double(usage.outputTokens) * p.output
               + double(usage.cacheReadTokens) * p.cacheRead + double(usage.cacheWriteTokens) * p.cacheWrite)
        / 1e6;
    return out;
}

double PriceTable::cost(const QString &model, const ProviderUsage &usage) const
{
    return breakdown(model, usage).usd;
}

QStringList PriceTable::unknownModels() const
{
    QStringList out(m_unknown.cbegin(), m_unknown.cend());
    out.sort();
    return out;
}

Result<void> PriceTable::applyOverrides(const QStringList &entries)
{
    for (const QString &entry : entries) {
        const qsizetype eq = entry.indexOf(u'=');
        const QString model = entry.left(eq).trimmed();
        const QStringList numbers = entry.mid(eq + 1).split(u',');
        QList<double> values;
        for (const QString &n : numbers) {
            bool ok = false;
            const double v = n.trimmed().toDouble(&ok);
            if (!ok || v < 0)
                break;
            values.append(v);
        }
        if (eq <= 0 || model.isEmpty() || values.size() != numbers.size()
            || (values.size() != 2 && values.size() != 4)) {
            return Error {
                ErrorCode::Config,
                QCoreApplication::translate("PriceTable",
                                            "agent.prices: '%1' is not MODEL=INPUT,OUTPUT[,CACHE_READ,"
                                            "CACHE_WRITE] in USD per million tokens")
                    .arg(entry)};
        }
        ModelPrice price;
        price.input = values.at(0);
        price.output = values.at(1);
        price.cacheRead = values.size() == 4 ? values.at(2) : price.input * 0.1;
        price.cacheWrite = values.size() == 4 ? values.at(3) : price.input * 1.25;
        setOverride(model, price);
    }
    return Result<void>::success();
}

} // namespace blufio
