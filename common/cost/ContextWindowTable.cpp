#include "ContextWindowTable.h"

#include "ModelId.h"

#include <QCoreApplication>

#include <algorithm>

namespace blufio {

namespace {

// Bounds what an override may claim: larger than any model offers, small enough that sums of
// token counts never overflow.
constexpr qint64 maxWindow = 100'000'000;

} // namespace

QList<QPair<QString, qint64>> ContextWindowTable::builtIn()
{
    // The windows the vendors document for the models the price table knows (Anthropic's standard
    // 200k; the 1M beta of Sonnet 4/4.5 needs a header blufio does not send).
    return {
        {QStringLiteral("claude-opus-4"), 200000},
        {QStringLiteral("claude-opus-4-1"), 200000},
        {QStringLiteral("claude-opus-4-5"), 200000},
        {QStringLiteral("claude-sonnet-4"), 200000},
        {QStringLiteral("claude-sonnet-4-5"), 200000},
        {QStringLiteral("claude-haiku-4-5"), 200000},
        {QStringLiteral("claude-3-7-sonnet"), 200000},
        {QStringLiteral("claude-3-5-sonnet"), 200000},
        {QStringLiteral("claude-3-5-haiku"), 200000},
        {QStringLiteral("claude-3-opus"), 200000},
        {QStringLiteral("claude-3-haiku"), 200000},
        {QStringLiteral("gpt-4o"), 128000},
        {QStringLiteral("gpt-4o-mini"), 128000},
        {QStringLiteral("gpt-4.1"), 1047576},
        {QStringLiteral("gpt-4.1-mini"), 1047576},
        {QStringLiteral("gpt-4.1-nano"), 1047576},
        {QStringLiteral("gpt-5"), 400000},
        {QStringLiteral("gpt-5-mini"), 400000},
        {QStringLiteral("gpt-5-nano"), 400000},
    };
}

ContextWindowTable::ContextWindowTable()
{
    for (const auto &[model, tokens] : builtIn())
        m_builtIn.insert(model, tokens);
}

void ContextWindowTable::setOverride(const QString &model, qint64 tokens)
{
    m_overrides.insert(ModelId::normalized(model), tokens);
}

Result<void> ContextWindowTable::applyOverrides(const QStringList &entries)
{
    for (const QString &entry : entries) {
        const qsizetype eq = entry.indexOf(u'=');
        const QString model = entry.left(eq).trimmed();
        bool ok = false;
        const qint64 tokens = entry.mid(eq + 1).trimmed().toLongLong(&ok);
        if (eq <= 0 || model.isEmpty() || !ok || tokens < 1 || tokens > maxWindow) {
            return Error {ErrorCode::Config,
                          QCoreApplication::translate("ContextWindowTable",
                                                      "agent.context_windows: '%1' is not MODEL=TOKENS with "
                                                      "TOKENS a whole number from 1 to %2")
                              .arg(entry)
                              .arg(maxWindow)};
        }
        setOverride(model, tokens);
    }
    return Result<void>::success();
}

std::optional<qint64> ContextWindowTable::window(const QString &model) const
{
    const QString id = ModelId::normalized(model);
    if (auto hit = ModelId::longestMatch(m_overrides, id))
        return hit->second;
    if (auto hit = ModelId::longestMatch(m_builtIn, id))
        return hit->second;
    return std::nullopt;
}

qint64 ContextWindowTable::effectiveBound(const QString &model, qint64 contextTokens, qint64 maxTokens) const
{
    qint64 bound = contextTokens;
    if (const std::optional<qint64> w = window(model))
        bound = std::min(bound, *w - maxTokens);
    return std::max<qint64>(bound, 1);
}

} // namespace blufio
